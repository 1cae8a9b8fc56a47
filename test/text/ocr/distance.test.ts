import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOcrDistance, DEGRADED_CONFUSIONS } from '../../../src/text/ocr/distance.js';
import { COST } from '../../../src/text/ocr/confusions.js';

const ocrDistance = createOcrDistance(DEGRADED_CONFUSIONS);

describe('ocrDistance', () => {
  const cases: [observed: string, word: string, low: number, high: number][] = [
    ['committee', 'committee', 0, 0],
    ['cornmittee', 'committee', 0.2, 0.5], // rn read for m
    ['clecided', 'decided', 0.2, 0.5], // cl read for d
    ['genetal', 'general', 0.5, 0.7], // r read as t on a degraded page
    ['comnittee', 'committee', 0.5, 0.7],
    ['xyzzy', 'committee', 8, 9],
  ];
  it.each(cases)('%s -> %s costs between %d and %d', (observed, word, low, high) => {
    const d = ocrDistance(observed, word);
    expect(d).toBeGreaterThanOrEqual(low);
    expect(d).toBeLessThanOrEqual(high);
  });

  it('never exceeds the plain edit distance', () => {
    expect(ocrDistance('abc', 'xyz')).toBeLessThanOrEqual(3);
    expect(ocrDistance('', 'word')).toBeCloseTo(4 * 0.9);
  });
});

/** The distance's contract written plainly: every edit, every confusion at every place, a full table. */
function reference(observed: string, word: string): number {
  const d: number[][] = Array.from({ length: observed.length + 1 }, () => Array<number>(word.length + 1).fill(Infinity));
  for (let i = 0; i <= observed.length; i++) {
    for (let j = 0; j <= word.length; j++) {
      // (the edges as products: the sums of a chain of 0.9s differ from them in the last bit)
      if (i === 0 || j === 0) { d[i][j] = i * COST.delete + j * COST.insert; continue; }
      let best = Infinity;
      if (i > 0) best = Math.min(best, d[i - 1][j] + COST.delete);
      if (j > 0) best = Math.min(best, d[i][j - 1] + COST.insert);
      if (i > 0 && j > 0) {
        const a = observed[i - 1];
        const b = word[j - 1];
        const confusion = DEGRADED_CONFUSIONS.filter((c) => c.from === a && c.to === b).map((c) => c.cost);
        best = Math.min(best, d[i - 1][j - 1] + (a === b ? 0 : Math.min(COST.substitute, ...confusion)));
      }
      for (const c of DEGRADED_CONFUSIONS) {
        if (c.from.length === 1 && c.to.length === 1) continue;
        if (!/^[a-z]+$/.test(c.from + c.to)) continue;
        if (i >= c.from.length && j >= c.to.length && observed.slice(i - c.from.length, i) === c.from && word.slice(j - c.to.length, j) === c.to) {
          best = Math.min(best, d[i - c.from.length][j - c.to.length] + c.cost);
        }
      }
      d[i][j] = best;
    }
  }
  return d[observed.length][word.length];
}

describe('ocrDistance against its contract', () => {
  it('equals the full table of every edit and confusion, ASCII or not, however the words follow each other', () => {
    // letters of the confusions (rn/m, cl/d, tt/u), a digit and two letters past ASCII
    const word = fc.stringMatching(/^[rnmcldtuie1éß]{0,9}$/);
    const fresh = createOcrDistance(DEGRADED_CONFUSIONS);
    fc.assert(fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 6 }), (pairs) => {
      for (const [observed, w] of pairs) expect(fresh(observed, w)).toBe(reference(observed, w));
    }), { numRuns: 400 });
  });
});

describe('ocrDistance with a bound', () => {
  it('gives the exact distance, or Infinity only where the exact one lies beyond the bound', () => {
    const word = fc.stringMatching(/^[rnmcldtuie1éß]{0,9}$/);
    const bounded = createOcrDistance(DEGRADED_CONFUSIONS);
    fc.assert(fc.property(fc.array(fc.tuple(word, word, fc.double({ min: 0, max: 3, noNaN: true })), { minLength: 1, maxLength: 6 }), (triples) => {
      for (const [observed, w, bound] of triples) {
        const exact = reference(observed, w);
        const got = bounded(observed, w, (d) => d > bound);
        if (got === Infinity) expect(exact).toBeGreaterThan(bound);
        else expect(got).toBe(exact);
      }
    }), { numRuns: 400 });
  });

  it('stops early on a word far beyond the bound, and measures a near one in full', () => {
    expect(ocrDistance('committee', 'xyzzyxyzzy', (d) => d > 2)).toBe(Infinity);
    expect(ocrDistance('cornmittee', 'committee', (d) => d > 2)).toBe(ocrDistance('cornmittee', 'committee'));
  });

  it('does not stop on one far row where a run of strokes reads back past it', () => {
    // after `r` every cell costs 0.9 or more; `rn` read for `m` then costs 0.3 in all
    expect(ocrDistance('rn', 'm', (d) => d > 0.5)).toBe(0.3);
    expect(ocrDistance('xrnx', 'xmx', (d) => d > 0.5)).toBe(0.3);
  });
});
