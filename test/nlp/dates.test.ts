// findDates and lastExplicitYear: date expressions of news sentences resolved to xsd lexical forms.
import { describe, expect, it } from 'vitest';
import { findDates, lastExplicitYear } from '../../src/nlp/dates.ts';

const values = (text: string, ctx: Parameters<typeof findDates>[1] = {}) => findDates(text, ctx).map((d) => d.value);

describe('findDates', () => {
  it('reads a weekday with a month and day against the article date', () => {
    const [d] = findDates('Soldiers clashed again on Sunday November 12 in the Kidal region.', { docDate: '2023-11-12' });
    expect(d).toMatchObject({ value: '2023-11-12', grain: 'date', text: 'Sunday November 12' });
  });

  it('reads "in January of that year" as a month of the year the text named before it', () => {
    expect(values('In September 2022 Traoré overthrew Damiba, who had himself seized power in January of that year.', { docDate: '2024-08-01' })).toEqual(['2022-09', '2022-01']);
  });

  it('reads "in August last year" and "in March this year" as months of the years they name', () => {
    expect(values('They seized power in August last year and again in May; in March this year they met.', { docDate: '2021-08-11' })).toEqual(['2020-08', '2021-05', '2021-03']);
  });

  it('reads no year in a name\'s number ("Mirage 2000 jets"), and does not give it to the day before', () => {
    const ds = findDates('On Sunday 3 February, Mirage 2000 jets struck. In 2013 France intervened.', { docDate: '2019-02-13' });
    expect(ds.map((d) => d.value)).toEqual(['2019-02-03', '2013']);
  });

  it('gives offsets of the expression in the text', () => {
    const text = 'Fighters stormed Boni on 3 March 2022.';
    const [d] = findDates(text, {});
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it('resolves a bare weekday to the one before the article date', () => {
    expect(values('Rebels cut the telephone network in Ber on Friday.', { docDate: '2023-11-12' })).toEqual(['2023-11-10']);
  });

  it('puts a month named alone in the last such month up to the article date', () => {
    expect(values('The rebels took Kidal in November.', { docDate: '2024-08-05' })).toEqual(['2023-11']);
    expect(values('The rebels took Kidal in March.', { docDate: '2024-08-05' })).toEqual(['2024-03']);
    expect(values('The rebels took Kidal in August.', { docDate: '2024-08-05' })).toEqual(['2024-08']);
  });

  it('resolves "yesterday" against the article date', () => {
    expect(values('Jihadists ambushed a convoy yesterday.', { docDate: '2022-06-01' })).toEqual(['2022-05-31']);
  });

  it('ignores a weekday when the article has no date', () => {
    expect(values('Rebels cut the telephone network in Ber on Friday.')).toEqual([]);
  });

  it('reads a full calendar date inside a longer phrase', () => {
    expect(values('On the night of 24 May 2021, soldiers arrested the interim president.')).toEqual(['2021-05-24']);
  });

  it('reads a month and year as xsd:gYearMonth', () => {
    expect(findDates('Soldiers and foreign fighters killed villagers in Moura in March 2022.', {})).toMatchObject([{ value: '2022-03', grain: 'gYearMonth' }]);
  });

  it('reads bare years as xsd:gYear', () => {
    expect(findDates('The rebellion rose in 2012 and signed an accord in 2015.', {}).map((d) => [d.value, d.grain]))
      .toEqual([['2012', 'gYear'], ['2015', 'gYear']]);
  });

  it('takes the year of a day and month from the narrative', () => {
    expect(values('On January 18, rebels attacked Aguelhok.', { narrativeYear: 2012 })).toEqual(['2012-01-18']);
  });

  it('takes the year of a day and month from a year written just after it', () => {
    expect(values('Fighting on January 18 and 19, 2012 left dozens dead.')[0]).toBe('2012-01-18');
  });

  it('writes a day and month with no known year as xsd:gMonthDay', () => {
    expect(findDates('On January 18, rebels attacked Aguelhok.', {})).toMatchObject([{ value: '--01-18', grain: 'gMonthDay' }]);
  });

  it('dates a month alone in the narrative year', () => {
    expect(values('The rebels took up arms again in August.', { narrativeYear: 2023 })).toEqual(['2023-08']);
  });

  it('ignores a month alone when no year is known', () => {
    expect(values('The rebels took up arms again in August.')).toEqual([]);
  });

  it('ignores vague expressions', () => {
    expect(values('The camp was evacuated a few days ago.', { docDate: '2023-11-12' })).toEqual([]);
  });

  it('does not read numbers that are not years', () => {
    expect(values('A 2,000-strong force under Resolution 2100 moved 110 kilometres.')).toEqual([]);
  });

  it('gives "last week" no day, and no month when that week straddles two', () => {
    // (2023-11-12 is a Sunday: last week ran from October 30 to November 5)
    expect(values('The junta expelled the envoy last week.', { docDate: '2023-11-12' })).toEqual([]);
    expect(values('The junta expelled the envoy last week, on Monday.', { docDate: '2023-11-12' })).toEqual(['2023-11-06']);
    expect(values('Gunmen killed 60 villagers late last week.', { docDate: '2023-04-24' })).toEqual(['2023-04']);
  });

  it('reads periods counted from the article date at the grain they fix', () => {
    const ctx = { docDate: '2022-08-11' }; // a Thursday
    expect(values('Militants killed 42 soldiers in a weekend assault.', ctx)).toEqual(['2022-08']);
    expect(values('Troops withdrew earlier this month.', ctx)).toEqual(['2022-08']);
    expect(values('The junta suspended rotations last month.', ctx)).toEqual(['2022-07']);
    expect(values('The mission lost 20 peacekeepers last year.', ctx)).toEqual(['2021']);
    expect(values('The convoy was ambushed three days ago.', ctx)).toEqual(['2022-08-08']);
    // a weekend seen from its own Sunday is that weekend; "last weekend" is the one before
    expect(values('Rebels attacked over the weekend.', { docDate: '2022-07-31' })).toEqual(['2022-07']);
    expect(values('Rebels attacked last weekend.', { docDate: '2022-08-07' })).toEqual(['2022-07']);
    expect(values('Rebels attacked last weekend.', { docDate: '2022-05-02' })).toEqual([]); // April 30 – May 1
  });

  it('reads no period without an article date', () => {
    expect(values('Militants attacked the camp last week.')).toEqual([]);
  });
});

describe('lastExplicitYear', () => {
  it('returns the year of the last dated expression', () => {
    expect(lastExplicitYear(findDates('Rebels rose in 2012; the accord came on 20 June 2015.', {}))).toBe(2015);
  });

  it('returns undefined when nothing carries a year', () => {
    expect(lastExplicitYear(findDates('On January 18, rebels attacked.', {}))).toBeUndefined();
  });

  it('counts only years the text writes, not those a month or a day takes from the article\'s date', () => {
    expect(lastExplicitYear(findDates('Raids went on from late June to late July.', { docDate: '2019-07-30' }))).toBeUndefined();
    expect(lastExplicitYear(findDates('On 12 June 2009 police fired on marchers.', { docDate: '2019-07-30' }))).toBe(2009);
  });

  it('reads "in mid-May" as the month of the article\'s year', () => {
    expect(findDates('The fighting took place in mid-May in the forest.', { docDate: '2021-06-07' }).map((d) => d.value)).toEqual(['2021-05']);
  });
});

describe('findDates: a sentence opening with a relative day', () => {
  it('reads "Yesterday," and "Today" at the start of a sentence like in its middle', () => {
    expect(findDates('Yesterday, the president travelled north.', { docDate: '2019-01-03' }).map((d) => d.value)).toEqual(['2019-01-02']);
    expect(findDates('Today the army attacked.', { docDate: '2019-01-03' }).map((d) => d.value)).toEqual(['2019-01-03']);
  });
});

describe('findDates: a weekday that names the year, the day being written', () => {
  it('takes the story\'s year when the weekday does not fit the article\'s year and fits the story\'s', () => {
    // (26 July was a Sunday in 2009, a Friday in 2019)
    expect(findDates('Sunday 26 July.', { docDate: '2019-07-30', narrativeYear: 2009 }).map((d) => d.value)).toEqual(['2009-07-26']);
    // (a weekday the article's year fits keeps it; so does a date with no weekday)
    expect(findDates('Friday 26 July.', { docDate: '2019-07-30', narrativeYear: 2009 }).map((d) => d.value)).toEqual(['2019-07-26']);
    expect(findDates('On 26 July, gunmen struck.', { docDate: '2019-07-30', narrativeYear: 2009 }).map((d) => d.value)).toEqual(['2019-07-26']);
  });

  it('reads "this morning", "this afternoon" and "this evening" as the article\'s day', () => {
    expect(findDates('This morning the minister resigned.', { docDate: '2014-05-27' }).map((d) => d.value)).toEqual(['2014-05-27']);
    expect(findDates('and this afternoon the talks broke down', { docDate: '2014-05-27' }).map((d) => d.value)).toEqual(['2014-05-27']);
  });
});
