import type { Doc, TextProfile } from '../core/doc.js';
import { isEnglishWord } from '../resources/index.js';

/** A text where more than this share of words is no word at all is a noisy scan (dev: medium at most 0.11, heavy at least 0.33). */
const NOISY_SHARE = 0.25;
/** Too few words say nothing about the scan. */
const MIN_WORDS = 50;

/**
 * How the text reads: how many of its words are no English word, and so whether it is a noisy
 * scan. Steps too bold for clean text (placing moved line ends by length alone, reading short
 * shreds as function words) may be bold there: almost every unknown word is a misreading.
 */
export function profileText(text: string): TextProfile {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const unknown = words.filter((w) => !isEnglishWord(w)).length;
  const unknownShare = words.length ? unknown / words.length : 0;
  return { words: words.length, unknownWords: unknown, unknownShare, noisy: words.length >= MIN_WORDS && unknownShare > NOISY_SHARE };
}

/** The profile normalise judged, or judged now (a stage run on its own). */
export function profileOf(doc: Doc): TextProfile {
  return doc.profile ?? profileText(doc.text);
}
