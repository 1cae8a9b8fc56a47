import type { Edit } from '../../../core/types.js';
import { onceBy } from '../../../resources/once.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/**
 * Words this common (list count: `the`, `have`, `here`, `very`, `great`, `because`) have no
 * accented spelling in English: an accent on them is an engine trained on other languages
 * seeing one in a speck (`thé`, `hâve`, `gréât`). Rarer words have real ones (`rosé`, `résumé`,
 * `défense` in a French name), so they are left as printed.
 */
const MIN_FREQ = 20_000;

/** Marks a letter carries, once the letter is decomposed (NFD). */
const MARKS = /[\u0300-\u036f]/g;

/**
 * One of the commonest English words printed with accents an OCR engine added (`thé` -> `the`,
 * `Thé` -> `The`, `hère` -> `here`): a token of letters, lower case or capitalised, that no
 * lexicon knows as written and that is such a word without its marks. Passages in other
 * languages are left to themselves by the repair stage (a French `thé` is tea).
 */
export function strayAccentRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { knowledge } = ctx;
  // each distinct token is read once
  const readingOf = onceBy((core: string) => {
    const bare = core.normalize('NFD').replace(MARKS, '');
    return /^[A-Za-z][a-z]+$/.test(bare) && !knowledge.isLexical(core) && knowledge.listFrequency(bare) >= MIN_FREQ ? bare : undefined;
  });
  for (const t of ctx.tokens) {
    const core = t.core;
    // (ASCII tokens, the most, are passed by one test)
    if (core.length < 2 || /^[\x00-\x7f]*$/.test(core)) continue;
    const reading = readingOf(core);
    if (reading) edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: reading, rule: 'repair/stray-accent' });
  }
  return edits;
}

export const strayAccentRule: RepairRule = { id: 'repair/stray-accent', apply: strayAccentRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/stray-accent': true;
  }
}
