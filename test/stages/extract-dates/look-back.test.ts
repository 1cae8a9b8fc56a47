import { describe, expect, it } from 'vitest';
import { lookBack } from '../../../src/stages/extract-dates/look-back.js';

describe('lookBack', () => {
  it.each([
    ['inside the window', 'abcdefghij', 'XYZ', 8, 3, 'fgh'],
    ['reaching into the paragraph before the window', 'abcdefghij', 'XYZ', 2, 4, 'YZab'],
    ['past the paragraph start: as much as there is', 'abcdefghij', 'XYZ', 2, 10, 'XYZab'],
    ['with nothing before the window', 'abcdefghij', undefined, 2, 4, 'ab'],
  ])('%s', (_, text, before, index, n, expected) => {
    expect(lookBack({ text, option: before === undefined ? {} : { before } as object }, index, n)).toBe(expected);
  });
});
