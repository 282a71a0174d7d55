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
    if (!prev || text.slice(prev.end, s.start).includes('\n')) topic = undefined;
    out[si] = topic;
    const heading = headingActor(s, (mentions[si] ?? []).filter((m): m is M => !!m));
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
    if (!prev || text.slice(prev.end, s.start).includes('\n\n')) head = ENTRY_HEAD.test(s.text) ? si : undefined;
    out.push(head);
  }
  return out;
}

/** The actor a sentence names and nothing else ("- Katiba Macina.", "JNIM:", "High Islamic Council of Mali (HCIM)."). */
function headingActor<M extends Spanned>(s: Sentence, mentions: readonly M[]): M | undefined {
  const t = s.tokens;
  let a = 0;
  let b = t.length;
  while (a < b && BULLETS.has(t[a]!.text)) a++;
  while (b > a && (t[b - 1]!.text === '.' || t[b - 1]!.text === ':')) b--;
  if (a >= b || b - a > 12) return undefined;
  const covered = (i: number) => mentions.some((m) => i >= m.from && i < m.to);
  for (let i = a; i < b; i++) {
    // (over brackets and the small words between two names: "High Islamic Council of Mali (HCIM)", "France and MINUSMA")
    if (covered(i) || t[i]!.text === '(' || t[i]!.text === ')' || (i === a && t[i]!.norm === 'the') || (i > a && CONNECTORS.has(t[i]!.norm) && covered(i + 1))) continue;
    return undefined;
  }
  return mentions.find((m) => m.from >= a && !isPlaceClass(m.cls));
}
