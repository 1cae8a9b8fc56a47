import { describe, expect, it } from 'vitest';
import { isLetter, isLetterOrNumber, isLowerLetter, isSpaceCode, letterWidthAt } from '../../src/text/chars.js';

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

describe('code-unit tests agree with their regular expressions', () => {
  it.each(['a', ' ', '\t', '\n', '\u000b', '\u001f', '\u00a0', '\u1680', '\u2007', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', '-', 'é'])('space %j', (c) => {
    expect(isSpaceCode(c.charCodeAt(0))).toBe(/\s/.test(c));
  });

  it.each([
    ['a', 1], ['é', 1], ['中', 1], ['0', 0], ['’', 0], ['-', 0],
    // beyond the Basic Multilingual Plane: a mathematical letter is two units, an emoji none
    ['𝐀', 2], ['😀', 0],
  ])('letter width of %j', (c, width) => {
    expect(letterWidthAt(`${c}x`, 0)).toBe(width);
    expect(width > 0).toBe(/^\p{L}/u.test(c));
  });
});
