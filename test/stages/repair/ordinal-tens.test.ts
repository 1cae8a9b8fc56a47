import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

const repaired = repairedAs;

describe('repair/ordinal-tens', () => {
  it.each([
    ['at its Fifly-third session', 'at its Fifty-third session'],
    ['the cighty-first meeting', 'the eighty-first meeting'],
    // a space where the hyphen was: the compound gets its hyphen back
    ['at its tifly eighth and titty ninth sessions', 'at its fifty-eighth and fifty-ninth sessions'],
    ['the dhiity-second session', 'the thirty-second session'],
    // a mark after the compound
    ['at its Fifly-ninth.', 'at its Fifty-ninth.'],
  ])('%s -> %s', (text, expected) => {
    const doc = repaired(text);
    expect(doc.text).toBe(expected);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });
});

describe('repair/ordinal-tens negative cases', () => {
  it.each([
    // tens spelt right stay as printed, hyphen or not
    'at its fifty-third session and its sixty fourth session',
    // words that may stand before an ordinal
    'the first and the second; its third session; the Party third in line',
    // no ordinal of the units after it
    'the tilly session and the Fifly-day plan',
    // as near to two tens words: no choice
    'the venty fourth session',
    // a mark between the two: no compound
    'the tifly, eighth session',
  ])('%s', (text) => expect(editsBy(repaired(text), 'repair/ordinal-tens')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(repaired('at its Fifly-third session', false).text).toBe('at its Fifly-third session');
  });
});
