// The structure of briefings and trackers that sentences alone do not show: headings that name what a line is
// about ("- Katiba Macina. Led by Amadou Koufa; part of JNIM. It controls …": the line's sentences after it have
// it as their elided subject), and dated entries ("15 March – near Tessit (Mali). …": the paragraph is that day's,
// in that state).
import type { Sentence } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import { MONTHS, WEEKDAYS } from '../nlp/dates.ts';

/** A mention as far as topics need it: its span in its sentence, its entity and class. */
interface Spanned {
  from: number;
  to: number;
  entity: string;
  cls: Parameters<typeof isPlaceClass>[0];
}

/** Bullets that open a briefing's line. */
export const BULLETS: ReadonlySet<string> = new Set(['-', '–', '—', '•', '*', '·', '‣']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * For each sentence, the actor of the heading that opens its line, when it is not the heading itself: a
 * sentence that is only a name (after a bullet, before a full stop or a colon), followed on the same line.
 * `text` is the document's text, to see where lines break.
 */
export function lineTopics<M extends Spanned>(text: string, sentences: readonly Sentence[], mentions: readonly (readonly (M | undefined)[])[]): (M | undefined)[] {
  const out: (M | undefined)[] = sentences.map(() => undefined);
  let topic: M | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const prev = sentences[si - 1];
    // (a new line ends the topic of the line before)
    if (!prev || breaksBetween(text, prev.end, s.start, 1)) topic = undefined;
    out[si] = topic;
    const heading = headingActor(s, mentions[si] ?? []);
    if (heading) topic = heading;
  }
  return out;
}

/**
 * A dated entry's heading: "15 March – near Tessit", "1 March 2021 - Dikwa"; a timeline's date standing alone before
 * what happened that day ("Sunday 26 July. Armed members of the group attack …", "11 June 2009. …", "July 28: …").
 */
const MONTH_NAMES = `(?:${MONTHS.join('|')})`;
const WEEKDAY_NAMES = `(?:${WEEKDAYS.join('|')})`;
const ENTRY_HEAD = new RegExp([
  /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\s*[–—-]/.source,
  /^[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}[.:](?:\s|$)/.source,
  `^(?:${WEEKDAY_NAMES},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAMES}(?:,?\\s+\\d{4})?\\s*[.:](?:\\s|$)`,
  `^(?:${WEEKDAY_NAMES},?\\s+)?${MONTH_NAMES}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\s*[.:](?:\\s|$)`,
].join('|'));

/**
 * For each sentence, the index of the sentence that heads its entry (a paragraph opening with a day and a dash or a date alone,
 * or with a heading in capitals and a full stop: "MALI. …", "NIGERIA AND CAMEROON. …"), the heading itself
 * included; undefined outside entries.
 */
export function entryHeadings(text: string, sentences: readonly Sentence[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let head: number | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const prev = sentences[si - 1];
    // (a blank line ends the paragraph, and its entry)
    if (!prev || breaksBetween(text, prev.end, s.start, 2)) head = ENTRY_HEAD.test(s.text) ? si : undefined;
    out.push(head);
  }
  return out;
}

/** For each sentence, the index of the first sentence of its paragraph (a blank line parts two). */
export function paragraphStarts(text: string, sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let head = 0;
  for (let si = 0; si < sentences.length; si++) {
    if (si > 0 && breaksBetween(text, sentences[si - 1]!.end, sentences[si]!.start, 2)) head = si;
    out.push(head);
  }
  return out;
}

/** Does `text` have `n` line breaks in a row between `from` and `to` (what `text.slice(from, to).includes('\n'.repeat(n))` tells,
 * with no string made: it runs between every two sentences)? */
function breaksBetween(text: string, from: number, to: number, n: 1 | 2): boolean {
  for (let k = from; k + n <= to; k++) if (text.charCodeAt(k) === 10 && (n === 1 || text.charCodeAt(k + 1) === 10)) return true;
  return false;
}

/** The actor a sentence names and nothing else ("- Katiba Macina.", "JNIM:", "High Islamic Council of Mali (HCIM)."), of
 * its mentions (those resolved). */
function headingActor<M extends Spanned>(s: Sentence, mentions: readonly (M | undefined)[]): M | undefined {
  const t = s.tokens;
  let a = 0;
  let b = t.length;
  while (a < b && BULLETS.has(t[a]!.text)) a++;
  while (b > a && (t[b - 1]!.text === '.' || t[b - 1]!.text === ':')) b--;
  if (a >= b || b - a > 12) return undefined;
  for (let i = a; i < b; i++) {
    // (over brackets and the small words between two names: "High Islamic Council of Mali (HCIM)", "France and MINUSMA")
    if (covers(mentions, i) || t[i]!.text === '(' || t[i]!.text === ')' || (i === a && t[i]!.norm === 'the') || (i > a && CONNECTORS.has(t[i]!.norm) && covers(mentions, i + 1))) continue;
    return undefined;
  }
  for (const m of mentions) if (m && m.from >= a && !isPlaceClass(m.cls)) return m;
  return undefined;
}

/** Does one of the mentions cover token `i`? */
function covers(mentions: readonly (Spanned | undefined)[], i: number): boolean {
  for (const m of mentions) if (m && i >= m.from && i < m.to) return true;
  return false;
}
