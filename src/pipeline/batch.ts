import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';

/**
 * What the batch teaches about its own vocabulary: each word form counted once per document
 * it appears in, and every acronym seen. Later stages use it as evidence (TICCL-style).
 */
export function buildBatchContext(docs: readonly Doc[]): BatchContext {
  const vocabulary = new Map<string, number>();
  const acronyms = new Set<string>();
  const bigrams = new Map<string, number>();
  for (const doc of docs) {
    if (doc.rejected) continue;
    const seen = new Set<string>();
    let prev = '';
    for (const m of doc.text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}|\S+/gu)) {
      const w = m[0];
      const lower = w.toLowerCase();
      if (/^\p{L}/u.test(w)) {
        if (/^\p{Lu}{2,}$/u.test(w)) acronyms.add(w);
        seen.add(lower);
      }
      if (prev) bigrams.set(`${prev} ${lower}`, (bigrams.get(`${prev} ${lower}`) ?? 0) + 1);
      prev = /^\p{L}/u.test(w) ? lower : '';
    }
    for (const w of seen) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  }
  return { vocabulary, acronyms, bigrams };
}
