import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTokenCore, tokenize, type Token } from '../../src/text/tokens.js';

/** The tokens as the plain patterns give them: what the character scanner must agree with. */
function byPattern(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const lead = /^[("'“‘[{«]+/.exec(m[0])?.[0].length ?? 0;
    const rest = m[0].slice(lead);
    const trail = /(?<![)"'”’.,;:!?\]}»])[)"'”’.,;:!?\]}»]+$/.exec(rest)?.[0].length ?? 0;
    return { start: m.index, end: m.index + m[0].length, text: m[0], core: rest.slice(0, rest.length - trail), coreStart: m.index + lead };
  });
}

describe('tokenize', () => {
  it.each([
    ['("word").', { text: '("word").', core: 'word', coreStart: 2 }],
    ['[a]bsence', { text: '[a]bsence', core: 'a]bsence', coreStart: 1 }],
    ['...', { text: '...', core: '', coreStart: 0 }],
    ['«Ministère»,', { text: '«Ministère»,', core: 'Ministère', coreStart: 1 }],
    ['U.N.', { text: 'U.N.', core: 'U.N', coreStart: 0 }],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual([{ start: 0, end: text.length, ...expected }]);
  });

  it('splits at any white space, the non-breaking kinds too', () => {
    expect(tokenize(' a\u00a0b\u2028c\td ').map((t) => [t.start, t.text])).toEqual([[1, 'a'], [3, 'b'], [5, 'c'], [7, 'd']]);
  });

  it('agrees with the plain patterns on any text', () => {
    const piece = fc.constantFrom('a', 'Word', '(', '"', '“', '‘', '[', '{', '«', ')', '”', '’', "'", '.', ',', ';', ':', '!', '?', ']', '}', '»', ' ', '\n', '\u00a0', '𝐀', '-', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 50 }), (pieces) => {
      const text = pieces.join('');
      expect(tokenize(text)).toEqual(byPattern(text));
    }), { numRuns: 2000 });
  });

  it('finds a core as the tokens do, without making them', () => {
    expect(hasTokenCore('Female 52; (male) 48', 'male')).toBe(true);
    expect(hasTokenCore('Female 52, male-dominated, male’s', 'male')).toBe(false);
    const piece = fc.constantFrom('male', 'a', 'Male', '(', '"', '‘', '[', ')', '”', '’', "'", '.', ',', ';', '-', ' ', '\n', 's');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('male', 'a', 'amale'), (pieces, core) => {
      const text = pieces.join('');
      expect(hasTokenCore(text, core)).toBe(tokenize(text).some((t) => t.core === core));
    }), { numRuns: 3000 });
  });
});
