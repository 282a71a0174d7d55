// The dateline a wire story or an encyclopedia entry opens with: where and when it was filed. It dates
// the document, and the day it names is the day of filing, never the day of an event told after it.
//   "BAMAKO, Mali, Sept. 18, 2023 —", "NIAMEY (Reuters), 5 August 2024 -",
//   "BAMAKO, Mali (Reuters) — Thursday, August 11, 2022 —", "DAPCHI, Nigeria (AP)\nWednesday, March 21, 2018",
//   "Bosso attack (2016)\nDate: 3 June 2016".

const PLACE = String.raw`[A-Z][A-Z'’. -]{2,40}(?:,[ \t]+[A-Z][A-Za-z'’. -]{2,40})?`;
const CREDIT = String.raw`\([A-Za-z ]{2,20}\)`;
const DAY = String.raw`(?:[A-Z][a-z]+,?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?|\d{1,2}[ \t]+[A-Z][a-z]+\.?)[ \t]+\d{4}`;
// The day follows the place (and the agency) on the same line, after an optional dash, or opens the next
// line; it is closed by a dash, or by the end of its line.
const WIRE = new RegExp(
  String.raw`^[ \t]*${PLACE}(?:[ \t]*${CREDIT})?,?(?:[ \t]*[—–-])?(?:[ \t]+|[ \t]*\n[ \t]*)(${DAY})[ \t]*(?:${CREDIT})?[ \t]*(?:[—–-]|$)`, 'm');
const FIELD = new RegExp(String.raw`^[ \t]*Date:[ \t]*(${DAY})[ \t]*$`, 'm');
/** How far into a text a dateline may start: past a headline, not into the story. */
const REACH = 600;

export interface Dateline {
  /** The day as written ("Thursday, August 11, 2022"). */
  day: string;
  /** Offset in the text just past the dateline. */
  end: number;
}

/** The dateline that opens one of the first paragraphs of a text, if any. */
export function findDateline(text: string): Dateline | undefined {
  const head = text.slice(0, REACH);
  const m = WIRE.exec(head) ?? FIELD.exec(head);
  return m ? { day: m[1]!.replace(/\s+/g, ' '), end: m.index + m[0].length } : undefined;
}
