import type { Edit } from '../../../core/types.js';
import { fairDistance, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { inForeignPhrase } from '../../../text/foreign.js';

/** The short words a report is made of; a bad scan misreads them most (`ot`, `te`, `tor`, `dhe`). */
const ENGLISH_FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by', 'is', 'it', 'its', 'at', 'as', 'be', 'are', 'from', 'that', 'this', 'was', 'or', 'has', 'have', 'will', 'also', 'an', 'which', 'their', 'were', 'not'];
/** A two-letter token this common is a word in its own right. */
const COMMON_TWO_LETTER_FREQ = 10000;
/** A token of three or four letters this common is a word (`land`, `aid`), not a misreading. */
const REAL = 100;
/** The best reading must cost at most this, and beat the next by `MARGIN` (frequency included). */
const MAX_COST = 1;
const MARGIN = 0.15;
const FREQ_WEIGHT = 0.1;

/**
 * In a noisy scan only: a short lower-case token that is not a common word is read as the
 * function word it is nearest to, by OCR-weighted distance and how common the word is
 * (`ot` -> `of`, `tor` -> `for`, `dhe` -> `the`). In clean text these tokens are abbreviations and
 * foreign words, and nothing changes.
 */
export function functionWordRepairs(ctx: RepairContext): Edit[] {
  if (!ctx.noisy) return [];
  const edits: Edit[] = [];
  const cache = new Map<string, string | undefined>();
  const distance = fairDistance(ctx);
  const cores = ctx.tokens.map((t) => t.core);
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    // `de`, `et` and `la` between `Comité` and `Croix-Rouge` are French, however bad the scan
    // (four-letter shreds are as often a longer word cut short as a function word: `ther`, `dill`)
    if (!/^[a-z]{2,3}$/.test(core) || inForeignPhrase(cores, i, 3, 2)) return;
    // common two-letter words, and longer words in their own right (`land`, `band`, `aid`), stay
    const frequency = ctx.knowledge.listFrequency(core);
    if (frequency >= (core.length === 2 ? COMMON_TWO_LETTER_FREQ : REAL)) return;
    if (!cache.has(core)) {
      const ranked = ENGLISH_FUNCTION_WORDS
        .map((w) => ({ w, cost: distance(core, w) }))
        .map((c) => ({ ...c, r: c.cost - FREQ_WEIGHT * Math.log10(1 + ctx.knowledge.listFrequency(c.w)) }))
        .sort((a, b) => a.r - b.r);
      const [best, second] = ranked;
      cache.set(core, best.cost <= MAX_COST && (!second || second.r - best.r >= MARGIN) ? best.w : undefined);
    }
    const to = cache.get(core);
    if (to) edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: to, rule: 'repair/function-word' });
  });
  return edits;
}

export const functionWordRule: RepairRule = {
  id: 'repair/function-word',
  offByDefault: 'right 85% of the time on the noisy dev and second dev scans (a shred of a longer word reads as a function word as often as not); asking both neighbours to be words raised it only to 88%',
  apply: functionWordRepairs,
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/function-word': true;
  }
}
