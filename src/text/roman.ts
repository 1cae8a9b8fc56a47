/** A Roman numeral in lower case up to 39 (`ii`, `iv`, `xii`): lists and chapters are numbered by them. */
export const ROMAN_NUMERAL = /^(?=[ivxl]+$)x{0,3}(?:ix|iv|v?i{0,3})$/;

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** The value of a numeral `ROMAN_NUMERAL` accepts, in either case (`IV` -> 4, `xii` -> 12). */
export function romanValue(numeral: string): number {
  const lower = numeral.toLowerCase();
  let value = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_DIGITS[lower[i]];
    const next = ROMAN_DIGITS[lower[i + 1]] ?? 0;
    value += v < next ? -v : v;
  }
  return value;
}
