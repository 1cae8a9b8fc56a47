import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(
  `\\b${MONTH_PATTERN}(?:\\s+((?:19|20)\\d\\d))?\\s*(?:-|–|to|and|until|through)\\s*(?:early\\s+|late\\s+|mid-)?${MONTH_PATTERN}\\s+((?:19|20)\\d\\d)\\b`, 'i');

/**
 * `from March to June 2025`, `January and February 1998`, `December 1997 and January 1998`,
 * `between September and December 2024`: a range of months, one entity with both ends.
 */
export const monthRangeParser: Parser = {
  pattern: () => PATTERN,
  extract: (ctx, m) => {
    const endYear = Number(m[4]);
    const startMonth = monthNumber(m[1]);
    const endMonth = monthNumber(m[3]);
    const startYear = m[2] ? Number(m[2]) : startMonth <= endMonth ? endYear : endYear - 1;
    const months = endYear * 12 + endMonth - (startYear * 12 + startMonth);
    // "June and September" are two months, not a range; "December and January" are consecutive;
    // after "between", "and" joins the ends of a range ("between September and December 2024")
    const between = /\bbetween\s+(?:early\s+|late\s+|mid-)?$/i.test(ctx.text.slice(Math.max(0, m.index! - 16), m.index));
    if (months <= 0 || (/\band\b/i.test(m[0]) && months !== 1 && !between)) return null;
    return ctx.createParsingResult(m.index!, m[0], { year: startYear, month: startMonth }, { year: endYear, month: endMonth });
  },
};
