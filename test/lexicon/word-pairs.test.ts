import { describe, expect, it } from 'vitest';
import { countWordPairs, formatWordPairs, parseWordPairs, SENTENCE_START } from '../../src/lexicon/word-pairs.js';

describe('word pairs of general English (Brown corpus)', () => {
  const pairs = countWordPairs();

  it('counts the pairs English writes, and pairs a sentence start with its first word', () => {
    expect(pairs.get('of the')).toBeGreaterThan(9000);
    expect(pairs.get('to report')).toBeGreaterThan(10);
    expect(pairs.get(`${SENTENCE_START} the`)).toBeGreaterThan(5000);
  });

  it('keeps no pair across punctuation but a comma, which it marks, and none seen only once', () => {
    for (const [pair, n] of pairs) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(pair).toMatch(/^(?:<s>|<,>|[a-z][a-z'-]*) [a-z][a-z'-]*$/);
    }
    expect(pairs.get('granting af')).toBeUndefined();
    // a clause after a comma opens with `and` far more often than with `had`
    expect(pairs.get('<,> and')).toBeGreaterThan(10 * (pairs.get('<,> had') ?? 0));
  });

  it('writes and reads back the same counts', () => {
    const sample = new Map([...pairs].slice(0, 500));
    expect(parseWordPairs(formatWordPairs(sample))).toEqual(sample);
  });
});
