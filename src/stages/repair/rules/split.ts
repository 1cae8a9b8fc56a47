import type { Edit } from '../../../core/types.js';
import { isProtected } from '../../../text/protected.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

const MIN_PART_FREQ = 2000;
/** One part of a run-together pair is a short word (`in`, `the`, `and`). */
const MAX_SHORT_PART = 3;

const MAX_RUN = 40;

/** Words run together: `inthe` -> `in the`, when both parts are common words, one of them short, and the whole is not a word. */
export function splitRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const t of ctx.tokens) {
    const w = t.core;
    // lower case only: a capitalised unknown word is a name (`Holl`), not two words run together
    // (two words run together are short: a longer run is junk, and each split point would cost a look-up)
    if (w.length < 4 || w.length > MAX_RUN || !/^\p{Ll}+$/u.test(w) || isProtected(t.text, w) || ctx.knowledge.isKnown(w)) continue;
    if (!ctx.work.spend(4 * w.length, 'repair', t.start)) break;
    let best: { at: number; score: number } | undefined;
    for (let at = 1; at < w.length; at++) {
      const left = ctx.lexicon.get(w.slice(0, at));
      const right = ctx.lexicon.get(w.slice(at));
      if (!left || !right || left.freq < MIN_PART_FREQ || right.freq < MIN_PART_FREQ) continue;
      if (!ctx.knowledge.isLexical(w.slice(0, at)) || !ctx.knowledge.isLexical(w.slice(at))) continue;
      const one = (x: string) => x.length === 1 && !/^[aI]$/i.test(x);
      if (one(w.slice(0, at)) || one(w.slice(at))) continue;
      // two content words written as one are a compound (`policymaking`, `workplan`): a lost space sits by a short word
      if (at > MAX_SHORT_PART && w.length - at > MAX_SHORT_PART) continue;
      const score = Math.min(left.freq, right.freq);
      if (!best || score > best.score) best = { at, score };
    }
    if (best) edits.push({ range: { start: t.coreStart, end: t.coreStart + w.length }, text: `${w.slice(0, best.at)} ${w.slice(best.at)}`, rule: 'repair/split' });
  }
  return edits;
}

export const splitRule: RepairRule = { id: 'repair/split', offByDefault: 'right 1% of the time on the dev, second dev and public sets (two words written as one are mostly a compound or a name)', apply: splitRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/split': true;
  }
}
