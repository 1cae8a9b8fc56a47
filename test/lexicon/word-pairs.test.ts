import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_COMMA, countWordPairs, formatWordPairs, parseWordPairs, SENTENCE_START } from '../../src/lexicon/word-pairs.js';

describe('word pairs of general English (Brown corpus and nlp-corpus)', () => {
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

  it('adds the plain sentences of nlp-corpus to Brown', () => {
    const brownOnly = countWordPairs(undefined, null);
    expect(pairs.size).toBeGreaterThan(brownOnly.size);
    expect(pairs.get('support for')).toBeGreaterThan(brownOnly.get('support for') ?? 0);
  });

  it('cuts plain sentences as Brown is cut: words, each mark, numbers breaking a pair', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pairs-'));
    try {
      mkdirSync(path.join(dir, 'brown'));
      mkdirSync(path.join(dir, 'nlp'));
      const twice = ['The Board’s report, as adopted; was issued in 2024 by them.', 'The Board’s report, as adopted; was issued in 2024 by them.'];
      writeFileSync(path.join(dir, 'nlp', 'doc-0.json'), JSON.stringify(twice));
      const counted = countWordPairs(path.join(dir, 'brown'), path.join(dir, 'nlp'));
      expect(Object.fromEntries(counted)).toEqual({
        [`${SENTENCE_START} the`]: 2, "the board's": 2, "board's report": 2, [`${AFTER_COMMA} as`]: 2, 'as adopted': 2,
        [`${SENTENCE_START} was`]: 2, 'was issued': 2, 'issued in': 2, 'by them': 2,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes and reads back the same counts', () => {
    const sample = new Map([...pairs].slice(0, 500));
    expect(parseWordPairs(formatWordPairs(sample))).toEqual(sample);
  });
});
