import { describe, expect, it } from 'vitest';
import { createExtractDates } from '../../../src/stages/extract-dates/index.js';
import { ctx, docOf, entities, ocrDocOf } from '../../helpers.js';

const extract = createExtractDates();
const dates = (text: string) => entities(extract(docOf(text), ctx), 'dates').map((d) => [d.text, d.value, ...(d.inferred ? ['inferred'] : [])]);

describe('extract-dates', () => {
  const cases: [string, string[][]][] = [
    ['held in Bangkok from 12 to 14 December 2006, it', [['12 to 14 December 2006', '2006-12-12/2006-12-14']]],
    ['in Almaty from 17 to 23 May 2007.', [['17 to 23 May 2007', '2007-05-17/2007-05-23']]],
    ['Madrid, 4–6 September 2007', [['4–6 September 2007', '2007-09-04/2007-09-06']]],
    ['on 22 and 23 September 2024', [['22 and 23 September 2024', '2024-09-22/2024-09-23']]],
    ['met between 14 and 18 October 1993.', [['14 and 18 October 1993', '1993-10-14/1993-10-18']]],
    ['New York, 14–18 and 21–23 July 2025', [['14–18 and 21–23 July 2025', '2025-07-14/2025-07-23']]],
    ['from March to June 2025', [['March to June 2025', '2025-03/2025-06']]],
    ['held in Belgium in July 2007', [['July 2007', '2007-07']]],
    ['preferably in 2008.', [['2008', '2008']]],
    ['the 2006 High-level Dialogue and the 2030 Agenda', [['2006', '2006'], ['2030', '2030']]],
    ['during the 1990s', [['1990s', '1990/1999']]],
    ['the biennium 2006–2007 and 2024/25', [['2006–2007', '2006/2007'], ['2024/25', '2024/2025']]],
    ['It fell. Between 2021 and 2023, extraction rose.', [['2021 and 2023', '2021/2023']]],
    ['January and February 1998', [['January and February 1998', '1998-01/1998-02']]],
    ['on 8, 9 and 13 October 1997', [['8', '1997-10-08'], ['9', '1997-10-09'], ['13 October 1997', '1997-10-13']]],
    ['Distr. GENERAL 17 March 1998. On 29 December, he left.', [['17 March 1998', '1998-03-17'], ['29 December', '1997-12-29', 'inferred']]],
    // ranges across months and years are one entity
    ['from 12 May–3 June 2024', [['12 May–3 June 2024', '2024-05-12/2024-06-03']]],
    ['from 30 December 2024 to 2 January 2025', [['30 December 2024 to 2 January 2025', '2024-12-30/2025-01-02']]],
    ['held from 29 December to 2 January 2025', [['29 December to 2 January 2025', '2024-12-29/2025-01-02']]],
    ['Distr. GENERAL 17 March 1998. It met 29 November–2 December.', [['17 March 1998', '1998-03-17'], ['29 November–2 December', '1997-11-29/1997-12-02', 'inferred']]],
    ['the mandate ran between 16 October 2024 and 15 January 2025.', [['16 October 2024 and 15 January 2025', '2024-10-16/2025-01-15']]],
    // a year on the first end only dates the second: the next time its day comes
    ['the mandate ran between 16 October 2024 and 15 January.', [['16 October 2024 and 15 January', '2024-10-16/2025-01-15']]],
    ['consultations from 1 May 2024 to 3 June, then a report', [['1 May 2024 to 3 June', '2024-05-01/2024-06-03']]],
    // a month alone takes the year of the document; a day without a year, the year closest to the document's date
    ['Distr. GENERAL 10 January 2025. In March the Council met; since early October it had planned it.', [
      ['10 January 2025', '2025-01-10'], ['March', '2025-03', 'inferred'], ['early October', '2024-10', 'inferred']]],
    ['Distr. GENERAL 10 January 2025. On 18 and 19 December the Council met.', [['10 January 2025', '2025-01-10'], ['18 and 19 December', '2024-12-18/2024-12-19', 'inferred']]],
    // a two-digit end is a year only after a dash
    ['rose from 2020 to 41 per cent', [['2020', '2020']]],
  ];
  it.each(cases)('%s', (text, expected) => expect(dates(text)).toEqual(expected));

  it('carries both offsets and producer tags', () => {
    const doc = extract(docOf('It met on 10 July 2007.'), ctx);
    const [d] = entities(doc, 'dates');
    expect(doc.text.slice(d.start, d.end)).toBe('10 July 2007');
    expect(doc.original.slice(d.source.start, d.source.end)).toBe('10 July 2007');
    expect(d.producers).toContain('extractor/chrono');
  });
});

describe('extract-dates reports a year it inferred', () => {
  it("from the document's header date", () => {
    const doc = extract(docOf('Distr. GENERAL 10 July 2007\n\nThe group met on 3 March.'), ctx);
    expect(doc.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['extract-dates/inferred-year', '3 March', '2007-03-03']]);
  });
  it('never for a date that writes its year', () => {
    expect(extract(docOf('The group met on 3 March 2007.'), ctx).messages).toEqual([]);
  });
});

describe('a year named by a part of it, and a month whose sentence goes on', () => {
  it.each([
    ['Prices rose by mid-2015.', [['mid-2015', '2015']]],
    ['It has deteriorated since mid-October 2024.', [['mid-October 2024', '2024-10']]],
    ['It was signed in early-2020 and reviewed in late-2021.', [['early-2020', '2020'], ['late-2021', '2021']]],
    ['in the second quarter of 2022', [['second quarter of 2022', '2022-04/2022-06']]],
    ['results for Q4 2023', [['Q4 2023', '2023-10/2023-12']]],
    // (a report's past: the October before its date of May, not the one after)
    ['Report of 12 May 2024. The mission returned in March and again in early October.', [['12 May 2024', '2024-05-12'], ['March', '2024-03', 'inferred'], ['early October', '2023-10', 'inferred']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe("a month or a year after a reference on a day its month lacks", () => {
  it.each([
    // the header's 31st implied no 31 November, and no 29 February in 2023
    ['Distr.: General 31 January 2025\n\nIn November 2024, the Centre met; in April and in 2023 too.', [['31 January 2025', '2025-01-31'], ['November 2024', '2024-11'], ['April', '2025-04', 'inferred'], ['2023', '2023']]],
    ['Distr.: General 29 February 2024\n\nThe plan of 2023 was revised in June 2023.', [['29 February 2024', '2024-02-29'], ['2023', '2023'], ['June 2023', '2023-06']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('two months joined, and a month before the document', () => {
  it.each([
    // consecutive months joined by `and`, or any two by `to`: one range of the uncertain year
    ['Distr. GENERAL 4 March 2024. They clashed in December and early January in the district.', [['4 March 2024', '2024-03-04'], ['December and early January', '2023-12/2024-01', 'inferred']]],
    ['Report of 12 May 2024. From April to June the mission travelled.', [['12 May 2024', '2024-05-12'], ['April to June', '2024-04/2024-06', 'inferred']]],
    // after `between`, `and` joins the ends of a range, with a year or without
    ['Homicides occurred between September and December 2024 in the capital.', [['September and December 2024', '2024-09/2024-12']]],
    ['Report of 12 May 2024. Patrols rose between January and March in the north.', [['12 May 2024', '2024-05-12'], ['January and March', '2024-01/2024-03', 'inferred']]],
    // two months `and` joins that are no range: the first takes the year written after the second
    ['Talks resumed in May and September 2023.', [['May', '2023-05'], ['September 2023', '2023-09']]],
    // a month with no day is placed by its middle, and the past is nearer than the future
    ['Distr. GENERAL 1 April 2025. The Assembly approved it in October.', [['1 April 2025', '2025-04-01'], ['October', '2024-10', 'inferred']]],
    ['Distr. GENERAL 29 July 2025. In January, the Group met; on 15 January it reported.', [['29 July 2025', '2025-07-29'], ['January', '2025-01', 'inferred'], ['15 January', '2025-01-15', 'inferred']]],
    // the end or the start of a month dates the month
    ['Distr. GENERAL 4 March 2024. By the end of February the clashes continued.', [['4 March 2024', '2024-03-04'], ['February', '2024-02', 'inferred']]],
    // `last July` is the July before the document's date
    ['Distr. GENERAL 4 March 2024. In March it reported, as it had last July and in mid-December.', [
      ['4 March 2024', '2024-03-04'], ['March', '2024-03', 'inferred'], ['last July', '2023-07', 'inferred'], ['mid-December', '2023-12', 'inferred']]],
    // a range with no year is placed by its middle: the winter just past, not the next one
    ['Distr. GENERAL 20 April 2025. Between September and March, 65 young people took part.', [['20 April 2025', '2025-04-20'], ['September and March', '2024-09/2025-03', 'inferred']]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));
});

describe('a scan whose header year may be misread', () => {
  // `ocrDocOf` marks the text OCR output: a year written once there may be a misread digit
  const scanDates = (text: string) => entities(extract(ocrDocOf(text), ctx), 'dates').map((d) => [d.text, d.value, ...(d.inferred ? ['inferred'] : [])]);
  it.each([
    // the header's 2028 is written nowhere else: the first full date of a year the scan writes twice dates the rest
    ['Distr. GENERAL 10 January 2028\n\nThe mission was renewed on 3 December 2024 for 2024 and 2025.\n\nIt met on 18 December.',
      [['10 January 2028', '2028-01-10'], ['3 December 2024', '2024-12-03'], ['2024', '2024'], ['2025', '2025'], ['18 December', '2024-12-18', 'inferred']]],
    // a header year written twice is the document's own, as in born-digital text
    ['Distr. GENERAL 10 January 2025\n\nS/2025/12. On 18 December the Council met.',
      [['10 January 2025', '2025-01-10'], ['18 December', '2024-12-18', 'inferred']]],
  ])('%s', (text, expected) => expect(scanDates(text)).toEqual(expected));

  it('says so where it passes over a header date', () => {
    const doc = extract(ocrDocOf('Distr. GENERAL 10 January 2028\n\nThe Council met on 18 December.'), ctx);
    expect(doc.messages.map((m) => [m.ruleId, m.actual])).toEqual([['extract-dates/untrusted-year', '10 January 2028']]);
    // and with no date to trust, no year is inferred
    expect(entities(doc, 'dates').map((d) => d.text)).toEqual(['10 January 2028']);
  });

  it("takes the month and year of a header date whose day is unreadable", () => {
    const doc = extract(ocrDocOf('Distr.: General 6A March 2025\n\nS/2025/31. The envoy came on 4 December and left on 9 March.'), ctx);
    expect(entities(doc, 'dates').map((d) => [d.text, d.value])).toEqual([['March 2025', '2025-03'], ['4 December', '2024-12-04'], ['9 March', '2025-03-09']]);
    expect(doc.messages.map((m) => m.ruleId)).toContain('extract-dates/header-month');
  });

  it('born-digital text takes its header date as printed', () => {
    expect(dates('Distr. GENERAL 10 January 2028\n\nThe Council met on 18 December.')).toEqual([['10 January 2028', '2028-01-10'], ['18 December', '2027-12-18', 'inferred']]);
  });
});

describe("a cited document's date dates nothing else", () => {
  const infer = (text: string) => entities(extract(docOf(text), ctx), 'dates').filter((d) => d.inferred).map((d) => [d.text, d.value]);
  const filler = ' It noted the progress made.'.repeat(60);
  it.each([
    // with no header date, the first full date of the header is a statement the report recalls
    ['in the header', 'It covers 16 September 2024 to 15 March 2025, as the statement of 26 November 2008 (S/PRST/2008/44) asked.\n\nOn 9 February the Council met.', [['9 February', '2025-02-09']]],
    // past the header, such a date does not move the time the report has reached
    ['past the header', `It covers 16 September 2024 to 15 March 2025.${filler}\n\nIt recalled the report of 24 November 2008 (S/2008/692).\n\nOn 9 February the Council met.`, [['9 February', '2025-02-09']]],
  ])('%s', (_where, text, expected) => expect(infer(text)).toEqual(expected));
});
