import { cities } from '../gazetteer/cities.js';
import { countries, demonyms } from '../gazetteer/countries.js';

let cache: Set<string> | undefined;

/** Every word of every gazetteer name, as written (case-sensitive): proper nouns the lexicon lacks. */
export function nameWords(): Set<string> {
  if (!cache) {
    cache = new Set();
    for (const d of demonyms()) cache.add(d);
    for (const entry of [...countries(), ...cities(15000)]) {
      for (const v of entry.variants) for (const w of v.split(/[\s,()]+/)) if (w.length > 1) cache.add(w);
    }
  }
  return cache;
}
