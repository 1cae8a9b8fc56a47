import { readFileSync } from 'node:fs';
import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';
import { isSpaceCode, letterWidthAt } from '../text/chars.js';
import { PairTable } from './pair-table.js';

/**
 * What one document adds to the batch's counts, in the order it first shows each item: a
 * plain value, so that a worker elsewhere can compute it and the coordinator merge it.
 */
export interface Contribution {
  /** Lower-cased word forms, each once. */
  words: string[];
  acronyms: string[];
  /** Pairs of adjacent words with their count in the document, by their places in `words`: left, right, count, left, ... */
  pairs: number[];
}

/**
 * The version of the shapes above and of `batchToJson`, for files that outlive a run: the queue
 * names its counts and batch files with it, so a file of another version is never read as this one.
 */
export const BATCH_FORMAT = 2;

const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Reads the text as `/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu` would split it, by character code: a
 * word runs from a letter to the last letter of a run of letters, apostrophes and hyphens; the
 * rest of a run of non-space after it, or one that starts with no letter, is not a word and
 * breaks a pair. (A word starting with a letter beyond the Basic Multilingual Plane is no word
 * either, as the pattern's first UTF-16 unit is no letter.) Each form is lower-cased and tested
 * for an acronym once per document, and pairs are counted as pairs of numbers, never spelt out.
 */
export function contributionOf(doc: Doc): Contribution {
  if (doc.rejected) return { words: [], acronyms: [], pairs: [] };
  const text = doc.text;
  const n = text.length;
  const ids = new Map<string, number>(); // a form as written, and lower-cased, to its number
  const forms: string[] = []; // lower-cased forms by number, in the order first seen
  const acronyms = new Set<string>();
  const pairs = new PairTable();
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
    if (prev >= 0) pairs.add(prev, id, 1);
    prev = id;
  }
  return { words: forms, acronyms: [...acronyms], pairs: pairs.triples() };
}

/**
 * Counts of adjacent word pairs across the batch, kept by word numbers; asked for as the pair
 * spelt out (`"rule of"`), as the repair rules ask. A merge adds a document's pairs without
 * making a string of any.
 */
export class PairCounts {
  private readonly ids = new Map<string, number>();
  private readonly counts = new PairTable();

  /** The word's number, given on first sight. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }

  add(left: number, right: number, n: number): void {
    this.counts.add(left, right, n);
  }

  get(pair: string): number | undefined {
    const space = pair.indexOf(' ');
    if (space < 0) return undefined;
    const left = this.ids.get(pair.slice(0, space));
    const right = left === undefined ? undefined : this.ids.get(pair.slice(space + 1));
    return right === undefined ? undefined : this.counts.get(left!, right);
  }

  get size(): number {
    return this.counts.size;
  }

  toJson(): { words: string[]; pairs: number[] } {
    return { words: [...this.ids.keys()], pairs: this.counts.triples() };
  }

  static fromJson(data: { words: string[]; pairs: number[] }): PairCounts {
    const out = new PairCounts();
    for (const w of data.words) out.idOf(w);
    for (let k = 0; k + 2 < data.pairs.length; k += 3) out.add(data.pairs[k], data.pairs[k + 1], data.pairs[k + 2]);
    return out;
  }
}

/** A batch context as a counter gives it: pairs kept by number. */
export interface CountedBatch extends BatchContext {
  bigrams: PairCounts;
}

/**
 * What the batch teaches about its own vocabulary: each word form counted once per document
 * it appears in, every acronym seen, and the pairs of adjacent words. Later stages use it as
 * evidence (TICCL-style). Documents are added one at a time, in input order, and dropped: only
 * the counts stay. Merging the documents' contributions in input order gives the same counts
 * wherever they were computed.
 */
export class BatchCounter {
  private readonly vocabulary = new Map<string, number>();
  private readonly acronyms = new Set<string>();
  private readonly bigrams = new PairCounts();

  add(doc: Doc): void {
    this.merge(contributionOf(doc));
  }

  merge(c: Contribution): void {
    for (const a of c.acronyms) this.acronyms.add(a);
    const ids = c.words.map((w) => this.bigrams.idOf(w));
    for (let k = 0; k + 2 < c.pairs.length; k += 3) this.bigrams.add(ids[c.pairs[k]], ids[c.pairs[k + 1]], c.pairs[k + 2]);
    for (const w of c.words) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
  }

  context(): CountedBatch {
    return { vocabulary: this.vocabulary, acronyms: this.acronyms, bigrams: this.bigrams };
  }
}

/** The batch context as JSON-ready data (for workers that read it from a file). */
export function batchToJson(batch: CountedBatch): unknown {
  return { vocabulary: [...batch.vocabulary], acronyms: [...batch.acronyms], bigrams: batch.bigrams.toJson() };
}

export function batchFromJson(data: unknown): CountedBatch {
  const d = data as { vocabulary: [string, number][]; acronyms: string[]; bigrams: { words: string[]; pairs: number[] } };
  return { vocabulary: new Map(d.vocabulary), acronyms: new Set(d.acronyms), bigrams: PairCounts.fromJson(d.bigrams) };
}

/** A batch context from a file `batchToJson` wrote: what each worker thread reads once per run. */
export function readBatchFile(file: string): CountedBatch {
  return batchFromJson(JSON.parse(readFileSync(file, 'utf8')));
}
