// Dates in a sentence ("Sunday November 12", "on Friday", "24 May 2021", "in 2012") resolved to
// xsd lexical forms against the article's date and the narrative year of the text so far.
// Calendar dates are read with patterns (fast, and most sentences have none); chrono-node reads the
// relative ones ("on Friday", "yesterday"), which need its calendar arithmetic.
import * as chrono from 'chrono-node';

export type DateGrain = 'date' | 'gYearMonth' | 'gYear' | 'gMonthDay';

/** A date expression found in a text, with its offsets in that text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Lexical form for the grain: 2023-11-12, 2023-11, 2023, or --11-12 when no year is known. */
  value: string;
  grain: DateGrain;
}

export interface DateContext {
  /** The article's publication date (YYYY-MM-DD), when known: anchors weekdays and "last week". */
  docDate?: string;
  /** The last year the text stated explicitly, for "On 18 January" in a story set in 2012. */
  narrativeYear?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
// Capitalised month names only: "May", not "may have"; "March", not "march on".
const MONTH = `(${MONTHS.join('|')}|(?:${SHORT.join('|')}|Sep)\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR4 = '((?:19|20)\\d\\d)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+';
const DAY_MONTH = new RegExp(`\\b(?:${WEEKDAY})?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR4})?\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b(?:${WEEKDAY})?${MONTH}\\s+${DAY}\\b(?!\\d|:)(?:,?\\s+${YEAR4}\\b)?`, 'g');
const ISO = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g;
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+${YEAR4}\\b`, 'g');
/** "in August", "since March", "early June": a month with no day, after a preposition. */
const MONTH_ALONE = new RegExp(`\\b(?:in|since|until|by|from|during|early|late|mid-?|end of|beginning of)\\s+${MONTH}\\b(?!\\s+\\d)`, 'g');
const RELATIVE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b/;
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'g');
const YEAR = /\b((?:19|20)\d\d)\b(?!-\d)/g;
// "last week", "a few days ago": chrono picks a precise day for them, which would be a made-up date.
const VAGUE = /\b(ago|few|several|recent|next|this|week|weeks|month|months|year|years)\b/i;
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => {
  const bare = name.replace(/\.$/, '');
  const i = MONTHS.indexOf(bare);
  return (i >= 0 ? i : bare === 'Sep' ? 8 : SHORT.indexOf(bare)) + 1;
};

/** Finds the dates of a text. Vague expressions ("a few days ago") are ignored: better no date than a wrong one. */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const docDate = ctx.docDate ? new Date(`${ctx.docDate}T12:00:00Z`) : undefined;
  const out: DateMention[] = [];
  const overlaps = (start: number, end: number) => out.some((d) => start < d.end && d.start < end);
  const years = [...text.matchAll(YEAR)].map((m) => ({ at: m.index!, year: Number(m[1]) }));

  // A day and a month, with the year written, written soon after ("October 30 and 31, 2020"), or implied.
  const dayDate = (start: number, end: number, day: number, month: number, year?: string) => {
    if (month < 1 || day < 1 || day > DAYS_IN[month - 1]! || overlaps(start, end)) return;
    const following = years.find((b) => b.at >= end && b.at - end <= 20);
    let y = year ? Number(year) : following?.year;
    if (y === undefined && docDate) {
      y = docDate.getUTCFullYear();
      // "December 20" in a January article is last December.
      if (Date.UTC(y, month - 1, day) > docDate.getTime() + 86_400_000) y--;
    }
    y ??= ctx.narrativeYear;
    const value = y === undefined ? `--${pad(month)}-${pad(day)}` : `${y}-${pad(month)}-${pad(day)}`;
    out.push({ start, end, text: text.slice(start, end), value, grain: y === undefined ? 'gMonthDay' : 'date' });
  };
  for (const m of text.matchAll(ISO)) dayDate(m.index!, m.index! + m[0].length, Number(m[3]), Number(m[2]), m[1]);
  for (const m of text.matchAll(DAY_MONTH)) dayDate(m.index!, m.index! + m[0].length, Number(m[1]), monthOf(m[2]!), m[3]);
  for (const m of text.matchAll(MONTH_DAY)) dayDate(m.index!, m.index! + m[0].length, Number(m[2]), monthOf(m[1]!), m[3]);

  // Weekdays and "yesterday": chrono does the calendar arithmetic, once per phrase and article date
  // (a chrono call costs more than a whole sentence of our own patterns).
  if (docDate) {
    for (const m of text.matchAll(RELATIVE_ALL)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end) || /\b(next|this)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
      const last = /\blast\s+$/i.test(text.slice(Math.max(0, start - 6), start));
      const value = relativeDay(`${last ? 'last ' : 'on '}${m[0]}`, ctx.docDate!, docDate);
      if (value) out.push({ start, end, text: m[0], value, grain: 'date' });
    }
  }

  // Months: "March 2022", then "in August" with the year of the story.
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (overlaps(m.index!, m.index! + m[0].length)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: `${m[2]}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
  }
  for (const m of text.matchAll(MONTH_ALONE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (overlaps(start, start + m[1]!.length)) continue;
    const year = docDate?.getUTCFullYear() ?? ctx.narrativeYear;
    if (year === undefined) continue;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, value: `${year}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
  }

  // Bare years ("in 2021").
  for (const y of years) {
    if (overlaps(y.at, y.at + 4)) continue;
    out.push({ start: y.at, end: y.at + 4, text: String(y.year), value: String(y.year), grain: 'gYear' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const relativeCache = new Map<string, string | undefined>();

/** The day a relative phrase ("on Friday", "last Sunday", "on yesterday") names, seen from the article's date. */
function relativeDay(phrase: string, docDay: string, docDate: Date): string | undefined {
  const key = `${docDay}|${phrase}`;
  if (relativeCache.has(key)) return relativeCache.get(key);
  // A plain Date at noon UTC: chrono's explicit-timezone reference is ~10x slower per call, and noon
  // keeps the same calendar day in every timezone from UTC-11 to UTC+11.
  const r = chrono.parse(phrase, docDate, { forwardDate: false })[0];
  let value: string | undefined;
  if (r && !VAGUE.test(r.text)) {
    const c = r.start;
    // News tells the past: a bare weekday after the article's date means the one before it.
    let day = new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!));
    if (day.getTime() > docDate.getTime()) day = new Date(day.getTime() - 7 * 86_400_000);
    value = day.toISOString().slice(0, 10);
  }
  if (relativeCache.size > 10_000) relativeCache.clear();
  relativeCache.set(key, value);
  return value;
}

/** The year a text states most recently (for narratives that later say only "On 18 January"). */
export function lastExplicitYear(dates: DateMention[]): number | undefined {
  const years = dates.filter((d) => /^\d{4}/.test(d.value)).map((d) => Number(d.value.slice(0, 4)));
  return years.length ? years[years.length - 1] : undefined;
}
