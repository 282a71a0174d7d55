// Dates in a sentence ("Sunday November 12", "on Friday", "24 May 2021", "in 2012") resolved to
// xsd lexical forms against the article's date and the narrative year of the text so far.
// Patterns, not chrono-node: chrono runs all its parsers on every call (0.05–0.7 ms each), which made
// dates the slowest stage of the build; news dates come in a handful of forms, read here directly.

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
  /** `docDate` is the day a story starts, not the day it was told (a dated entry of a chronology): a day without its year up
   * to four months after it is of that year ("26 February 2021 – … The girls were freed on 2 March"). */
  forward?: boolean;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
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
// ("in mid-May": the hyphen joins "mid" to the month)
/** "of that year", "that year" after a month: the year the text named before. */
const THAT_YEAR = /^\s+(?:of\s+)?that\s+year\b/i;
const MONTH_ALONE = new RegExp(`\\b(?:(?:in|since|until|by|from|during|early|late|mid|end of|beginning of)\\s+|mid-)${MONTH}\\b(?!\\s+\\d)`, 'g');
// ("Yesterday, the president …": a sentence may open with it)
// ("this afternoon the defence minister resigned": the day the article was written)
const RELATIVE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b/;
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'g');
const YEAR = /\b((?:19|20)\d\d)\b(?!-\d)/g;
/**
 * Periods counted from the article's date: "late last week", "a weekend assault", "earlier this month",
 * "last year", "three days ago". Each is given at the finest grain it fixes: a week or a weekend is its
 * month when it lies in one month, and nothing when it straddles two.
 */
const PERIOD = /\b(?:(?:(?:late|early|earlier|later)\s+)?(last|this)\s+(week|weekend|month|year)|(?:earlier|later)\s+(?:in\s+)?this\s+(week|month|year)|(?:a|the|over\s+the|at\s+the)\s+(weekend)|(two|three|four|five|six|\d)\s+days\s+ago)\b/gi;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => {
  const bare = name.replace(/\.$/, '');
  const i = MONTHS.indexOf(bare);
  return (i >= 0 ? i : bare === 'Sep' ? 8 : SHORT.indexOf(bare)) + 1;
};

// What a sentence holds that the patterns need, found before any of them runs (running them all over every sentence was
// most of findDates' time): a digit; a calendar word, whole ("May", not "Mayor"), that is a month or that RELATIVE reads
// (a weekday, "yesterday"); a word PERIOD ends in ("week", "ago"), in lower case or in any.
const DIGIT = 1, MONTH_WORD = 2, RELATIVE_WORD = 4, PERIOD_UNIT = 8, PERIOD_UNIT_ANY_CASE = 16;
const MONTH_WORDS = new Set([...MONTHS, 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
// ("this morning": RELATIVE reads the part of the day after "this")
const RELATIVE_WORDS = new Set([...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday yesterday Today today Tonight tonight morning afternoon evening'.split(' ')]);
const PERIOD_UNITS = new Set(['week', 'weekend', 'month', 'year', 'ago']);
/** "last year" or "this year" right after a month named alone. */
const YEAR_AFTER = /^\s+(?:of\s+)?(last|this)\s+year\b/i;
// Two light patterns find them (a loop in JavaScript over the characters, which they replaced, took twice as long;
// `\b` sees words as the patterns below do): a digit, and the words, calendar words as written and period words in any
// case, in one pass (a word is whole between its `\b`s: no word of one kind hides one of the other).
const DIGIT_ANY = /\d/;
const anyCase = (w: string): string => [...w].map((c) => `[${c.toUpperCase()}${c}]`).join('');
const CUE_WORD = new RegExp(`\\b(?:${[...MONTH_WORDS, ...RELATIVE_WORDS].join('|')}|${[...PERIOD_UNITS].map(anyCase).join('|')})\\b`, 'g');

const WEEKDAY_WORDS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * What a text holds (its bits), and where its first digit, month and weekday are (its length when it has none): a pattern
 * whose matches start at one of them is run from there, not from the start of the text (its `\b` reads the character
 * before all the same).
 */
interface Cues { found: number; digitAt: number; monthAt: number; weekdayAt: number }

function wordsOf(text: string): Cues {
  const digit = text.search(DIGIT_ANY);
  let found = digit < 0 ? 0 : DIGIT;
  let monthAt = text.length, weekdayAt = text.length;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m !== null; m = CUE_WORD.exec(text)) {
    const w = m[0];
    if (MONTH_WORDS.has(w)) {
      found |= MONTH_WORD;
      if (monthAt === text.length) monthAt = m.index;
    } else if (RELATIVE_WORDS.has(w)) {
      found |= RELATIVE_WORD;
      if (weekdayAt === text.length && WEEKDAY_WORDS.has(w)) weekdayAt = m.index;
    } else found |= PERIOD_UNITS.has(w) ? PERIOD_UNIT | PERIOD_UNIT_ANY_CASE : PERIOD_UNIT_ANY_CASE;
  }
  return { found, digitAt: digit < 0 ? text.length : digit, monthAt, weekdayAt };
}

// The article's date as a Date, parsed once for all the sentences of an article (the parse was findDates' costliest line).
let parsedDay: string | undefined;
let parsedDate: Date | undefined;
const dateOf = (day: string): Date => {
  if (day !== parsedDay) { parsedDate = new Date(`${day}T12:00:00Z`); parsedDay = day; }
  return parsedDate!;
};

/** Calls `f` with each match of the global pattern `re` in `text` (matchAll, without the copy of the pattern it makes per call). */
const eachMatch = (re: RegExp, text: string, f: (m: RegExpExecArray) => void, from = 0): void => {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) f(m);
};

// (the helpers of findDates are functions of the module, not closures made at each call: tsx names every closure it
// makes, which cost more than the rest of findDates)

/** A year a text writes, at its offset. */
interface YearAt { at: number; year: number }
/** What findDates reads a text with, and the dates it found so far. */
interface Reading { text: string; ctx: DateContext; docDate: Date | undefined; out: DateMention[]; years: YearAt[] }

/** Does [start, end) overlap a date found already? */
function overlaps(out: readonly DateMention[], start: number, end: number): boolean {
  for (const d of out) if (start < d.end && d.start < end) return true;
  return false;
}

/** A day and a month, with the year written, written soon after ("October 30 and 31, 2020"), or implied. */
function dayDate(read: Reading, start: number, end: number, day: number, month: number, year?: string): void {
  const { text, ctx, docDate, out, years } = read;
  if (month < 1 || day < 1 || day > DAYS_IN[month - 1]! || overlaps(out, start, end)) return;
  const following = years.find((b) => b.at >= end && b.at - end <= 20);
  let y = year ? Number(year) : following?.year;
  if (y === undefined && docDate) {
    y = docDate.getUTCFullYear();
    // "December 20" in a January article is last December.
    if (Date.UTC(y, month - 1, day) > docDate.getTime() + (ctx.forward ? FORWARD_MS : DAY_MS)) y--;
  }
  y ??= ctx.narrativeYear;
  // ("Sunday 26 July" in a 2019 retrospective whose story is set in 2009: the weekday names the year, when the
  // article's year does not fit it and the story's year does)
  const weekday = year || following ? -1 : WEEKDAYS.findIndex((w) => text.startsWith(w, start));
  if (weekday >= 0 && y !== undefined && ctx.narrativeYear !== undefined && new Date(Date.UTC(y, month - 1, day)).getUTCDay() !== weekday
    && new Date(Date.UTC(ctx.narrativeYear, month - 1, day)).getUTCDay() === weekday) y = ctx.narrativeYear;
  const value = y === undefined ? `--${pad(month)}-${pad(day)}` : `${y}-${pad(month)}-${pad(day)}`;
  out.push({ start, end, text: text.slice(start, end), value, grain: y === undefined ? 'gMonthDay' : 'date' });
}

/** Finds the dates of a text. Vague expressions ("a few days ago") are ignored: better no date than a wrong one. */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const cues = wordsOf(text);
  const words = cues.found;
  // Most sentences have neither a digit nor a calendar word: nothing to read.
  // (every month, weekday and "yesterday" the patterns below read is a calendar word: without one, only ISO
  // dates, periods and bare years can be there; the day and month patterns need a digit and a month, the
  // relative one a weekday or "yesterday", the periods one of their words)
  const digits = (words & DIGIT) !== 0, month = (words & MONTH_WORD) !== 0, relative = (words & RELATIVE_WORD) !== 0;
  if (!digits && !month && !relative && (words & PERIOD_UNIT) === 0) return [];
  const docDate = ctx.docDate ? dateOf(ctx.docDate) : undefined;
  const out: DateMention[] = [];
  const years: YearAt[] = [];
  // (a year, an ISO date and a day before its month start at a digit or at a weekday; a day after its month and a month
  // with its year at the month or at a weekday)
  const { digitAt, monthAt, weekdayAt } = cues;
  const beforeDay = Math.min(digitAt, weekdayAt), beforeMonth = Math.min(monthAt, weekdayAt);
  if (digits) eachMatch(YEAR, text, (m) => { if (!modelNumber(text, m.index)) years.push({ at: m.index, year: Number(m[1]) }); }, digitAt);
  const read: Reading = { text, ctx, docDate, out, years };

  // (an ISO date has its hyphens)
  if (digits && text.includes('-')) eachMatch(ISO, text, (m) => dayDate(read, m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), m[1]), digitAt);
  if (digits && month) {
    eachMatch(DAY_MONTH, text, (m) => dayDate(read, m.index, m.index + m[0].length, Number(m[1]), monthOf(m[2]!), m[3]), beforeDay);
    eachMatch(MONTH_DAY, text, (m) => dayDate(read, m.index, m.index + m[0].length, Number(m[2]), monthOf(m[1]!), m[3]), beforeMonth);
  }

  // Weekdays and "yesterday", counted back from the article's date.
  if (docDate && relative) {
    eachMatch(RELATIVE_ALL, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(out, start, end) || /\b(next|this)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) return;
      const last = /\blast\s+$/i.test(text.slice(Math.max(0, start - 6), start));
      const value = relativeDay(`${last ? 'last ' : 'on '}${m[0]}`, ctx.docDate!, docDate);
      if (value) out.push({ start, end, text: m[0], value, grain: 'date' });
    });
  }

  if (docDate && (words & PERIOD_UNIT_ANY_CASE) !== 0) {
    eachMatch(PERIOD, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(out, start, end)) return;
      const found = period(m, docDate);
      if (found) out.push({ start, end, text: m[0], ...found });
    });
  }

  // Months: "March 2022", then "in August" with the year of the story.
  if (digits && month) eachMatch(MONTH_YEAR, text, (m) => {
    if (overlaps(out, m.index, m.index + m[0].length)) return;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${m[2]}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
  }, monthAt);
  if (month) eachMatch(MONTH_ALONE, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    if (overlaps(out, start, start + m[1]!.length)) return;
    let year = docDate?.getUTCFullYear() ?? ctx.narrativeYear;
    if (year === undefined) return;
    // ("in November" in an August article is last November, as "December 20" in a January one is last December)
    if (docDate && monthOf(m[1]!) > docDate.getUTCMonth() + 1) year--;
    // ("in August last year", "in May this year": the month of the year the period names, one date with it)
    const which = docDate ? YEAR_AFTER.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 16)) : null;
    if (which) {
      const end = start + m[1]!.length + which[0].length;
      const period = out.findIndex((d) => d.start >= start && d.end <= end);
      if (period >= 0) out.splice(period, 1);
      year = docDate!.getUTCFullYear() - (which[1]!.toLowerCase() === 'last' ? 1 : 0);
      out.push({ start, end, text: text.slice(start, end), value: `${year}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
      return;
    }
    // ("… in September 2022 … seized power in January of that year": the year the text named last before it)
    const that = THAT_YEAR.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 16));
    const named = that ? years.filter((y) => y.at < start).pop() : undefined;
    if (that && (named || ctx.narrativeYear !== undefined)) {
      const end = start + m[1]!.length + that[0].length;
      out.push({ start, end, text: text.slice(start, end), value: `${named?.year ?? ctx.narrativeYear}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
      return;
    }
    out.push({ start, end: start + m[1]!.length, text: m[1]!, value: `${year}-${pad(monthOf(m[1]!))}`, grain: 'gYearMonth' });
  });

  // Bare years ("in 2021").
  for (const y of years) {
    if (overlaps(out, y.at, y.at + 4)) continue;
    out.push({ start: y.at, end: y.at + 4, text: String(y.year), value: String(y.year), grain: 'gYear' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The day a relative phrase ("on Friday", "last Sunday", "yesterday") names, seen from the article's
 * date. News tells the past: a weekday is the latest such day on or before the article's date
 * ("last Friday": strictly before it).
 */
function relativeDay(phrase: string, _docDay: string, docDate: Date): string | undefined {
  const word = phrase.replace(/^(on|last)\s+/, '').replace(/^(Yesterday|Today|Tonight)$/, (w) => w.toLowerCase());
  let back: number;
  if (word === 'yesterday') back = 1;
  else if (word === 'today' || word === 'tonight' || /^this /i.test(word)) back = 0;
  else {
    const w = WEEKDAYS.indexOf(word);
    if (w < 0) return undefined;
    back = (docDate.getUTCDay() - w + 7) % 7;
    if (back === 0 && phrase.startsWith('last ')) back = 7;
  }
  return iso(docDate.getTime() - back * DAY_MS);
}

const DAY_MS = 86_400_000;
/** How far after a story's first day a day without its year may fall (see `DateContext.forward`). */
const FORWARD_MS = 122 * DAY_MS;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** A span of days as its month when it lies in one, else nothing (a week across two months is neither's). */
function spanValue(from: number, to: number): Pick<DateMention, 'value' | 'grain'> | undefined {
  const a = iso(from), b = iso(to);
  if (a.slice(0, 7) === b.slice(0, 7)) return { value: a.slice(0, 7), grain: 'gYearMonth' };
  return undefined;
}

/** The date a period phrase names, seen from the article's date. */
function period(m: RegExpMatchArray, docDate: Date): Pick<DateMention, 'value' | 'grain'> | undefined {
  const day = docDate.getTime();
  const weekday = docDate.getUTCDay(); // 0 = Sunday
  const monday = day - ((weekday + 6) % 7) * DAY_MS;
  if (m[5]) {
    const n = COUNTS[m[5].toLowerCase()] ?? Number(m[5]);
    return { value: iso(day - n * DAY_MS), grain: 'date' };
  }
  const which = (m[1] ?? 'this').toLowerCase();
  const unit = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
  const year = docDate.getUTCFullYear(), month = docDate.getUTCMonth();
  switch (unit) {
    case 'year': return { value: String(which === 'last' ? year - 1 : year), grain: 'gYear' };
    case 'month': {
      const d = new Date(Date.UTC(year, which === 'last' ? month - 1 : month, 1));
      return { value: iso(d.getTime()).slice(0, 7), grain: 'gYearMonth' };
    }
    case 'week': return which === 'last' ? spanValue(monday - 7 * DAY_MS, monday - DAY_MS) : spanValue(monday, day);
    case 'weekend': {
      // The weekend a story tells of is the last one begun by the article's date ("last weekend" on a
      // Saturday or a Sunday is the one before).
      let saturday = day - ((weekday + 1) % 7) * DAY_MS;
      if (which === 'last' && (weekday === 6 || weekday === 0)) saturday -= 7 * DAY_MS;
      return spanValue(saturday, saturday + DAY_MS);
    }
  }
  return undefined;
}

/**
 * Is the number at `at` a name's ("Mirage 2000 jets", "Resolution 2100", "Vision 2030"), right after a capitalised word
 * that is no month?
 */
function modelNumber(text: string, at: number): boolean {
  const m = /([A-Z][A-Za-z-]*) $/.exec(text.slice(Math.max(0, at - 24), at));
  return !!m && !MONTH_NAMES.has(m[1]!.toLowerCase()) && !BEFORE_YEARS.has(m[1]!.toLowerCase());
}
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Words that open a sentence before a year ("In 2013", "Since 2012", "Late 2019"). */
const BEFORE_YEARS = new Set(['in', 'on', 'since', 'by', 'from', 'until', 'till', 'after', 'before', 'during', 'of', 'and', 'for', 'to', 'at',
  'around', 'about', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'throughout', 'through', 'between', 'circa', 'as', 'or', 'than']);

/** The year a text states most recently (for narratives that later say only "On 18 January"). */
export function lastExplicitYear(dates: DateMention[]): number | undefined {
  // (a year the text writes: "late June" counted from the article's date says nothing of the story's year)
  const years = dates.filter((d) => /^\d{4}/.test(d.value) && /\d{4}/.test(d.text)).map((d) => Number(d.value.slice(0, 4)));
  return years.length ? years[years.length - 1] : undefined;
}
