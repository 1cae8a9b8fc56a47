import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';

/**
 * What the batch teaches about its own vocabulary: each word form counted once per document
 * it appears in, and every acronym seen. Later stages use it as evidence (TICCL-style).
 * Documents are added one at a time and dropped: only the counts stay.
 */
export class BatchCounter {
  private readonly vocabulary = new Map<string, number>();
  private readonly acronyms = new Set<string>();
  private readonly bigrams = new Map<string, number>();

  add(doc: Doc): void {
    if (doc.rejected) return;
    const seen = new Set<string>();
    let prev = '';
    for (const m of doc.text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu)) {
      const w = m[0];
      const lower = w.toLowerCase();
      const word = /^\p{L}/u.test(w);
      if (word) {
        if (/^\p{Lu}{2,}$/u.test(w)) this.acronyms.add(w);
        seen.add(lower);
      }
      if (prev) {
        const pair = `${prev} ${lower}`;
        this.bigrams.set(pair, (this.bigrams.get(pair) ?? 0) + 1);
      }
      prev = word ? lower : '';
    }
    for (const w of seen) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
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
