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
// A full day in one of the first lines, not as the object of a preposition that tells an event ("occurred on 4
// October 2017"): "OBITUARIES | Sunday 7 June 2020", "Issued in Maiduguri, Friday 16 April 2021.", "Released Friday
// 8 February 2019.", "Associated Press — December 1, 2020". Weaker than a dateline: read after the caller's date.
const HEADER = new RegExp(String.raw`^[^\n]{0,90}?(?<!\b(?:on|in|of|since|until|from|by|before|after)[ \t]+)\b(${DAY})`, 'm');
/** How many lines into a text a header's day may stand. */
const HEADER_LINES = 3;
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

/** The day a header line names in the first lines of a text, when it has no dateline (see HEADER). */
export function findHeaderDay(text: string): string | undefined {
  const lines = text.slice(0, REACH).split('\n').filter((l) => l.trim()).slice(0, HEADER_LINES).join('\n');
  return HEADER.exec(lines)?.[1]?.replace(/\s+/g, ' ');
}
