import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

describe('repair/roman-numeral', () => {
  it.each([
    ['as set out in section IL of the report', 'as set out in section II of the report'],
    ['Chapter Il Activities of the Office', 'Chapter II Activities of the Office'],
    ['see annex lll below', 'see annex III below'],
    ['Part Ill of the plan', 'Part III of the plan'],
  ])('%s', (text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/roman-numeral')).toHaveLength(1);
  });
});

describe('repair/roman-numeral negative cases', () => {
  it.each([
    // a number in digits, a right numeral, and strokes after a word that numbers nothing
    'chapter 11 and part III of the report',
    'the State of IL and the firm Ill',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/roman-numeral')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('as set out in section IL of the report', false), 'repair/roman-numeral')).toEqual([]);
  });
});
