import type { Refiner } from 'chrono-node';

/**
 * Replaces chrono's UnlikelyFormatFilter, which drops every result made only of digits and so
 * every bare year; impossible dates are still dropped.
 */
export const validDatesRefiner: Refiner = {
  refine: (_ctx, results) => results.filter((r) => r.start.isValidDate() && (!r.end || r.end.isValidDate())),
};
