import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

describe('repair/capital-in-word', () => {
  it.each([
    ['they wiU retaUate soon', 'they will retaliate soon'],
    ['a deUcate matter and the chHd', 'a delicate matter and the child'],
    ['their eHorts were slighUly late', 'their efforts were slightly late'],
  ])('%s', (text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });
});

describe('repair/capital-in-word negative cases', () => {
  it.each([
    // names in camel case and acronyms make no word that way
    'the code is on GitHub and FollowUp meetings of the AU and UNHCR',
    // two letters are as often a shred of another word
    'the aU of the report',
    // units and symbols
    'a pH of 7 and the mU count',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/capital-in-word')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('they wiU retaUate soon', false), 'repair/capital-in-word')).toEqual([]);
  });
});
