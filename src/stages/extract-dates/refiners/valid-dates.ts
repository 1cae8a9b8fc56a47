import type { ParsingComponents, Refiner } from 'chrono-node';

/** Years a report can date a day or month in: from its history (`1648`) to its furthest projections (`2100`). A scan's `14 June 2731` is a misread `2031`. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2100;

/**
 * chrono gives a date whose day is not written the reference's day: after a header of 31 January,
 * `November 2024` is 31 November, which is no date, and was dropped (a bare year after 29 February
 * too). Such a day is the first of its month; a day the text writes is left as it is.
 */
const settleUnwrittenDay = (c: ParsingComponents) => {
  if (!c.isCertain('day') && !c.isValidDate()) c.imply('day', 1);
};

const plausible = (c: ParsingComponents) => {
  settleUnwrittenDay(c);
  const year = c.get('year');
  return c.isValidDate() && (year === null || (year >= FIRST_YEAR && year <= LAST_YEAR));
};

/**
 * Replaces chrono's UnlikelyFormatFilter, which drops every result made only of digits and so
 * every bare year; impossible dates (`31 February`, a year no report dates things in) are still
 * dropped, but not a month or a year that only the day implied from the reference made impossible.
 */
export const validDatesRefiner: Refiner = {
  refine: (_ctx, results) => results.filter((r) => plausible(r.start) && (!r.end || plausible(r.end))),
};
