import { describe, expect, it } from 'vitest';
import { isOrdinal, ORDINAL, ORDINAL_TENS, ORDINAL_WORDS, ordinalAsWritten } from '../../src/text/ordinals.js';

const UNITS = ORDINAL_WORDS.slice(0, 9);
// (compounds with their hyphen, and glued as PDF text leaves them when the hyphen ended a line)
const spelt = [...ORDINAL_WORDS, ...ORDINAL_TENS.flatMap((t) => UNITS.flatMap((u) => [`${t}-${u}`, `${t}${u}`]))];
const cased = spelt.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const digits = ['1st', '2nd', '3rd', '4th', '11th', '21ST', '102nd', '73RD'];

describe('isOrdinal answers as ORDINAL does', () => {
  it.each([...cased, ...digits])('%s is an ordinal', (w) => {
    expect(ORDINAL.test(w)).toBe(true);
    expect(isOrdinal(w)).toBe(true);
  });
});

describe('isOrdinal: negative cases', () => {
  // words that end as ordinals do but are none, and short or empty words
  it.each(['first-class', 'fifths', 'twentyish', 'twentyfirsts', 'east', 'and', 'month', 'third-party', 'st', 'th', '', '1', '21', '1s', '2n', 'Committee'])('%j', (w) => {
    expect(isOrdinal(w)).toBe(false);
    expect(ORDINAL.test(w)).toBe(false);
  });
});

describe('ordinalAsWritten', () => {
  it.each([
    ['sixtysecond', 'sixty-second'],
    ['Fiftythird', 'Fifty-third'],
    ['sixty-second', 'sixty-second'],
    ['twelfth', 'twelfth'],
    ['21st', '21st'],
    ['twentyish', 'twentyish'],
  ])('%s -> %s', (w, written) => expect(ordinalAsWritten(w)).toBe(written));
});
