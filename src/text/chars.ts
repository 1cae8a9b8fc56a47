const LETTER = /\p{L}/u;

/** Is `c` a letter of any script? ASCII is decided without a regular expression (hot loops call this per character). */
export function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}
