import type { BatchContext } from '../../core/stage.js';
import { countries } from '../../gazetteer/countries.js';
import { englishWords, wordFrequencies } from '../../lexicon/english.js';
import { MONTHS } from '../../text/months.js';
import { BigramIndex } from './bigram-index.js';

/** A word this common in the frequency list is a reading a bad scan may be given. */
const MIN_FREQ = 20;
/** What a country name weighs, as if its count in the list were 1000: reports name them often. */
const COUNTRY_PRIOR = 3;
/** What each further document of the batch that uses a word adds to its weight. */
const BATCH_DOC_PRIOR = 0.3;

export interface FarVocabulary {
  index: BigramIndex;
  /** As written (country names keep their capital), by index. */
  forms: string[];
  /** log10 of the list count, plus batch evidence, by index. */
  prior: Float64Array;
}

let fixed: Map<string, { form: string; prior: number }> | undefined;

/**
 * Words a far reading may produce: English words the frequency list knows (`MIN_FREQ`), single-word
 * country names, and English words the batch uses even when rare (`decolonization`). The spelling
 * lexicon alone would offer `tarnation` for `taration`; subtitle counts alone, `mccoy`.
 */
function fixedWords(): Map<string, { form: string; prior: number }> {
  if (fixed) return fixed;
  const english = englishWords();
  fixed = new Map();
  for (const [w, count] of wordFrequencies()) {
    if (count >= MIN_FREQ && w.length >= 3 && /^[a-z]+$/.test(w) && english.has(w)) fixed.set(w, { form: w, prior: Math.log10(1 + count) });
  }
  // the frequency list writes months in lower case, the spelling lexicon not at all
  for (const month of MONTHS) fixed.set(month, { form: month[0].toUpperCase() + month.slice(1), prior: COUNTRY_PRIOR });
  for (const c of countries()) {
    for (const v of c.variants) {
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(v)) continue;
      const key = v.toLowerCase();
      fixed.set(key, { form: v, prior: Math.max(fixed.get(key)?.prior ?? 0, COUNTRY_PRIOR) });
    }
  }
  return fixed;
}

const perBatch = new WeakMap<BatchContext, FarVocabulary>();

/** The far-reading vocabulary of a batch, built once per batch. */
export function farVocabulary(batch: BatchContext): FarVocabulary {
  let vocab = perBatch.get(batch);
  if (vocab) return vocab;
  const english = englishWords();
  const entries = new Map(fixedWords());
  for (const [w, docs] of batch.vocabulary) {
    const known = entries.get(w);
    if (known) {
      if (docs >= 2) entries.set(w, { ...known, prior: known.prior + BATCH_DOC_PRIOR * docs });
    } else if (w.length >= 3 && /^[a-z]+$/.test(w) && english.has(w)) {
      entries.set(w, { form: w, prior: 1 + (docs >= 2 ? BATCH_DOC_PRIOR * docs : 0) });
    }
  }
  const keys = [...entries.keys()];
  vocab = {
    index: new BigramIndex(keys),
    forms: keys.map((k) => entries.get(k)!.form),
    prior: Float64Array.from(keys, (k) => entries.get(k)!.prior),
  };
  perBatch.set(batch, vocab);
  return vocab;
}
