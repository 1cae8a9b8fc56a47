import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(
  `\\b(\\d{1,2})\\s+${MONTH_PATTERN}(?:\\s+((?:19|20)\\d\\d))?\\s*(?:-|–|—|to|until|(and))\\s*(\\d{1,2})\\s+${MONTH_PATTERN}(?:\\s+((?:19|20)\\d\\d))?\\b`, 'i');

/**
 * A range of days across months or years, one entity with both ends: `12 May–3 June 2024`,
 * `29 November–2 December`, `30 December 2024 to 2 January 2025`, `between 16 October 2024 and 15 January 2025`. The start takes the end's year
 * when it writes none (a year earlier when its month comes later: December to January), and the
 * end the start's (`between 16 October 2024 and 15 January`, where a scan lost the line with the
 * end's year): the next time its day comes.
 */
export const crossMonthRangeParser: Parser = {
  pattern: () => PATTERN,
  extract: (ctx, m) => {
    const [, d1, m1, y1, and, d2, m2, y2] = m;
    // "and" joins the ends of a range only after "between": `between 16 October 2024 and 15 January 2025`
    if (and && !/\bbetween\s+$/i.test(ctx.text.slice(Math.max(0, m.index! - 9), m.index))) return null;
    const startMonth = monthNumber(m1);
    const endMonth = monthNumber(m2);
    if (startMonth === endMonth && !y1) return null; // one month: the day-range parsers read it
    const start = { day: Number(d1), month: startMonth };
    const end = { day: Number(d2), month: endMonth };
    if (y2) {
      const endYear = Number(y2);
      const startYear = y1 ? Number(y1) : startMonth <= endMonth ? endYear : endYear - 1;
      if (startYear * 12 + startMonth > endYear * 12 + endMonth) return null;
      return ctx.createParsingResult(m.index!, m[0], { ...start, year: startYear }, { ...end, year: endYear });
    }
    if (y1) {
      const startYear = Number(y1);
      const later = endMonth > startMonth || (endMonth === startMonth && Number(d2) > Number(d1));
      return ctx.createParsingResult(m.index!, m[0], { ...start, year: startYear }, { ...end, year: later ? startYear : startYear + 1 });
    }
    // no year written: each end is implied from the reference, as chrono does for `29 December`
    if (startMonth > endMonth) return null;
    const result = ctx.createParsingResult(m.index!, m[0], start, end);
    result.start.imply('year', ctx.refDate.getFullYear());
    result.end!.imply('year', ctx.refDate.getFullYear());
    return result;
  },
};
