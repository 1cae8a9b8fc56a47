import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/text/words.js';

describe('words of a text', () => {
  const cases: [string, string[]][] = [
    ['the People’s Bank, UN-Habitat and A&M.', ['the', 'People’s', 'Bank', 'UN-Habitat', 'and', 'A&M']],
    ['Côte d’Ivoire (2024) - e.g. x', ['Côte', 'd’Ivoire', '2024', 'e.g', 'x']],
    ['--\u00a0Türkiye\u2019 ...', ['Türkiye']],
  ];
  it.each(cases)('%j', (text, expected) => expect(wordsOf(text, 0, text.length).map((w) => w.text)).toEqual(expected));
  it('gives offsets into the text', () => {
    const text = 'a (Bb) c';
    expect(wordsOf(text, 2, text.length).map((w) => text.slice(w.start, w.end))).toEqual(['Bb', 'c']);
  });
});
