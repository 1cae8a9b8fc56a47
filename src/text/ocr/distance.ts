import { CONFUSIONS, COST, type Confusion } from './confusions.js';

/**
 * Shapes a badly degraded scan also merges (strokes run together or break apart): costlier than
 * the confusions of a fair scan, cheaper than an arbitrary letter. Measured on the heavy dev
 * scans (`Genetal`, `Conimuttee`, `Teriteries`), used only when reading a word far from its print.
 */
const DEGRADED: Confusion[] = ([
  ['r', 't', 0.6], ['n', 'h', 0.6], ['s', 'e', 0.7], ['tt', 'u', 0.6], ['ll', 'u', 0.6], ['rn', 'in', 0.5],
] as const).flatMap(([a, b, cost]) => [{ from: a, to: b, cost }, { from: b, to: a, cost }]);

/** The confusions of a fair scan, one character for one: what short words are read by. */
export const FAIR_LETTER_CONFUSIONS: readonly Confusion[] = CONFUSIONS.filter((c) => c.from.length === 1 && c.to.length === 1);
/** Every confusion, degraded shapes and runs of strokes included: what far readings are measured by. */
export const DEGRADED_CONFUSIONS: readonly Confusion[] = [...CONFUSIONS, ...DEGRADED];

/** Candidate words whose masks a distance keeps, at most (then it starts again). */
const WORD_MASKS_LIMIT = 100000;

/** How far what the scan shows (`observed`) is from `word`, both lower case. */
export type OcrDistance = (observed: string, word: string) => number;

/**
 * A weighted edit distance over `confusions`: a plain edit costs about 1, a confusion of shapes
 * less, a run of strokes read as another run (`rn` for `m`) one step. Hand-written: the npm
 * distances weigh every letter alike. Each distance owns its scratch table and its words' masks, so two never share them.
 */
export function createOcrDistance(confusions: readonly Confusion[]): OcrDistance {
  const single = new Map<number, number>();
  const multi: Confusion[] = [];
  for (const c of confusions) {
    if (c.from.length === 1 && c.to.length === 1) {
      const key = (c.from.charCodeAt(0) << 16) | c.to.charCodeAt(0);
      single.set(key, Math.min(single.get(key) ?? 1, c.cost));
    } else if (/^[a-z]+$/.test(c.from + c.to) && multi.length < 32) {
      multi.push(c);
    }
  }
  /** For each end position of `s`, a bit per multi-letter pattern (its `side`) that ends there. */
  const endMasks = (s: string, side: 'from' | 'to'): Int32Array => {
    const masks = new Int32Array(s.length + 1);
    multi.forEach((c, id) => {
      const p = c[side];
      for (let k = s.indexOf(p); k >= 0; k = s.indexOf(p, k + 1)) masks[k + p.length] |= 1 << id;
    });
    return masks;
  };
  // substitution costs of ASCII pairs in a table (NaN: none), read for every cell; others in the map
  const ascii = new Float64Array(128 * 128).fill(Number.NaN);
  for (const [key, cost] of single) if ((key >>> 16) < 128 && (key & 0xffff) < 128) ascii[((key >>> 16) << 7) | (key & 0xffff)] = cost;
  const substitution = (a: number, b: number): number => {
    const known = a < 128 && b < 128 ? ascii[(a << 7) | b] : single.get((a << 16) | b) ?? Number.NaN;
    return Number.isNaN(known) ? COST.substitute : known;
  };
  let cells = new Float64Array(32 * 32);
  // one observed word is measured against many candidates in a row: its masks are made once
  let lastObserved = '';
  // ...and the candidates recur from word to word: theirs are kept (a vocabulary's worth at most)
  const wordMasks = new Map<string, Int32Array>();
  let lastFrom: Int32Array = new Int32Array(1);
  return (observed, word) => {
    const n = observed.length;
    const m = word.length;
    const w = m + 1;
    if (cells.length < (n + 1) * w) cells = new Float64Array((n + 1) * w * 2);
    if (observed !== lastObserved) {
      lastFrom = endMasks(observed, 'from');
      lastObserved = observed;
    }
    const from = lastFrom;
    let to = wordMasks.get(word);
    if (!to) {
      if (wordMasks.size >= WORD_MASKS_LIMIT) wordMasks.clear();
      wordMasks.set(word, (to = endMasks(word, 'to')));
    }
    for (let j = 0; j <= m; j++) cells[j] = j * COST.insert;
    for (let i = 1; i <= n; i++) {
      const a = observed.charCodeAt(i - 1);
      cells[i * w] = i * COST.delete;
      for (let j = 1; j <= m; j++) {
        const b = word.charCodeAt(j - 1);
        const sub = a === b ? 0 : substitution(a, b);
        let best = Math.min(cells[(i - 1) * w + j - 1] + sub, cells[(i - 1) * w + j] + COST.delete, cells[i * w + j - 1] + COST.insert);
        for (let bits = from[i] & to[j]; bits; bits &= bits - 1) {
          const c = multi[31 - Math.clz32(bits & -bits)];
          best = Math.min(best, cells[(i - c.from.length) * w + j - c.to.length] + c.cost);
        }
        cells[i * w + j] = best;
      }
    }
    return cells[n * w + m];
  };
}

/**
 * The two words of a closed list (months, tens of ordinals) nearest to `observed`, nearest first,
 * each with its distance per letter of the longer of the two: a reading is taken only when it is
 * near enough, and clearly nearer than the runner-up.
 */
export function nearestTwo(distance: OcrDistance, observed: string, words: readonly string[]): [{ word: string; d: number }, { word: string; d: number }] {
  const [best, second] = words
    .map((word) => ({ word, d: distance(observed, word) / Math.max(observed.length, word.length) }))
    .sort((a, b) => a.d - b.d);
  return [best, second];
}
