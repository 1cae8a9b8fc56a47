import { describe, expect, it } from 'vitest';
import { createExtractDates } from '../../../src/stages/extract-dates/index.js';
import { ctx, docOf, entities, ocrDocOf } from '../../helpers.js';

const extract = createExtractDates();

/** Symbols, resolution numbers, durations, session ordinals, relative expressions, addresses: no dates. */
const NONE = [
  'See A/52/682 and S/1997/894.',
  'General Assembly resolution 52/211 B was adopted.',
  'Security Council resolution 2753 (2024) was adopted.',
  'It lasted three months and two years.',
  'at its fifty-second session',
  'last year, next month and recently',
  'see https://www.un.org/2030/agenda and info2024@un.org',
  'reports (A/AC.109/2071, 2072, 2074-2078 and 2080)',
  'at 10.30 a.m. on Tuesday',
  'ISSN: 2411-9067; page 2014; paragraph 2010',
  // a volume's number in a citation
  'United Nations, Treaty Series, vol. 1954, No. 33480; Official Records, volume 2010',
  'On 29 December he left.',
  // a range across months with no year anywhere certain
  'It met 29 November–2 December.',
  // a month with no year certain, and May the verb
  'In March the Council met.',
  'May the Council decide; it may march on.',
  // a year after a hyphen in a symbol, a quarter with no year, Q with no year
  'See document A-2015 and E/ESCAP/mid-2015x.',
  'in the second quarter the prices rose; Q3 results',
  // a year no report dates a day in: a scan's misread digit
  'Distr.: General 14 June 2731',
];
describe('extract-dates finds no dates in', () => {
  it.each(NONE)('%s', (text) => expect(entities(extract(docOf(text), ctx), 'dates').map((d) => d.text)).toEqual([]));
});

describe('a month and day after a slash is part of a symbol', () => {
  it('a decision of a council, in a document dated by its header', () => {
    const doc = extract(docOf('Distr.: General 3 March 2025. Executive Council decision EC-91/DEC.7 was recalled.'), ctx);
    expect(entities(doc, 'dates').map((d) => d.text)).toEqual(['3 March 2025']);
  });
  it.each([
    'Conference decision C-25/DEC.9, dated 21 April 2021, was recalled.',
    'Under paragraph 12 of C-SS-4/DEC.3 (dated 27 June 2018) the work goes on.',
    'the Future Use (C-28/DEC.12, dated 21 April 2021)',
  ])('a decision of a conference: %s', (text) => {
    const doc = extract(docOf(`Distr.: General 3 March 2025. ${text}`), ctx);
    expect(entities(doc, 'dates').map((d) => d.text).filter((t) => /DEC/.test(t))).toEqual([]);
  });
});

describe("a header's month and year date nothing", () => {
  const scanDates = (text: string) => entities(extract(ocrDocOf(text), ctx), 'dates').map((d) => d.text);
  it.each([
    // the month-year is no header date whose day was misread (no shred before it)
    'Report covering March 2025\n\nS/2025/31. The envoy came on 4 December.',
    // a shred, but of a year the scan writes nowhere else
    'Distr.: General 6A March 2029\n\nThe envoy came on 4 December.',
  ])('%s', (text) => expect(scanDates(text).filter((d) => d === '4 December')).toEqual([]));
  it('in born-digital text, where the day is printed right', () => {
    expect(entities(extract(docOf('Distr.: General 6A March 2025\n\nThe envoy came on 4 December.'), ctx), 'dates').map((d) => d.text)).toEqual(['March 2025']);
  });
});

describe('a year on the first end makes a range only where the words make one', () => {
  it.each([
    // `and` joins ends only after `between`; a later month stays the date it is
    ['It met on 1 May 2024 and 3 June.', ['1 May 2024', '3 June']],
  ])('%s', (text, expected) => expect(entities(extract(docOf(text), ctx), 'dates').map((d) => d.text)).toEqual(expected));
});

describe('two months read as dates only after a word of time', () => {
  it.each([
    // `May` the verb and a bare pair of months: no time word before them
    ['May and June decide it.', []],
    ['the Council may march on and April showers', []],
    // two months of no range and no year: a season of every year as often as a date
    ['Concentrations peak in March and December each year.', []],
    // `between` names no month alone: its other end is a day this parser does not read
    ['Incidents rose between January and 20 March.', ['20 March']],
  ])('%s', (text, expected) => expect(entities(extract(docOf(`Distr. GENERAL 4 March 2024. ${text}`), ctx), 'dates').map((d) => d.text)).toEqual(['4 March 2024', ...expected]));
});

describe('a number glued to a word by a stop is part of a symbol', () => {
  it('`Add.1` before a date is no day of that month', () => {
    const doc = extract(docOf('El Salvador (CAT/C/SLV/FCO/3/Add.1, 10 June 2024), Switzerland'), ctx);
    expect(entities(doc, 'dates').map((d) => d.text)).toEqual(['10 June 2024']);
  });
  // ... a day after a word and a stop with a space between is a day
  it('a day list after a sentence', () => {
    const doc = extract(docOf('They met twice. 1 and 10 June 2024 were the dates.'), ctx);
    expect(entities(doc, 'dates').map((d) => d.value)).toContain('2024-06-10');
  });
});

describe('a date with a parenthesis after it that holds no symbol still dates what follows', () => {
  it.each([
    ['The Council met on 26 November 2008 (see annex).\n\nOn 9 February it met again.', '2009-02-09'],
    ['The Council met on 26 November 2008, (b) and (c) were adopted.\n\nOn 9 February it met again.', '2009-02-09'],
  ])('%s', (text, value) => expect(entities(extract(docOf(text), ctx), 'dates').find((d) => d.text === '9 February')?.value).toBe(value));
});
