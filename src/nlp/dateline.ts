// The dateline a wire story or an encyclopedia entry opens with: where and when it was filed. It dates
// the document, and the day it names is the day of filing, never the day of an event told after it.
//   "BAMAKO, Mali, Sept. 18, 2023 —", "NIAMEY (Reuters), 5 August 2024 -",
//   "BAMAKO, Mali (Reuters) — Thursday, August 11, 2022 —", "DAPCHI, Nigeria (AP)\nWednesday, March 21, 2018",
//   "Bosso attack (2016)\nDate: 3 June 2016", "Issued on: 03/01/2021", a headline then "November 29, 2024",
//   "Sahel briefing, Bamako and Dakar, 12 April 2021", "Abuja and Maiduguri, 19 January 2017. This update …".

const PLACE = String.raw`[A-Z][A-Z'’. -]{2,40}(?:,[ \t]+[A-Z][A-Za-z'’. -]{2,40})?`;
const CREDIT = String.raw`\([A-Za-z ]{2,20}\)`;
// (weekday and month capitalised, or all in capitals as a live blog's day headers write them: "TUESDAY 15 APRIL 2014")
const DAY = String.raw`(?:(?:[A-Z][a-z]+|[A-Z]{3,}),?[ \t]+)?(?:(?:[A-Z][a-z]+|[A-Z]{3,})\.?[ \t]+\d{1,2},?|\d{1,2}[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,})\.?)[ \t]+\d{4}`;
// The day follows the place (and the agency) on the same line, after an optional dash, or opens the next
// line; it is closed by a dash, or by the end of its line.
const WIRE = new RegExp(
  String.raw`^[ \t]*${PLACE}(?:[ \t]*${CREDIT})?,?(?:[ \t]*[—–-])?(?:[ \t]+|[ \t]*\n[ \t]*)(${DAY})[ \t]*(?:${CREDIT})?[ \t]*(?:[—–-]|$)`, 'm');
// "Date: 3 June 2016", "Published: Monday, June 3, 2024", "Issued on: 03/01/2021", or a line that is only a date.
const LABEL = String.raw`(?:Date|Published(?: on)?|Issued(?: on)?|Posted(?: on)?|Updated(?: on)?|First published(?: on)?)[ \t]*:?`;
const FIELD = new RegExp(String.raw`^[ \t]*(?:${LABEL}[ \t]*)?(${DAY})[ \t.]*$`, 'm');
// (numbers only after a label, day first as the region's French-language outlets write them: "03/01/2021" is 3 January)
const NUMERIC = new RegExp(String.raw`^[ \t]*${LABEL}[ \t]*(\d{1,2})/(\d{1,2})/(\d{4})\b`, 'm');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// A heading line that ends with the day of issue: "Sahel briefing, Bamako and Dakar, 12 April 2021",
// "Flash Update No. 2, as of Thursday 19 January 2017" (a comma or "as of" before it; at most ~10 words).
const LINE_END = new RegExp(String.raw`^[ \t]*[A-Z][^\n]{0,80}?(?:,|\bas of)[ \t]+(${DAY})[ \t.]*$`, 'm');
// A report's opening words: its places in ordinary case, the day, and a full stop ("Abuja and Maiduguri,
// 19 January 2017. This update …").
const PLACED = new RegExp(String.raw`^[ \t]*[A-Z][a-zA-Z'’-]+(?:[ \t]+(?:and|[A-Z][a-zA-Z'’-]+)){0,4},[ \t]+(${DAY})\.`, 'm');
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
  const m = WIRE.exec(head) ?? FIELD.exec(head) ?? LINE_END.exec(head) ?? PLACED.exec(head);
  if (m) return { day: m[1]!.replace(/\s+/g, ' '), end: m.index + m[0].length };
  const n = NUMERIC.exec(head);
  const month = n ? MONTH_NAMES[Number(n[2]) - 1] : undefined;
  return n && month ? { day: `${Number(n[1])} ${month} ${n[3]}`, end: n.index + n[0].length } : undefined;
}
