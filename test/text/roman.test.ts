import { describe, expect, it } from 'vitest';
import { ROMAN_NUMERAL, romanValue } from '../../src/text/roman.js';

describe('romanValue', () => {
  it.each([
    ['i', 1], ['III', 3], ['iv', 4], ['V', 5], ['ix', 9], ['XII', 12], ['xiv', 14], ['XXXIX', 39],
  ])('%s -> %i', (numeral, value) => {
    expect(ROMAN_NUMERAL.test(numeral.toLowerCase())).toBe(true);
    expect(romanValue(numeral)).toBe(value);
  });
});
