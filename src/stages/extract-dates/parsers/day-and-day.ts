import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(`\\b(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+and\\s+(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+${MONTH_PATTERN}(?:\\s+((?:19|20)\\d\\d))?\\b`, 'i');

/**
 * Consecutive days joined by "and" are one range (`22 and 23 September 2024`); so are two
 * ranges of one month (`14–18 and 21–23 July 2025`) and any two days after "between". Separate sittings (`19, 27 and 28 May`)
 * are left to the single-date parsers.
 */
export const dayAndDayParser: Parser = {
  pattern: () => PATTERN,
  extract: (ctx, m) => {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const ranges = m[2] !== undefined || m[4] !== undefined;
    // "between 14 and 18 October" is a span whatever the days
    const between = /\bbetween\s+$/i.test(ctx.text.slice(Math.max(0, m.index! - 9), m.index));
    if (!ranges && !between && second !== first + 1) return null;
    const last = Number(m[4] ?? m[3]);
    if (first >= last || last > 31) return null;
    const month = monthNumber(m[5]);
    const year = m[6] ? { year: Number(m[6]) } : {};
    return ctx.createParsingResult(m.index!, m[0], { day: first, month, ...year }, { day: last, month, ...year });
  },
};
