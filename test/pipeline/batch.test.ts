import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionOf, type Contribution } from '../../src/pipeline/batch.js';
import type { Doc } from '../../src/core/doc.js';

const docOf = (text: string) => ({ text }) as Doc;

/** The counts as the plain pattern gives them: what the character scanner must agree with. */
function byPattern(text: string): Contribution {
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
    expect(contributionOf(docOf(text))).toEqual(expected);
  });

  it('a rejected document adds nothing', () => {
    expect(contributionOf({ text: 'The Commission met', rejected: { stage: 'decode', code: 'binary', message: '' } } as Doc)).toEqual({ words: [], acronyms: [], bigrams: [] });
  });

  it('agrees with the plain pattern on any text', () => {
    const piece = fc.constantFrom('a', 'B', 'é', 'Ж', '𝐀', '😀', '1', "'", '’', '-', '.', ',', '(', ' ', '\n', '\u00a0', '\u2028', 'UN', 'the', 'The');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = pieces.join('');
      expect(contributionOf(docOf(text))).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });
});
