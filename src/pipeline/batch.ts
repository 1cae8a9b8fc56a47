import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';

/**
 * What the batch teaches about its own vocabulary: each word form counted once per document
 * it appears in, and every acronym seen. Later stages use it as evidence (TICCL-style).
 */
export function buildBatchContext(docs: readonly Doc[]): BatchContext {
  const vocabulary = new Map<string, number>();
  const acronyms = new Set<string>();
  for (const doc of docs) {
    if (doc.rejected) continue;
    const seen = new Set<string>();
    for (const m of doc.text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu)) {
      const w = m[0];
      if (/^\p{Lu}{2,}$/u.test(w)) acronyms.add(w);
      seen.add(w.toLowerCase());
    }
    for (const w of seen) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  }
  return { vocabulary, acronyms };
}
