import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

/**
 * Separate sittings listed before one month (`on 8, 9, 10 and 13 October`): each day is its
 * own date. The pattern matches one day at a time; the month (and year) come from the lookahead.
 */
export const dayListParser: Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2})(?=(?:,\\s*\\d{1,2})*(?:,\\s*|,?\\s+and\\s+)\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+((?:19|20)\\d\\d))?\\b)`, 'i'),
  extract: (_ctx, m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { day, month: monthNumber(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
  },
};
