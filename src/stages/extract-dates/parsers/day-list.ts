import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(`\\b(\\d{1,2})(?=(?:,\\s{0,5}\\d{1,2}){0,31}(?:,\\s{0,5}|,?\\s{1,5}and\\s{1,5})\\d{1,2}\\s{1,5}${MONTH_PATTERN}(?:\\s{1,5}((?:19|20)\\d\\d))?\\b)`, 'i');

/**
 * Separate sittings listed before one month (`on 8, 9, 10 and 13 October`): each day is its
 * own date. The pattern matches one day at a time; the month (and year) come from the lookahead.
 */
export const dayListParser: Parser = {
  // The lookahead is tried at every number: the list (at most 31 days) and its gaps are bounded so
  // that a long run of numbers with no month after it costs linear time, not quadratic.
  pattern: () => PATTERN,
  extract: (_ctx, m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { day, month: monthNumber(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
  },
};
