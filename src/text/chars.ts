const LETTER = /\p{L}/u;

/** Is `c` a letter of any script? ASCII is decided without a regular expression (hot loops call this per character). */
export function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Is `c` a letter or a number of any script (`/[\p{L}\p{N}]/u`, ASCII without a regular expression)? */
export function isLetterOrNumber(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(c);
}

const SPACE = /\s/;

/** Is the UTF-16 unit `code` white space as `/\s/` reads it? (ASCII without a regular expression.) */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 128) return false;
  return SPACE.test(String.fromCharCode(code));
}

/**
 * How many UTF-16 units the letter at `i` takes: 1, 2 for a letter beyond the Basic
 * Multilingual Plane (`/\p{L}/u` reads code points), 0 where `text[i]` starts no letter.
 */
export function letterWidthAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return LETTER.test(text[i]) ? 1 : 0;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Is the character at `i` a lower-case letter of any script? (ASCII by its code; false past the end.) */
export function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  return code >= 128 && LOWER.test(text[i]);
}

/** Is the character at `i` an upper-case letter of any script? (ASCII by its code; false past the end.) */
export function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  return code >= 128 && UPPER.test(text[i]);
}

/** Is `c` a lower-case letter of any script? (ASCII without a regular expression.) */
export function isLowerLetter(c: string | undefined): boolean {
  return !!c && isLowerAt(c, 0);
}

/** How many letters `s` starts with. */
export function leadingLetters(s: string): number {
  let i = 0;
  while (i < s.length && isLetter(s[i])) i++;
  return i;
}

/** Is `s` letters only, one at least (`/^\p{L}+$/u` read by code)? */
export const isAllLetters = (s: string): boolean => s.length > 0 && leadingLetters(s) === s.length;

/** The text with its combining marks taken off (`Côte` -> `Cote`, `Ísland` -> `Island`). */
export const withoutMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
