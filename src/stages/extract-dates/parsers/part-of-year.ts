import type { Parser } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(
  `\\b(?:(?:mid|early|late)-((?:19|20)\\d\\d)|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+((?:19|20)\\d\\d)|Q([1-4])\\s+((?:19|20)\\d\\d)|(?:mid|early|late)-${MONTH_PATTERN}\\s+((?:19|20)\\d\\d))(?![\\w/-])`,
  'i',
);

/**
 * A year or a month named by a part of it: `mid-2015`, `early 2020` read as the year (the
 * bare-year parser leaves a year after a hyphen alone, as in symbols), `mid-October 2024` as the
 * month (the month-year parser leaves a month after a hyphen alone, as in ranges), and `the
 * second quarter of 2022`, `Q2 2022` as the range of its three months.
 */
export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract: (ctx, m) => {
    if (m[1]) return ctx.createParsingResult(m.index!, m[0], { year: Number(m[1]) });
    if (m[6]) return ctx.createParsingResult(m.index!, m[0], { year: Number(m[7]), month: monthNumber(m[6]) });
    const quarter = m[2] ? QUARTERS[m[2].toLowerCase()] : Number(m[4]);
    const year = Number(m[3] ?? m[5]);
    return ctx.createParsingResult(m.index!, m[0], { year, month: quarter * 3 - 2 }, { year, month: quarter * 3 });
  },
};
