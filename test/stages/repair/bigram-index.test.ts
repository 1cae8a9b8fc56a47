import { describe, expect, it } from 'vitest';
import { BigramIndex } from '../../../src/stages/repair/bigram-index.js';
import fc from 'fast-check';

const index = new BigramIndex(['assembly', 'committee', 'territories', 'resembling', 'cat']);
const found = (w: string, share = 0.4, gap = 3) => index.near(w, share, gap, 10).map((i) => index.words[i]);

describe('BigramIndex', () => {
  it('finds a badly scanned word by the letter pairs it keeps', () => {
    expect(found('asvetubly')[0]).toBe('assembly');
    expect(found('leriiteries')[0]).toBe('territories');
  });
  it('leaves out words of another length and words sharing too little', () => {
    expect(found('asvetubly', 0.4, 0)).toEqual([]);
    expect(found('zzzzqq')).toEqual([]);
  });
  it('ranks by pairs shared and keeps at most the limit', () => {
    expect(index.near('assembling', 0.2, 5, 1).map((i) => index.words[i])).toEqual(['resembling']);
  });
});

/** The index's contract written plainly: count shared pairs of every word, filter, sort. */
function reference(words: readonly string[], word: string, minShare: number, gap: number, limit: number): number[] {
  const pairs = (w: string) => new Set(Array.from({ length: w.length + 1 }, (_, k) => `^${w}$`.slice(k, k + 2)));
  const mine = pairs(word);
  const need = Math.max(2, Math.ceil(mine.size * minShare));
  return words
    .map((w, i) => ({ i, shared: [...pairs(w)].filter((g) => mine.has(g)).length, w }))
    .filter(({ w, shared }) => Math.abs(w.length - word.length) <= gap && shared >= need)
    .sort((a, b) => b.shared - a.shared || a.i - b.i)
    .slice(0, limit)
    .map(({ i }) => i);
}

describe('BigramIndex against its contract', () => {
  it('returns what counting every word would, in the same order', () => {
    const word = fc.stringMatching(/^[abcde^$]{1,9}$/);
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), word, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(4), fc.integer({ min: 1, max: 12 }),
      (words, w, share, gap, limit) => {
        expect(new BigramIndex(words).near(w, share, gap, limit)).toEqual(reference(words, w, share, gap, limit));
      }), { numRuns: 500 });
  });
});
