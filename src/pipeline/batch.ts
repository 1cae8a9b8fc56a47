import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';
import { isLetter } from '../text/chars.js';

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

export function contributionOf(doc: Doc): Contribution {
  const out: Contribution = { words: [], acronyms: [], bigrams: [] };
  if (doc.rejected) return out;
  const seen = new Set<string>();
  const acronyms = new Set<string>();
  const bigrams = new Map<string, number>();
  let prev = '';
  for (const m of doc.text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu)) {
    const w = m[0];
    // (a token that starts with a letter is a word: the pattern's last branch takes the rest)
    if (!isLetter(w[0])) {
      prev = '';
      continue;
    }
    const lower = w.toLowerCase();
    if (w.length >= 2 && lower !== w && ACRONYM.test(w)) acronyms.add(w);
    seen.add(lower);
    // pairs of words only: what the repair rules ask about (a number or a mark breaks a pair)
    if (prev) {
      const pair = `${prev} ${lower}`;
      bigrams.set(pair, (bigrams.get(pair) ?? 0) + 1);
    }
    prev = lower;
  }
  out.words = [...seen];
  out.acronyms = [...acronyms];
  out.bigrams = [...bigrams];
  return out;
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
