import type { StageContext } from '../../core/stage.js';
import { englishWords, farWords } from '../../resources/index.js';
import { BigramIndex } from './bigram-index.js';

/** What each further document of the batch that uses a word adds to its weight. */
const BATCH_DOC_PRIOR = 0.3;

export interface FarVocabulary {
  index: BigramIndex;
  /** As written (country names keep their capital), by index. */
  forms: string[];
  /** log10 of the list count, plus batch evidence, by index. */
  prior: Float64Array;
}

const FAR_VOCABULARY = Symbol('repair/far-vocabulary');

/**
 * The far-reading vocabulary of a batch, built once per batch: the fixed far words, and English
 * words the batch uses even when rare (`decolonization`), weighted by how many documents use them.
 */
export function farVocabulary(ctx: StageContext): FarVocabulary {
  return ctx.cache.get(FAR_VOCABULARY, () => {
    const english = englishWords();
    const entries = new Map(farWords());
    for (const [w, docs] of ctx.batch.vocabulary) {
      const known = entries.get(w);
      if (known) {
        if (docs >= 2) entries.set(w, { ...known, prior: known.prior + BATCH_DOC_PRIOR * docs });
      } else if (w.length >= 3 && /^[a-z]+$/.test(w) && english.has(w)) {
        entries.set(w, { form: w, prior: 1 + (docs >= 2 ? BATCH_DOC_PRIOR * docs : 0) });
      }
    }
    const keys = [...entries.keys()];
    return {
      index: new BigramIndex(keys),
      forms: keys.map((k) => entries.get(k)!.form),
      prior: Float64Array.from(keys, (k) => entries.get(k)!.prior),
    };
  });
}
