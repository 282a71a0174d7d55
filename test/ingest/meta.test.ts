import { describe, expect, it } from 'vitest';
import { dateFromFileName, datelineDate, normalizeDate, safeId, slugify, uniqueIds } from '../../src/ingest/meta.ts';

describe('normalizeDate', () => {
  it('keeps an ISO day', () => {
    expect(normalizeDate('2023-11-12')).toBe('2023-11-12');
  });
  it('takes the day of an ISO date-time as written, ignoring the offset', () => {
    expect(normalizeDate('2023-11-12T23:30:00-05:00')).toBe('2023-11-12');
  });
  it('reads English day-month-year and month-day-year forms', () => {
    expect(normalizeDate('12 November 2023')).toBe('2023-11-12');
    expect(normalizeDate('Sunday, Nov. 12, 2023')).toBe('2023-11-12');
  });
  it('rejects impossible days', () => {
    expect(normalizeDate('2023-02-29')).toBeUndefined();
    expect(normalizeDate('2023-13-01')).toBeUndefined();
  });
  it('accepts 29 February in a leap year', () => {
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
  });
  it('rejects text that is not a date', () => {
    expect(normalizeDate('last week')).toBeUndefined();
  });
});

describe('dateFromFileName', () => {
  it('finds a day embedded in a file name', () => {
    expect(dateFromFileName('kidal-2023-11-12')).toBe('2023-11-12');
  });
  it('ignores an impossible day', () => {
    expect(dateFromFileName('report-2023-02-30')).toBeUndefined();
  });
});

describe('slugify', () => {
  it('lower-cases and de-accents to [a-z0-9-]', () => {
    expect(slugify('Tombouctou – Léré_Ségou 2023')).toBe('tombouctou-lere-segou-2023');
  });
  it('folds letters that have no decomposition', () => {
    expect(slugify('Straße Œuvre')).toBe('strasse-oeuvre');
  });
  it('falls back to "doc" when nothing is left', () => {
    expect(slugify('***')).toBe('doc');
  });
});

describe('safeId', () => {
  it('keeps an id that is safe in an IRI', () => {
    expect(safeId('AFP-2023.11.12_a')).toBe('AFP-2023.11.12_a');
  });
  it('slugs an id with spaces or slashes', () => {
    expect(safeId('AFP 12/11')).toBe('afp-12-11');
  });
});

describe('uniqueIds', () => {
  it('suffixes later duplicates with -2, -3 in order', () => {
    expect(uniqueIds(['a', 'a', 'b', 'a'])).toEqual(['a', 'a-2', 'b', 'a-3']);
  });
  it('skips a suffix that another input already uses', () => {
    expect(uniqueIds(['a', 'a', 'a-2'])).toEqual(['a', 'a-3', 'a-2']);
  });
});

describe('datelineDate', () => {
  it('reads the day of a wire dateline in the first paragraphs', () => {
    expect(datelineDate('Rebels attack Lere\n\nBAMAKO, Mali, September 18, 2023 — Separatist rebels attacked')).toBe('2023-09-18');
    expect(datelineDate('OUAGADOUGOU, Burkina Faso, Nov. 28, 2023 — Hundreds of fighters')).toBe('2023-11-28');
    expect(datelineDate('BAMAKO, Aug. 5, 2024 - Mali cut ties')).toBe('2024-08-05');
    expect(datelineDate('NIAMEY (Reuters), 5 August 2024 - The junta')).toBe('2024-08-05');
  });

  it('reads a weekday dateline after the agency, on the line below the place, or in a Date: field', () => {
    expect(datelineDate('GAO, Mali (Reuters) — Thursday, August 11, 2022 — Militants killed')).toBe('2022-08-11');
    expect(datelineDate('DIFFA, Niger (AP)\nWednesday, March 21, 2018\n\nGunmen abducted')).toBe('2018-03-21');
    expect(datelineDate('Siege of Diffa (2015)\nDate: 6 February 2015\n\nThe siege of Diffa was')).toBe('2015-02-06');
  });

  it('reads a date line under a headline, labelled or not, numbers day first after a label', () => {
    expect(datelineDate("Niger ends pact\n\nMarch 16, 2024\n\nNIAMEY, March 16 (Reuters) - Niger's junta")).toBe('2024-03-16');
    expect(datelineDate('Massacre near Ouallam\nIssued on: 04/02/2021\n\nGunmen killed')).toBe('2021-02-04');
    expect(datelineDate('Attack in Mopti\nPublished: Monday, June 3, 2024\nText')).toBe('2024-06-03');
    // (a live blog's day header in capitals)
    expect(datelineDate('LIVE: Attack on Djibo\n\nRolling coverage.\n\nSUNDAY 26 NOVEMBER 2023\n\n07:10 - Gunfire')).toBe('2023-11-26');
    // (a date inside a sentence is no date line)
    expect(datelineDate('The talks opened on May 3, 2024 and went on.')).toBeUndefined();
    // (a heading line ending with its day of issue; a report opening with its places and the day)
    expect(datelineDate('Mopti: the roads\n\nField note, Sévaré and Mopti, 3 February 2022\n\nText')).toBe('2022-02-03');
    expect(datelineDate('Situation Report No. 4, as of Monday 6 May 2019\n\nText')).toBe('2019-05-06');
    expect(datelineDate('Heading\n\nNiamey and Diffa, 2 June 2016. This report covers')).toBe('2016-06-02');
    // (not a sentence that ends with a date, nor one that opens with it)
    expect(datelineDate('Heading\n\nThe army said it would withdraw by 3 June 2016.')).toBeUndefined();
    expect(datelineDate('Heading\n\nOn 2 June 2016, fighters attacked Bosso.')).toBeUndefined();
  });

  it('reads nothing from a dateline without a date, a date inside a sentence, or an impossible day', () => {
    expect(datelineDate('DAKAR, Senegal (AP) — Mali said')).toBeUndefined();
    expect(datelineDate('The fighting of Sept. 30, 2022 — a turning point — went on.')).toBeUndefined();
    expect(datelineDate('BAMAKO, Mali, February 30, 2023 — text')).toBeUndefined();
    expect(datelineDate('The talks opened.\nDate of the vote: 6 February 2015 was chosen')).toBeUndefined();
  });
});
