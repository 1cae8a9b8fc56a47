import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** How often general English must write "I" before the next word (`I am`: 207, `I will`: 55; `I per`, `I billion`: never). */
const AFTER_I = 10;
/** ...and after the word before (`and I`: 296, `that I`: 152; `the I`, `of I`, `annex I`: never). */
const BEFORE_I = 10;

/**
 * The pronoun "I" read as the digit `1` (`and 1 will`, `1 have the honour`): a bare `1` before a
 * lower-case word that general English writes after "I" far more than a number ever stands
 * before it, where the word before it is one English writes before "I", or a sentence or clause
 * ends there. Only general English's word pairs are asked: a batch of reports writes `annex I`,
 * `chapter I` (the numeral) everywhere.
 */
export function pronounIRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  const pairs = ctx.knowledge.pairs;
  const count = (pair: string) => pairs.get(pair) ?? 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== '1') continue;
    const next = tokens[i + 1];
    if (!/^\p{Ll}+$/u.test(next.core) || next.coreStart !== next.start || count(`i ${next.core}`) < AFTER_I) continue;
    const prev = tokens[i - 1];
    const boundary = !prev || /[.!?;:,"”’)]$/.test(prev.text) || /\n/.test(ctx.doc.text.slice(prev.end, t.start));
    const before = prev && prev.text === prev.core && /^\p{L}+$/u.test(prev.core) && count(`${prev.core.toLowerCase()} i`) >= BEFORE_I;
    if (boundary || before) edits.push({ range: { start: t.start, end: t.end }, text: 'I', rule: 'repair/pronoun-i' });
  }
  return edits;
}

export const pronounIRule: RepairRule = { id: 'repair/pronoun-i', apply: pronounIRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/pronoun-i': true;
  }
}
