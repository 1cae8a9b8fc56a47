import type { ParsingComponents, Refiner } from 'chrono-node';

/** Years a report can date a day or month in: from its history (`1648`) to its furthest projections (`2100`). A scan's `14 June 2731` is a misread `2031`. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2100;

const plausible = (c: ParsingComponents) => {
  const year = c.get('year');
  return c.isValidDate() && (year === null || (year >= FIRST_YEAR && year <= LAST_YEAR));
};

/**
 * Replaces chrono's UnlikelyFormatFilter, which drops every result made only of digits and so
 * every bare year; impossible dates (`31 February`, a year no report dates things in) are still dropped.
 */
export const validDatesRefiner: Refiner = {
  refine: (_ctx, results) => results.filter((r) => plausible(r.start) && (!r.end || plausible(r.end))),
};
