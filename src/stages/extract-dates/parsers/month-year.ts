import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(`(?<![\\d–-]\\s?)\\b${MONTH_PATTERN}\\s+((?:19|20)\\d\\d)\\b`, 'i');

/** `July 2007`, `in December 2006`: a month of a year (the strict parsers only read full dates). */
export const monthYearParser: Parser = {
  pattern: () => PATTERN,
  extract: (_ctx, m) => ({ month: monthNumber(m[1]), year: Number(m[2]) }),
};
