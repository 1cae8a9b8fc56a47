import { describe, expect, it } from 'vitest';
import { titleCaseHeadings } from '../../src/text/capitals.js';

describe('headings in capitals read as names', () => {
  it.each([
    ['GENEVA, 12 MARCH 2024', 'Geneva, 12 March 2024'],
    ['LATIN AMERICA AND THE CARIBBEAN', 'Latin America and the Caribbean'],
    ['see ANNEX: REPORT OF THE MISSION TO KENYA', 'see Annex: Report of the Mission to Kenya'],
    // a word with no vowel is an abbreviation, written so in names too
    ['TALKS WITH THE DPRK', 'Talks with the DPRK'],
  ])('%s', (text, expected) => {
    const out = titleCaseHeadings(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it.each([
    // a word in capitals among lower-case words is an acronym
    'the UNDP and the WHO office in PERU',
    // mixed case is left alone
    'The McKinsey Report on Geneva',
    // one word in capitals is no heading
    'ITALY',
  ])('leaves %s', (text) => expect(titleCaseHeadings(text)).toBe(text));
});
