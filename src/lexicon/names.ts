import type { PlaceEntry } from '../gazetteer/types.js';

/** Every word of every gazetteer name, as written (case-sensitive): proper nouns the lexicon lacks. */
export function buildNameWords(demonyms: readonly string[], places: readonly PlaceEntry[]): Set<string> {
  const words = new Set<string>(demonyms);
  for (const entry of places) {
    for (const v of entry.variants) for (const w of v.split(/[\s,()]+/)) if (w.length > 1) words.add(w);
  }
  return words;
}
