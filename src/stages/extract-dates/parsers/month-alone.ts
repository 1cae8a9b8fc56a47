import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from '../../../text/months.js';

const QUALIFIER = '(?:early\\s+|late\\s+|mid-)?';
// built once: chrono asks for the pattern on every parse
const PATTERN = new RegExp(`\\b(?:(?:in|since|until|by|during|from|before|after|through|(between))\\s+${QUALIFIER}|early\\s+|late\\s+|mid-|(last)\\s+|(the\\s+(?:end|beginning|start|middle)\\s+of\\s+))${MONTH_PATTERN}\\b(?![\\s,]*\\d)`, 'i');
/** A second month joined to the first (`and February`, `to early June`), and a year after it if one is written. */
const JOINED = new RegExp(`^\\s*(and|to|until|through|-|–)\\s*${QUALIFIER}${MONTH_PATTERN}\\b(?:\\s+((?:19|20)\\d\\d)\\b)?`, 'i');

/** Tag of a result whose year is the last before the document's date (`last July`): the closest-year refiner leaves it. */
export const BEFORE_REFERENCE = 'month-alone/before-reference';

/**
 * A month named without a year or a day (`in March`, `since January`, `early October`,
 * `mid-December`, `last July`, `by the end of October`): the month of the year the document makes certain (left out when
 * none does); `last July` is the last July before the document's date. A word before it must say
 * it is a time, so that `May` the verb never reads as a month.
 *
 * A second month may follow. Two months a range joins (`from April to June`, `between September
 * and December`, `in December and early January`: `and` joins a range after `between`, or two
 * consecutive months) are one range of the same uncertain year; `between` names no month alone.
 * Where a year follows the second, the month-range parser reads the range; where `and` joins two
 * months that are no range (`in May and September 2024`), the first takes the year written after
 * the second. Two months with no year and no range (`maximums in March and December`) are as
 * often a season of every year as dates, and are left out.
 */
export const monthAloneParser: Parser = {
  pattern: () => PATTERN,
  extract: (ctx, m) => {
    const [, between, last, part, name] = m;
    const month = monthNumber(name);
    const end = m.index! + m[0].length;
    const joined = JOINED.exec(ctx.text.slice(end, end + 40));
    if (between && !joined) return null; // `between January and 20 March`: the day-range parsers' or none
    if (joined) {
      const [text, join, second, written] = joined;
      const endMonth = monthNumber(second);
      const range = !!between || join.toLowerCase() !== 'and' || endMonth === (month % 12) + 1;
      if (written) {
        // a range is the month-range parser's (it reads the longer text); a list shares the year
        const year = month <= endMonth ? Number(written) : Number(written) - 1;
        return range ? null : { month, year };
      }
      // two months of no range and no year (`in March and December`) are as often a season of
      // every year as dates: neither is read
      return range ? monthRange(ctx, m.index!, m[0] + text, month, endMonth) : null;
    }
    // `by the end of October`: the month is the date, as `early October` is
    if (part) return ctx.createParsingResult(m.index! + part.length, name, { month });
    if (!last) return { month };
    // `last July`: the last one before the reference, which the closest-year refiner must not move
    const ref = ctx.refDate;
    const result = ctx.createParsingResult(m.index!, m[0], { month });
    result.start.imply('year', month < ref.getMonth() + 1 ? ref.getFullYear() : ref.getFullYear() - 1);
    result.addTag(BEFORE_REFERENCE);
    return result;
  },
};

/** Two months and no year: the year is the reference's (the closest-year refiner moves both ends together). */
function monthRange(ctx: ParsingContext, index: number, text: string, startMonth: number, endMonth: number) {
  const year = ctx.refDate.getFullYear();
  const result = ctx.createParsingResult(index, text, { month: startMonth }, { month: endMonth });
  result.start.imply('year', startMonth <= endMonth ? year : year - 1);
  result.end!.imply('year', year);
  return result;
}
