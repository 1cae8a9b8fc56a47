import { isEnglishWord } from './english.js';

/** A text where more than this share of words is no word at all is a noisy scan (dev: medium at most 0.11, heavy at least 0.33). */
const NOISY_SHARE = 0.25;
/** Too few words say nothing about the scan. */
const MIN_WORDS = 50;

const memo = { text: '', noisy: false };

/**
 * Is `text` a noisy scan? Steps that would be too bold for clean text (placing moved line ends
 * by their length alone, reading short shreds as function words) may be bold there: almost
 * every unknown word is a misreading.
 */
export function isNoisyScan(text: string): boolean {
  if (memo.text === text) return memo.noisy;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const noisy = words.length >= MIN_WORDS && words.filter((w) => !isEnglishWord(w)).length / words.length > NOISY_SHARE;
  memo.text = text;
  memo.noisy = noisy;
  return noisy;
}
