// Document metadata shared by the format readers: the parsed-article shape, ISO day normalisation,
// id slugs and deterministic de-duplication of ids.
import { findDateline, findHeaderDay } from '../nlp/dateline.ts';

/** What a format reader returns for one article, before ids, sources and fallback dates are settled. */
export interface Article {
  text: string;
  id?: string;
  title?: string;
  /** Already normalised to YYYY-MM-DD. */
  date?: string;
  url?: string;
  /** 1-based line of a corpus file, used for ids and messages. */
  line?: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const monthIndex = (name: string): number => {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return -1;
  // 'sept' is common in news; every other prefix of 3+ letters is unambiguous.
  return MONTHS.findIndex((m) => m.startsWith(n === 'sept' ? 'sep' : n));
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ISO day `YYYY-MM-DD` when year, month (1–12) and day exist in the calendar, else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // 2000 is leap: Feb has 29 here
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && !leap ? 28 : days)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Normalises a date as found in metadata to `YYYY-MM-DD`, or undefined when it is not a real day.
 * Accepts ISO dates and date-times (the day as written, ignoring the offset: it is the article's own
 * calendar day that "Sunday" is resolved against), `YYYY/MM/DD`, `YYYYMMDD`, `12 November 2023` and
 * `November 12, 2023`.
 */
export function normalizeDate(value: string): string | undefined {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(s) ?? /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s);
  m ??= /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) return isoDay(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]));
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) return isoDay(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]));
  return undefined;
}

/** The day of the dateline that opens one of the first paragraphs of a text, if any. */
export function datelineDate(text: string): string | undefined {
  const line = findDateline(text);
  return line ? normalizeDate(line.day) : undefined;
}

/** The day a header line names near the top of a text with no dateline ("OBITUARIES | Sunday 7 June 2020"), if any. */
export function headerDate(text: string): string | undefined {
  const day = findHeaderDay(text);
  return day ? normalizeDate(day) : undefined;
}

/** The last real `YYYY-MM-DD` day embedded in a file name (`kidal-2023-11-12.txt`), if any. */
export function dateFromFileName(name: string): string | undefined {
  const found = [...name.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)];
  for (const m of found.reverse()) {
    const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  return undefined;
}

// Letters that NFKD does not decompose into a base letter plus marks.
const FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i',
};

/** Lower-case, de-accented `[a-z0-9-]` slug (`Kidal – 12 Nov` → `kidal-12-nov`); `doc` if nothing is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'doc';
}

/** Ids given in corpora are kept when they are safe as an IRI local name, and slugged otherwise. */
export function safeId(id: string): string {
  const trimmed = id.trim();
  return /^[A-Za-z0-9][A-Za-z0-9._~-]*$/.test(trimmed) ? trimmed : slugify(trimmed);
}

/**
 * Makes ids unique in input order: the first keeps its id, later ones get `-2`, `-3`…, skipping any
 * suffix that another input already uses, so the result depends only on the ids and their order.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const natural = new Set(ids);
  const taken = new Set<string>();
  return ids.map((id) => {
    let out = id;
    for (let n = 2; taken.has(out) || (out !== id && natural.has(out)); n++) out = `${id}-${n}`;
    taken.add(out);
    return out;
  });
}
