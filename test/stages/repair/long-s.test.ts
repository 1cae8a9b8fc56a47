import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

// three distinct words of four letters or more show the print's long s
const OLD_PRINT = 'The goddefs spoke of her paffion with great kindnefs. ';

describe('repair/long-s', () => {
  it.each([
    ['Then she did confefs it.', 'Then she did confess it.'],
    // a capital keeps its place; a short word reads too once the document shows the long s
    ['Himfelf the lefs, he left.', 'Himself the less, he left.'],
  ])('%s', (sentence, expected) => {
    const doc = repairedAs(OLD_PRINT + sentence);
    expect(doc.text).toBe(`The goddess spoke of her passion with great kindness. ${expected}`);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
    expect(editsBy(doc, 'repair/long-s').length).toBeGreaterThanOrEqual(4);
  });
});

describe('repair/long-s negative cases', () => {
  it.each([
    // fewer than three distinct words show it: an `f` for an `s` is chance
    'The goddefs spoke of her paffion and left.',
    // the last `f` is never a long s; known words stay (`staff`, `feast`, `fast`)
    'The goddefs spoke of her paffion with great kindnefs. The staff held a feast and left fast; the chief of the waif.',
  ])('%s', (text) => {
    const doc = repairedAs(text);
    if (!text.includes('kindnefs')) expect(editsBy(doc, 'repair/long-s')).toEqual([]);
    else expect(doc.text.endsWith('The staff held a feast and left fast; the chief of the waif.')).toBe(true);
  });

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs(`${OLD_PRINT}Then she did confefs it.`, false), 'repair/long-s')).toEqual([]);
  });
});
