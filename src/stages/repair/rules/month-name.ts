import type { Edit } from '../../../core/types.js';
import { MONTHS, MONTH_WORD } from '../../../text/months.js';
import { clearlyNearest } from '../../../text/ocr/distance.js';
import { degradedDistance, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** The farthest a misread month name may be from its reading (OCR distance per letter). */
const MAX_DISTANCE = 0.35;
/** How much nearer (per letter) than the next month the reading must be (`Necember` is 0.125 from December, 0.181 from November: it stays). */
const MARGIN = 0.06;
/** A token this short has months at every turn: it needs both a day before it and a year after it. */
const SHORT = 4;

const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A month name misread between a day and a year (`28 Qotoher`, `3 Aprit 2025`, `Septeraber 2024`):
 * where a day stands before a token or a year after it, an unknown word reads as the month
 * nearest by OCR distance, if clearly nearer than the others. Dates are what a report is read for,
 * and the word rules alone read `Qotoher` as `Other`. A word of the lexicon stays (`5 Match 2024`
 * is left for the reader), as does a token of four letters or fewer with only one side of the date.
 */
export function monthNameRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (a word after a bracket is no month: `Goal 8 (Decemt work`)
    if (!/^[A-Za-z]{3,10}$/.test(t.core) || t.coreStart !== t.start) continue;
    const dayBefore = i > 0 && DAY.test(tokens[i - 1].text) && ctx.doc.text.slice(tokens[i - 1].end, t.start) === ' ';
    const yearAfter = i + 1 < tokens.length && YEAR.test(tokens[i + 1].core);
    if (!(t.core.length <= SHORT ? dayBefore && yearAfter : dayBefore || yearAfter)) continue;
    if (MONTH_WORD.test(t.core) || ctx.knowledge.isLexical(t.core)) continue;
    const lower = t.core.toLowerCase();
    const month = clearlyNearest(degradedDistance(ctx), lower, MONTHS, MAX_DISTANCE, MARGIN);
    if (!month) continue;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + t.core.length }, text: month[0].toUpperCase() + month.slice(1), rule: 'repair/month-name' });
  }
  return edits;
}

export const monthNameRule: RepairRule = { id: 'repair/month-name', apply: monthNameRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/month-name': true;
  }
}
