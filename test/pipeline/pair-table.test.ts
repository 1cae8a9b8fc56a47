import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from '../../src/pipeline/pair-table.js';

describe('PairTable', () => {
  it('counts as a map of pairs does, in the order pairs were first added, through every growth', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((n) => n % 60), fc.integer({ min: 1, max: 9 }));
    fc.assert(fc.property(fc.array(pair, { maxLength: 400 }), fc.integer({ min: 1, max: 8 }), (adds, capacity) => {
      const table = new PairTable(capacity);
      const reference = new Map<string, number>();
      for (const [l, r, n] of adds) {
        table.add(l, r, n);
        reference.set(`${l} ${r}`, (reference.get(`${l} ${r}`) ?? 0) + n);
      }
      const seen: [string, number][] = [];
      const flat = table.triples();
      for (let k = 0; k < flat.length; k += 3) seen.push([`${flat[k]} ${flat[k + 1]}`, flat[k + 2]]);
      expect(seen).toEqual([...reference]);
      expect(table.size).toBe(reference.size);
      for (const [l, r] of adds) expect(table.get(l, r)).toBe(reference.get(`${l} ${r}`));
      expect(table.get(41, 0)).toBeUndefined();
    }), { numRuns: 300 });
  });

  it.each([
    ['a pair and its reverse are two pairs', [[1, 2, 1], [2, 1, 1]], [1, 2], 1],
    ['large word numbers', [[2 ** 30, 2 ** 30 + 1, 3], [2 ** 30, 2 ** 30 + 1, 4]], [2 ** 30, 2 ** 30 + 1], 7],
  ])('%s', (_, adds, [l, r], count) => {
    const table = new PairTable();
    for (const [a, b, n] of adds) table.add(a, b, n);
    expect(table.get(l, r)).toBe(count);
  });
});
