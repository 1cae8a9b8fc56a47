/**
 * Character confusions of OCR engines on Latin print, with their cost as an edit (a plain edit
 * costs 1). Cheap both ways: the engine confuses shapes, not directions.
 */
const PAIRS: [string, string, number][] = [
  ['rn', 'm', 0.3], ['cl', 'd', 0.3], ['li', 'h', 0.35], ['ii', 'u', 0.35], ['vv', 'w', 0.3],
  ['ri', 'n', 0.4], ['in', 'm', 0.45], ['ni', 'm', 0.45], ['iu', 'm', 0.45], ['fi', 'h', 0.5],
  ['e', 'c', 0.3], ['e', 'o', 0.45], ['a', 'o', 0.5], ['a', 'e', 0.5], ['a', 'u', 0.5], ['n', 'u', 0.4], ['h', 'b', 0.4],
  ['t', 'f', 0.4], ['t', 'l', 0.4], ['i', 'l', 0.3], ['i', 'j', 0.4], ['l', 'I', 0.2], ['1', 'l', 0.2],
  ['1', 'I', 0.2], ['1', 'i', 0.3], ['0', 'O', 0.2], ['0', 'o', 0.3], ['5', 'S', 0.3], ['8', 'B', 0.4],
  ['c', 'o', 0.45], ['v', 'y', 0.4], ['u', 'v', 0.45], ['s', 'a', 0.5], ['g', 'q', 0.4], ['k', 'x', 0.5],
  ['I', 'T', 0.5], ['[', 'I', 0.3], ['|', 'I', 0.3], ['|', 'l', 0.3], ['(', 'I', 0.5], ['{', 'I', 0.5],
  ['t', 'i', 0.45], ['f', 'l', 0.45], ['c', 'e', 0.3], ['r', 'i', 0.5], ['m', 'n', 0.5],
];

export interface Confusion {
  from: string;
  to: string;
  cost: number;
}

export const CONFUSIONS: Confusion[] = PAIRS.flatMap(([a, b, cost]) => [
  { from: a, to: b, cost },
  { from: b, to: a, cost },
]);

/** Plain edits: a letter dropped or doubled by the engine is cheaper than any other. */
export const COST = { substitute: 1, insert: 0.9, delete: 0.9, doubled: 0.5, transpose: 0.9 };

/** Letter confusions a fair scan makes most (cost 0.5 at most): what a near miss of a word is one of. */
export const CHEAP_LETTER_CONFUSIONS: readonly Confusion[] = CONFUSIONS.filter((c) => c.cost <= 0.5 && /^[a-z]+$/.test(c.from + c.to));

/**
 * Each string one of `confusions` makes of `w` at one place, handed to `visit` until it returns
 * true; whether one did.
 */
export function someConfusion(w: string, confusions: readonly Confusion[], visit: (variant: string) => boolean): boolean {
  for (const c of confusions) {
    for (let i = w.indexOf(c.from); i >= 0; i = w.indexOf(c.from, i + 1)) {
      if (visit(w.slice(0, i) + c.to + w.slice(i + c.from.length))) return true;
    }
  }
  return false;
}
