// Dates in a sentence ("Sunday November 12", "on Friday", "24 May 2021", "in 2012") resolved to
// xsd lexical forms against the article's date and the narrative year of the text so far.
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

const pad = (n: number) => String(n).padStart(2, '0');
const YEAR = /\b(?:in|since|until|by|from|of|during|early|late|mid-?)?\s*((?:19|20)\d\d)\b(?!-\d)/gi;

/** Finds the dates of a text. Vague expressions ("a few days ago") are ignored: better no date than a wrong one. */
// chrono is the slowest stage by far; most sentences have no date word at all, so they skip it.
// Month and weekday names are matched with their capital ("May", not "may have"; "March", not "march").
const DATE_HINT = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today|tonight)\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;
const BARE_YEAR = /\b(?:19|20)\d\d\b/;
const CASUAL_HINT = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "in August", "since March", "early June": a month with no day, after a preposition. */
const MONTH_ALONE = new RegExp(`\\b(?:in|since|until|by|from|during|early|late|mid-?|end of|beginning of)\\s+(${MONTHS.join('|')})\\b(?!\\s+\\d)`, 'g');
/** "March 2022", "January 2012": a month of a year. */
const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}),?\\s+((?:19|20)\\d\\d)\\b`, 'g');

export function findDates(text: string, ctx: DateContext): DateMention[] {
  if (!DATE_HINT.test(text)) return BARE_YEAR.test(text) ? bareYears(text, []) : [];
  const docDate = ctx.docDate ? new Date(`${ctx.docDate}T12:00:00Z`) : undefined;
  const out: DateMention[] = [];
  const ref = { instant: docDate ?? new Date(Date.UTC(ctx.narrativeYear ?? 2000, 6, 1, 12)), timezone: 0 };
  // The strict parser reads calendar dates inside casual phrases ("the night of 24 May 2021") that the
  // casual one swallows; the casual one adds weekdays and "last Friday".
  // chrono runs every one of its patterns over the whole text it is given: give it only short windows
  // around the words that can start a date, which is several times faster on long sentences.
  const strict: chrono.ParsedResult[] = [];
  const casual: chrono.ParsedResult[] = [];
  for (const [from, to] of windows(text)) {
    const part = text.slice(from, to);
    const shift = (r: chrono.ParsedResult) => Object.assign(r, { index: r.index + from });
    const st = chrono.strict.parse(part, ref).map(shift);
    strict.push(...st);
    // The casual parser only adds weekdays and "yesterday"; months alone are read below.
    if (CASUAL_HINT.test(part))
      casual.push(...chrono.parse(part, ref, { forwardDate: false }).map(shift)
        .filter((r) => !st.some((x) => r.index < x.index + x.text.length && x.index < r.index + r.text.length)));
  }
  const yearsAt = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => ({ at: m.index!, year: Number(m[0]) }));
  for (const r of [...strict, ...casual]) {
    const c = r.start;
    const hasDay = c.isCertain('day');
    const hasMonth = c.isCertain('month');
    const hasYear = c.isCertain('year');
    const weekdayOnly = c.isCertain('weekday') && !hasDay;
    // "last week", "a few days ago": chrono picks a precise day for them, which would be a made-up date.
    const vague = /\b(ago|few|several|recent|next|this|week|weeks|month|months|year|years)\b/i.test(r.text);
    let value: string | undefined;
    let grain: DateGrain = 'date';
    const y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
    if (vague) continue;
    if (hasDay && hasMonth) {
      const end = r.index + r.text.length;
      const following = yearsAt.find((b) => b.at >= end && b.at - end <= 20);
      if (hasYear) value = `${y}-${pad(m)}-${pad(d)}`;
      else if (following) value = `${following.year}-${pad(m)}-${pad(d)}`;
      else if (docDate) value = `${y}-${pad(m)}-${pad(d)}`;
      else if (ctx.narrativeYear) value = `${ctx.narrativeYear}-${pad(m)}-${pad(d)}`;
      else { value = `--${pad(m)}-${pad(d)}`; grain = 'gMonthDay'; }
    } else if (weekdayOnly || /\b(last|yesterday|today)\b/i.test(r.text)) {
      if (!docDate || /week|month|year/i.test(r.text)) continue;
      // News tells the past: a bare weekday after the article's date means the one before it.
      let day = new Date(Date.UTC(y, m - 1, d));
      if (day.getTime() > docDate.getTime()) day = new Date(day.getTime() - 7 * 86_400_000);
      value = day.toISOString().slice(0, 10);
    } else if (hasMonth && !hasDay) {
      const year = hasYear ? y : (ctx.narrativeYear ?? (docDate ? y : undefined));
      if (year === undefined) continue;
      value = `${year}-${pad(m)}`;
      grain = 'gYearMonth';
    } else continue;
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, value, grain });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const start = m.index!;
    if (out.some((d) => start >= d.start && start < d.end || d.start >= start && d.start < start + m[0].length)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], value: `${m[2]}-${pad(MONTHS.indexOf(m[1]!) + 1)}`, grain: 'gYearMonth' });
  }
  for (const m of text.matchAll(MONTH_ALONE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    const following = yearsAt.find((b) => b.at >= start && b.at - start <= 20);
    const year = following?.year ?? ctx.narrativeYear ?? (docDate ? docDate.getUTCFullYear() : undefined);
    if (year === undefined) continue;
    out.push({ start, end: start + m[1]!.length, text: m[1]!, value: `${year}-${pad(MONTHS.indexOf(m[1]!) + 1)}`, grain: 'gYearMonth' });
  }
  return bareYears(text, out);
}

const HINT_ALL = new RegExp(DATE_HINT.source, 'g');

/** Merged [from, to) windows of text around each date hint, cut at word boundaries. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(HINT_ALL)) {
    let from = Math.max(0, m.index! - 24);
    let to = Math.min(text.length, m.index! + m[0].length + 32);
    while (from > 0 && /\S/.test(text[from - 1]!)) from--;
    while (to < text.length && /\S/.test(text[to]!)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Adds the bare years ("in 2021") that chrono leaves out, and sorts by position. */
function bareYears(text: string, out: DateMention[]): DateMention[] {
  for (const m of text.matchAll(YEAR)) {
    const yStart = m.index! + m[0].length - 4;
    if (out.some((d) => yStart >= d.start && yStart < d.end)) continue;
    out.push({ start: yStart, end: yStart + 4, text: m[1]!, value: m[1]!, grain: 'gYear' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The year a text states most recently (for narratives that later say only "On 18 January"). */
export function lastExplicitYear(dates: DateMention[]): number | undefined {
  const years = dates.filter((d) => /^\d{4}/.test(d.value)).map((d) => Number(d.value.slice(0, 4)));
  return years.length ? years[years.length - 1] : undefined;
}
