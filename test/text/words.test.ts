import { describe, expect, it } from 'vitest';
import { capitalWords, wordStartingAt, wordsOf } from '../../src/text/words.js';

describe('words of a text', () => {
  const cases: [string, string[]][] = [
    ['the People’s Bank, UN-Habitat and A&M.', ['the', 'People’s', 'Bank', 'UN-Habitat', 'and', 'A&M']],
    ['Côte d’Ivoire (2024) - e.g. x', ['Côte', 'd’Ivoire', '2024', 'e.g', 'x']],
    ['--\u00a0Türkiye\u2019 ...', ['Türkiye']],
    // a plus between a letter and a digit numbers a conference's review; elsewhere it divides
    ['the Rio+20 review, 2+2 and C++ code', ['the', 'Rio+20', 'review', '2', '2', 'and', 'C', 'code']],
  ];
  it.each(cases)('%j', (text, expected) => expect(wordsOf(text, 0, text.length).map((w) => w.text)).toEqual(expected));
  it('gives offsets into the text', () => {
    const text = 'a (Bb) c';
    expect(wordsOf(text, 2, text.length).map((w) => text.slice(w.start, w.end))).toEqual(['Bb', 'c']);
  });
});

describe('the words that start with a capital', () => {
  const cases: [string, string[]][] = [
    ['the Committee on Fundación and UN-Habitat', ['Committee', 'Fundación', 'UN-Habitat']],
    // a capital outside A-Z counts; a digit or a small letter first does not
    ['Österreich 2024 eBay iPhone États', ['Österreich', 'États']],
    ['2024 eBay iPhone ørsted', []],
    ['', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    const words = wordsOf(text);
    expect([...capitalWords(words)].map((i) => words[i].text)).toEqual(expected);
  });
});

describe('the word that starts at an offset', () => {
  const text = 'a (Bb) cde  f';
  const words = wordsOf(text);
  it.each([[0, 0], [3, 1], [7, 2], [12, 3]])('offset %i is word %i', (offset, index) => expect(wordStartingAt(words, offset)).toBe(index));
  // inside a word, between words, before and past the text: no word starts there
  it.each([1, 4, 8, 11, -1, 13])('offset %i: none', (offset) => expect(wordStartingAt(words, offset)).toBe(-1));
});
