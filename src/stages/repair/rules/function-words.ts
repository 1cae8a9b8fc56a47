import type { Edit } from '../../../core/types.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { fairDistance, pairSides, vouchingSides, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** The short words a report is made of; a bad scan misreads them most (`ot`, `te`, `tor`, `dhe`). */
const ENGLISH_FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by', 'is', 'it', 'its', 'at', 'as', 'be', 'are', 'from', 'that', 'this', 'was', 'or', 'has', 'have', 'will', 'also', 'an', 'which', 'their', 'were', 'not'];
/** A two-letter token this common is a word in its own right. */
const COMMON_TWO_LETTER_FREQ = 10000;
/** A token of three letters this common is a word (`aid`, `ion`), not a misreading. */
const REAL = 100;
/**
 * Below this count a word of three letters is rare enough to be a function word misread (`tor`, a
 * hill, for `for`; `nat`), but it stands as a rival reading of itself: its own neighbours must fit
 * the function word clearly better (`support tor 25`) than the word (`ere she arrived` stays).
 * (`net`, `tha` are commoner: they stay.)
 */
const RARE = 500;
/** The reading written costs at most one cheap confusion of letters alike in shape (`t`/`f`, `e`/`o`). */
const MAX_COST = 0.5;
/**
 * Readings up to one plain edit away are its rivals: `io` is one cheap confusion from `to` and one
 * plain edit from `in`, and the neighbours must choose between them.
 */
const RIVAL_COST = 1;
/** How much better (log10 pair counts less the cost) the reading must fit than its nearest rival. */
const MARGIN = 0.5;

/**
 * In a noisy scan only: a two- or three-letter token that is no common word read as the function
 * word it is one cheap letter confusion from (`ot` -> `of`, `te` -> `to`, `fer` -> `for`), where a
 * known neighbour has been seen beside that word (general English and the batch) and it fits its
 * neighbours clearly better than any other function word up to a plain edit away. A token longer
 * than the word is a shred of a longer one (`ies`, `ing`, `ber`), and is left.
 */
export function functionWordRepairs(ctx: RepairContext): Edit[] {
  if (!ctx.noisy) return [];
  const edits: Edit[] = [];
  const readings = new Map<string, { word: string; cost: number }[]>();
  const distance = fairDistance(ctx);
  const cores = ctx.tokens.map((t) => t.core);
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    // `de`, `et` and `la` between `Comité` and `Croix-Rouge` are French, however bad the scan
    // (four-letter shreds are as often a longer word cut short as a function word: `ther`, `dill`)
    if (!/^[a-z]{2,3}$/.test(core) || inForeignPhrase(cores, i, 3, 2)) return;
    // common two-letter words, and longer words in their own right (`aid`, `ion`), stay
    const frequency = ctx.knowledge.listFrequency(core);
    if (frequency >= (core.length === 2 ? COMMON_TWO_LETTER_FREQ : RARE)) return;
    const real = core.length === 3 && frequency >= REAL;
    let near = readings.get(core);
    if (!near) {
      near = ENGLISH_FUNCTION_WORDS.filter((w) => core.length <= w.length).map((word) => ({ word, cost: distance(core, word) })).filter((r) => r.cost <= RIVAL_COST);
      readings.set(core, near);
    }
    if (!near.some((r) => r.cost <= MAX_COST)) return;
    const { left, right } = vouchingSides(ctx, i);
    if (!left && !right) return;
    let best: { word: string; cost: number; seen: boolean; fit: number } | undefined;
    let second = -Infinity;
    for (const r of real ? [...near, { word: core, cost: 0 }] : near) {
      const p = pairSides(ctx, left, r.word, right);
      const fit = Math.log10(1 + p.left) + Math.log10(1 + p.right) - r.cost;
      const seen = (!!left && p.left >= 1) || (!!right && p.right >= 1);
      if (!best || fit > best.fit) {
        if (best) second = best.fit;
        best = { ...r, seen, fit };
      } else second = Math.max(second, fit);
    }
    if (!best || best.word === core || best.cost > MAX_COST || !best.seen || best.fit - second < MARGIN) return;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: best.word, rule: 'repair/function-word' });
  });
  return edits;
}

export const functionWordRule: RepairRule = { id: 'repair/function-word', apply: functionWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/function-word': true;
  }
}
