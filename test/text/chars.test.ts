import { describe, expect, it } from 'vitest';
import { isLetter, isLetterOrNumber, isLowerLetter } from '../../src/text/chars.js';

// each answer must be the regular expression's, ASCII read by code or not
const SAMPLES = ['a', 'Z', 'é', 'Ж', '中', '0', '9', '٣', 'Ⅻ', '-', ' ', '’', '_', '@', '\u00a0', ''];

describe('character tests agree with their regular expressions', () => {
  it.each(SAMPLES)('%j', (c) => {
    const arg = c === '' ? undefined : c;
    expect(isLetterOrNumber(arg)).toBe(c !== '' && /[\p{L}\p{N}]/u.test(c));
    expect(isLetter(arg)).toBe(c !== '' && /\p{L}/u.test(c));
    expect(isLowerLetter(arg)).toBe(c !== '' && /\p{Ll}/u.test(c));
  });
});
