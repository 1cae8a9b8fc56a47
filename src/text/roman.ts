/** A Roman numeral in lower case up to 39 (`ii`, `iv`, `xii`): lists and chapters are numbered by them. */
export const ROMAN_NUMERAL = /^(?=[ivxl]+$)x{0,3}(?:ix|iv|v?i{0,3})$/;
