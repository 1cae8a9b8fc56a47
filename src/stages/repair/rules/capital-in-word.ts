import type { Edit } from '../../../core/types.js';
import { onceBy } from '../../../resources/once.js';
import { soleReading, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/**
 * What a capital inside a lower-case word stands for when an engine read two thin letters as
 * one wide one: `U` for `ll`, `li`, `il`, `tl` (`WeU`, `retaUate`, `slighUly`), `H` for `ll`,
 * `li`, `il`, `ff` (`WeH`, `chHd`, `eHorts`), or either for its own small letter (`tHe`).
 */
const READINGS: Record<string, readonly string[]> = {
  U: ['ll', 'li', 'il', 'tl', 'u'],
  H: ['ll', 'li', 'il', 'ff', 'h'],
};
/** A reading this common (list count) is a word people write. */
const MIN_FREQ = 50;
/** Two letters (`aU`) are as often a shred of another word as `all` (right 3 times in 5 on all sets). */
const MIN_LENGTH = 3;

/**
 * A token of small letters (the first may be a capital) with one `U` or `H` after its first
 * letter: no word is written so, and exactly one common word comes of reading that capital as
 * the letters it is drawn like. Names written in camel case (`GitHub`, `FollowUp`) make no word
 * that way and stay; acronyms (`AU`) have no small letter.
 */
export function capitalInWordRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { knowledge } = ctx;
  // each distinct token is read once
  const readingOf = onceBy((core: string) => {
    const at = core.search(/(?<=.)[UH]/);
    return soleReading(knowledge, READINGS[core[at]].map((letters) => core.slice(0, at) + letters + core.slice(at + 1)), MIN_FREQ);
  });
  for (const t of ctx.tokens) {
    const core = t.core;
    // (three letters at least, and only the first and the U or H may be capitals: a small letter is there)
    if (core.length < MIN_LENGTH || !/^[A-Za-z][a-z]*[UH][a-z]*$/.test(core)) continue;
    const reading = readingOf(core);
    if (reading) edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: reading, rule: 'repair/capital-in-word' });
  }
  return edits;
}

export const capitalInWordRule: RepairRule = { id: 'repair/capital-in-word', apply: capitalInWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/capital-in-word': true;
  }
}
