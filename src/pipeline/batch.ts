import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';
import { isSpaceCode, letterWidthAt } from '../text/chars.js';

/**
 * What one document adds to the batch's counts, in the order it first shows each item: a
 * plain value, so that a worker elsewhere can compute it and the coordinator merge it.
 */
export interface Contribution {
  /** Lower-cased word forms, each once. */
  words: string[];
  acronyms: string[];
  /** Lower-cased pairs of adjacent words with their count in the document. */
  bigrams: [string, number][];
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/** Pairs are counted under `left * PAIR_KEY + right`, each a word's number in its document: numbers stay exact to 2^26 words. */
const PAIR_KEY = 2 ** 26;

/**
 * Reads the text as `/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu` would split it, by character code: a
 * word runs from a letter to the last letter of a run of letters, apostrophes and hyphens; the
 * rest of a run of non-space after it, or one that starts with no letter, is not a word and
 * breaks a pair. (A word starting with a letter beyond the Basic Multilingual Plane is no word
 * either, as the pattern's first UTF-16 unit is no letter.) Each form is lower-cased and tested
 * for an acronym once per document, and pairs are counted as pairs of numbers: only the
 * document's distinct pairs are ever spelt out as strings.
 */
export function contributionOf(doc: Doc): Contribution {
  if (doc.rejected) return { words: [], acronyms: [], bigrams: [] };
  const text = doc.text;
  const n = text.length;
  const ids = new Map<string, number>(); // a form as written, and lower-cased, to its number
  const forms: string[] = []; // lower-cased forms by number, in the order first seen
  const acronyms = new Set<string>();
  const pairs = new Map<number, number>();
  let prev = -1;
  let i = 0;
  while (i < n) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const first = letterWidthAt(text, i);
    if (first === 0) {
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      prev = -1;
      continue;
    }
    let end = i + first;
    for (let k = end; k < n;) {
      const w = letterWidthAt(text, k);
      if (w > 0) {
        k += w;
        end = k;
        continue;
      }
      const c = text.charCodeAt(k);
      if (c === 39 || c === 0x2019 || c === 45) k++;
      else break;
    }
    const word = text.slice(i, end);
    i = end;
    if (first === 2) {
      prev = -1;
      continue;
    }
    let id = ids.get(word);
    if (id === undefined) {
      const lower = word.toLowerCase();
      if (word.length >= 2 && lower !== word && ACRONYM.test(word)) acronyms.add(word);
      id = ids.get(lower);
      if (id === undefined) {
        id = forms.length;
        forms.push(lower);
        ids.set(lower, id);
      }
      ids.set(word, id);
    }
    // pairs of words only: what the repair rules ask about (a number or a mark breaks a pair)
    if (prev >= 0 && id < PAIR_KEY) {
      const key = prev * PAIR_KEY + id;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    prev = id;
  }
  const bigrams: [string, number][] = [];
  for (const [key, count] of pairs) bigrams.push([`${forms[Math.floor(key / PAIR_KEY)]} ${forms[key % PAIR_KEY]}`, count]);
  return { words: forms, acronyms: [...acronyms], bigrams };
}

/**
 * What the batch teaches about its own vocabulary: each word form counted once per document
 * it appears in, and every acronym seen. Later stages use it as evidence (TICCL-style).
 * Documents are added one at a time, in input order, and dropped: only the counts stay. Merging
 * the documents' contributions in input order gives the same maps, in the same order, wherever
 * they were computed.
 */
export class BatchCounter {
  private readonly vocabulary = new Map<string, number>();
  private readonly acronyms = new Set<string>();
  private readonly bigrams = new Map<string, number>();

  add(doc: Doc): void {
    this.merge(contributionOf(doc));
  }

  merge(c: Contribution): void {
    for (const a of c.acronyms) this.acronyms.add(a);
    for (const [pair, n] of c.bigrams) this.bigrams.set(pair, (this.bigrams.get(pair) ?? 0) + n);
    for (const w of c.words) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
  }

  context(): BatchContext {
    return { vocabulary: this.vocabulary, acronyms: this.acronyms, bigrams: this.bigrams };
  }
}

export function buildBatchContext(docs: readonly Doc[]): BatchContext {
  const counter = new BatchCounter();
  for (const doc of docs) counter.add(doc);
  return counter.context();
}

/** The batch context as JSON-ready data (for workers that read it from a file). */
export function batchToJson(batch: BatchContext): unknown {
  return { vocabulary: [...batch.vocabulary], acronyms: [...batch.acronyms], bigrams: [...batch.bigrams] };
}

export function batchFromJson(data: unknown): BatchContext {
  const d = data as { vocabulary: [string, number][]; acronyms: string[]; bigrams: [string, number][] };
  return { vocabulary: new Map(d.vocabulary), acronyms: new Set(d.acronyms), bigrams: new Map(d.bigrams) };
}
