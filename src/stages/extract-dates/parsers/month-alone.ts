import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(`\\b(?:(?:in|since|until|by|during|from|before|after|through)\\s+(?:early\\s+|late\\s+|mid-)?|early\\s+|late\\s+|mid-|last\\s+)${MONTH_PATTERN}\\b(?![\\s,]*\\d)(?!\\s*(?:and|to|[-–])\\s*(?:early\\s+|late\\s+|mid-)?${MONTH_PATTERN})`, 'i');

/**
 * A month named without a year or a day (`in March`, `since January`, `early October`,
 * `mid-December`, `last July`): the month of the year the document makes certain (left out when
 * none does). A word before it must say it is a time, so that `May` the verb never reads as a month.
 */
export const monthAloneParser: Parser = {
  pattern: () => PATTERN,
  extract: (_ctx, m) => ({ month: monthNumber(m[1]) }),
};
