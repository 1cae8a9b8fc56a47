import type { ParsedComponents, Refiner } from 'chrono-node';
import { BEFORE_REFERENCE } from '../parsers/month-alone.js';

const DAY = 86_400_000;
/**
 * A report reports what has happened: a date after the document's own counts as this many times as
 * far as one before it. In the gold of the dev and second dev sets, every date whose year is
 * inferred falls on or before its document's date; measured as the same distance both ways, a
 * report of 29 July read `In January` as the January to come.
 */
const FUTURE_WEIGHT = 2;

/**
 * A date without a year takes the year that puts it closest to the document's own date (a report
 * dated January 2025 that says `27 October` means October 2024), the past nearer than the future
 * (`FUTURE_WEIGHT`); chrono's own parsers take the plainly closest year, and ours give the
 * reference year as it is, so both are moved here. Both ends of a range move
 * together. A month said to be before the document's date (`last July`) keeps its year.
 */
export const closestYearRefiner: Refiner = {
  refine: (ctx, results) => {
    const ref = ctx.refDate.getTime();
    for (const r of results) {
      if (r.start.isCertain('year') || r.end?.isCertain('year') || r.tags().has(BEFORE_REFERENCE)) continue;
      const year = r.start.get('year')!;
      // a month with no day written is placed at its middle (chrono implies the reference's day, which
      // put `in October` exactly as far from a report of 1 April before it as after it)
      const at = (y: number, c: ParsedComponents) => Date.UTC(y, (c.get('month') ?? 1) - 1, c.isCertain('day') ? c.get('day')! : 15);
      // a range is placed by its middle (`between September and March` in a report of April is the
      // winter just past, though its September is as near the next one)
      const end = r.end;
      const span = end ? at(end.get('year')!, end) - at(year, r.start) : 0;
      const middle = (y: number) => at(y, r.start) + span / 2;
      const far = (y: number) => (middle(y) > ref ? FUTURE_WEIGHT * (middle(y) - ref) : ref - middle(y));
      const best = [year - 1, year, year + 1].reduce((b, y) => (far(y) < far(b) ? y : b), year);
      if (best === year || Math.abs(at(best, r.start) - at(year, r.start)) < DAY) continue;
      r.start.imply('year', best);
      if (r.end) r.end.imply('year', r.end.get('year')! + best - year);
    }
    return results;
  },
};
