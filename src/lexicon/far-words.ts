import type { WordList } from './packed-words.js';
import type { PlaceEntry } from '../gazetteer/types.js';
import { MONTHS } from '../text/months.js';
import { ORDINAL_WORDS } from '../text/ordinals.js';

/** A word this common in the frequency list is a reading a bad scan may be given. */
const MIN_FREQ = 20;
/** What a country name weighs, as if its count in the list were 1000: reports name them often. */
export const COUNTRY_PRIOR = 3;

export interface FarWord { form: string; prior: number }

/**
 * Words a far reading may produce: English words the frequency list knows (`MIN_FREQ`), month
 * names, ordinals and single-word country names. The spelling lexicon alone would offer `tarnation` for
 * `taration`; subtitle counts alone, `mccoy`.
 */
export function buildFarWords(
  frequencies: ReadonlyMap<string, number>, english: WordList, countries: readonly PlaceEntry[],
): Map<string, FarWord> {
  const fixed = new Map<string, FarWord>();
  for (const [w, count] of frequencies) {
    if (count >= MIN_FREQ && w.length >= 3 && /^[a-z]+$/.test(w) && english.has(w)) fixed.set(w, { form: w, prior: Math.log10(1 + count) });
  }
  // the frequency list writes months in lower case, the spelling lexicon not at all
  for (const month of MONTHS) fixed.set(month, { form: month[0].toUpperCase() + month.slice(1), prior: COUNTRY_PRIOR });
  // sessions are numbered by ordinals that subtitles hardly say (`eightieth`: once in the list)
  for (const o of ORDINAL_WORDS) fixed.set(o, { form: o, prior: Math.max(fixed.get(o)?.prior ?? 0, COUNTRY_PRIOR) });
  for (const c of countries) {
    for (const v of c.variants) {
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(v)) continue;
      const key = v.toLowerCase();
      fixed.set(key, { form: v, prior: Math.max(fixed.get(key)?.prior ?? 0, COUNTRY_PRIOR) });
    }
  }
  return fixed;
}
