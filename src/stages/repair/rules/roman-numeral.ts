import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** Words a report numbers with roman numerals: `Part II`, `chapter III`, `annex II`, `section IV`. */
const NUMBERED = /^(?:part|chapter|section|annex|title|volume|book|table|figure|appendix|schedule)$/i;
/** Two or three strokes of a roman numeral as OCR reads them: `IL`, `Il`, `lI`, `ll` for `II`; no digit (`chapter 11` is a number). */
const STROKES = /^[IlL]{2,3}$/;

/**
 * The numeral of a part, chapter, section or annex, its strokes read as small or capital L
 * (`section IL` -> `section II`, `Chapter Il` -> `Chapter II`): after such a word no word and no
 * name is written with these letters alone, and the numeral keeps its length.
 */
export function romanNumeralRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!STROKES.test(t.core) || /^I+$/.test(t.core) || !NUMBERED.test(tokens[i - 1].text)) continue;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + t.core.length }, text: 'I'.repeat(t.core.length), rule: 'repair/roman-numeral' });
  }
  return edits;
}

export const romanNumeralRule: RepairRule = { id: 'repair/roman-numeral', apply: romanNumeralRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/roman-numeral': true;
  }
}
