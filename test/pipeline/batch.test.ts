import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchCounter, batchFromJson, batchToJson, contributionOf, PairCounts, type Contribution } from '../../src/pipeline/batch.js';
import type { Doc } from '../../src/core/doc.js';

const docOf = (text: string) => ({ text }) as Doc;

/** A contribution with its pairs spelt out, as a reader checks them. */
const spelt = (c: Contribution) => {
  const bigrams: [string, number][] = [];
  for (let k = 0; k < c.pairs.length; k += 3) bigrams.push([`${c.words[c.pairs[k]]} ${c.words[c.pairs[k + 1]]}`, c.pairs[k + 2]]);
  return { words: c.words, acronyms: c.acronyms, bigrams };
};

/** The counts as the plain pattern gives them: what the character scanner must agree with. */
function byPattern(text: string) {
  const words = new Set<string>();
  const acronyms = new Set<string>();
  const bigrams = new Map<string, number>();
  let prev = '';
  for (const [w] of text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu)) {
    if (!/\p{L}/u.test(w[0])) {
      prev = '';
      continue;
    }
    const lower = w.toLowerCase();
    if (w.length >= 2 && lower !== w && /^\p{Lu}{2,}$/u.test(w)) acronyms.add(w);
    words.add(lower);
    if (prev) bigrams.set(`${prev} ${lower}`, (bigrams.get(`${prev} ${lower}`) ?? 0) + 1);
    prev = lower;
  }
  return { words: [...words], acronyms: [...acronyms], bigrams: [...bigrams] };
}

describe('contributionOf', () => {
  it.each([
    ['words and pairs, lower-cased, in the order first seen', 'The Commission met. The commission ESCAP met', {
      words: ['the', 'commission', 'met', 'escap'], acronyms: ['ESCAP'],
      bigrams: [['the commission', 2], ['commission met', 1], ['commission escap', 1], ['escap met', 1]],
    }],
    ['a number, a mark or a bracket breaks a pair', 'in 2024 the (new) plan, of it', {
      words: ['in', 'the', 'plan', 'of', 'it'], acronyms: [], bigrams: [['of it', 1]],
    }],
    ['apostrophes and hyphens inside a word, not at its ends', "the Council’s long-term 'plan'", {
      words: ['the', 'council’s', 'long-term'], acronyms: [], bigrams: [['the council’s', 1], ['council’s long-term', 1]],
    }],
    ['a word beyond the Basic Multilingual Plane is no word', 'big 𝐀lpha test', {
      words: ['big', 'test'], acronyms: [], bigrams: [],
    }],
  ])('%s', (_, text, expected) => {
    expect(spelt(contributionOf(docOf(text)))).toEqual(expected);
  });

  it('a rejected document adds nothing', () => {
    expect(contributionOf({ text: 'The Commission met', rejected: { stage: 'decode', code: 'binary', message: '' } } as Doc)).toEqual({ words: [], acronyms: [], pairs: [] });
  });

  it('agrees with the plain pattern on any text', () => {
    const piece = fc.constantFrom('a', 'B', 'é', 'Ж', '𝐀', '😀', '1', "'", '’', '-', '.', ',', '(', ' ', '\n', '\u00a0', '\u2028', 'UN', 'the', 'The');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      expect(spelt(contributionOf(docOf(text)))).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });
});

describe('the batch counts', () => {
  const counter = new BatchCounter();
  for (const text of ['The rule of law.', 'The Rule of law and the rule of the sea', 'rule of']) counter.add(docOf(text));
  const batch = counter.context();

  it.each([
    ['rule of', 4], ['the rule', 3], ['of law', 2], ['law and', 1], ['of the', 1],
    // never seen together, or never seen at all, or no pair
    ['law the', undefined], ['rule sea', undefined], ['rule nowhere', undefined], ['rule', undefined], ['the rule of', undefined],
  ])('%j', (pair, count) => {
    expect(batch.bigrams.get(pair)).toBe(count);
  });

  it('counts each word once per document it is in', () => {
    expect(batch.vocabulary.get('rule')).toBe(3);
    expect(batch.vocabulary.get('sea')).toBe(1);
  });

  it('gives the same counts back from its file', () => {
    const again = batchFromJson(JSON.parse(JSON.stringify(batchToJson(batch))));
    for (const pair of ['rule of', 'the rule', 'of law', 'law the', 'rule']) expect(again.bigrams.get(pair)).toBe(batch.bigrams.get(pair));
    expect([...again.vocabulary]).toEqual([...batch.vocabulary]);
    expect([...again.acronyms]).toEqual([...batch.acronyms]);
  });

  it('merging contributions in input order gives what adding the documents gives', () => {
    const merged = new BatchCounter();
    for (const text of ['The rule of law.', 'The Rule of law and the rule of the sea', 'rule of']) merged.merge(contributionOf(docOf(text)));
    expect(merged.context().bigrams.toJson()).toEqual(batch.bigrams.toJson());
  });

  it('a pair count is kept by the words\' numbers, whatever order they came in', () => {
    const pairs = new PairCounts();
    const [b, a] = [pairs.idOf('b'), pairs.idOf('a')];
    pairs.add(a, b, 2);
    pairs.add(b, a, 5);
    pairs.add(a, b, 1);
    expect([pairs.get('a b'), pairs.get('b a'), pairs.size]).toEqual([3, 5, 2]);
  });
});
