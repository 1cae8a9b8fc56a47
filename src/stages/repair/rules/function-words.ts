import type { Edit } from '../../../core/types.js';
import { CONFUSIONS, COST } from '../confusions.js';
import type { RepairContext } from '../context.js';
import { inForeignPhrase } from '../../../lexicon/foreign.js';

/** The short words a report is made of; a bad scan misreads them most (`ot`, `te`, `tor`, `dhe`). */
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by', 'is', 'it', 'its', 'at', 'as', 'be', 'are', 'from', 'that', 'this', 'was', 'or', 'has', 'have', 'will', 'also', 'an', 'which', 'their', 'were', 'not'];
/** A two-letter token this common is a word in its own right. */
const COMMON = 10000;
/** A token of three or four letters this common is a word (`land`, `aid`), not a misreading. */
const REAL = 100;
/** The best reading must cost at most this, and beat the next by `MARGIN` (frequency included). */
const MAX_COST = 1;
const MARGIN = 0.15;
const FREQ_WEIGHT = 0.1;

const confusion = new Map(CONFUSIONS.filter((c) => c.from.length === 1 && c.to.length === 1).map((c) => [`${c.from}${c.to}`, c.cost]));

/** Edit distance where OCR confusions are cheap (one character each side). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i * COST.delete, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j * COST.insert;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : confusion.get(`${a[i - 1]}${b[j - 1]}`) ?? COST.substitute;
      d[i][j] = Math.min(d[i - 1][j] + COST.delete, d[i][j - 1] + COST.insert, d[i - 1][j - 1] + sub);
    }
  }
  return d[a.length][b.length];
}

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
  const cores = ctx.tokens.map((t) => t.core);
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    // `de`, `et` and `la` between `Comité` and `Croix-Rouge` are French, however bad the scan
    if (!/^[a-z]{2,4}$/.test(core) || inForeignPhrase(cores, i, 3, 2)) return;
    // common two-letter words, and longer words in their own right (`land`, `band`, `aid`), stay
    const frequency = ctx.knowledge.listFrequency(core);
    if (frequency >= (core.length === 2 ? COMMON : REAL)) return;
    if (!cache.has(core)) {
      const ranked = FUNCTION_WORDS
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
