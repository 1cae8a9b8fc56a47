import type { Doc, TextProfile } from '../core/doc.js';
import type { Range } from '../core/types.js';
import { isEnglishWord, nameWords, wordFrequencies } from '../resources/index.js';
import { CHEAP_LETTER_CONFUSIONS, someConfusion } from './ocr/confusions.js';
import { letterWidthAt } from './chars.js';

/** A text where more than this share of words is no word at all is a noisy scan (dev: medium at most 0.13, heavy at least 0.33). */
const NOISY_SHARE = 0.25;
/**
 * ...and so is one where fewer words are unknown but many of them are common words misread
 * (a low-resolution scan: `eommittee`, `thut`): measured, such scans have 14-23% unknown words
 * and 18-40 near misses per 1,000; medium dev scans at most 11% and 16, the public book and
 * newspaper scans 19% and 12, and clean or born-digital texts below 1.2 near misses per 1,000.
 */
const MISREAD_SHARE = 0.12;
const MISREAD_RATE = 15;
/** Too few words say nothing about the scan. */
const MIN_WORDS = 50;
/**
 * Misreadings per 1,000 words from which a text reads as OCR output. A near miss is a
 * lower-case word no lexicon knows that one cheap OCR confusion turns into a common word
 * (`cornmittee`, `tbe`): measured, clean and born-digital UN texts stay below 1.2 (most at 0),
 * scans of the dev and second dev sets reach 1 to 40 (a very clean scan 0: it has nothing to repair).
 */
const NEAR_MISS_OCR = 1.5;
/** ...and at least this many of them, so that a one-page letter is not judged by one word. */
const NEAR_MISS_MIN = 2;
/** A common word: what a cheap confusion must lead to for a near miss. */
const COMMON = 200;

/** Is `w` (lower case, not a word) one cheap OCR confusion from a common word? */
function nearMiss(w: string, freq: ReadonlyMap<string, number>): boolean {
  return someConfusion(w, CHEAP_LETTER_CONFUSIONS, (v) => (freq.get(v) ?? 0) >= COMMON);
}

/**
 * Is `w` (capitalised, not a word, not a name) one cheap OCR confusion from a common word that the
 * text itself writes capitalised (`Generat` where it writes `General`, `Economie` beside
 * `Economic`), or two from one it writes three times or more? A name one letter from a word
 * (`Elmar`, `Salva`) does not count: the text must write the word. Measured (one confusion): one
 * such word in all of corpus/pdf's 109 documents, one in corpus/un's 38 (a real misreading there);
 * 12 of the 16 medium dev scans and 7 of 11 speckled scans have some.
 */
function capitalisedNearMiss(w: string, freq: ReadonlyMap<string, number>, written: ReadonlyMap<string, number>, twoAway: () => ReadonlySet<string>): boolean {
  const writes = (v: string) => (freq.get(v) ?? 0) >= COMMON && (written.get(v[0].toUpperCase() + v.slice(1)) ?? 0) >= 1;
  const long = w.length >= TWO_CONFUSIONS_LENGTH;
  return someConfusion(w.toLowerCase(), CHEAP_LETTER_CONFUSIONS, (v) => writes(v)
    // two confusions (`Commillee` for `Committee`) in a long word, where the text writes the word
    // often. Measured: none in the clean texts of corpus/un, corpus/pdf and the true texts of dev,
    // more and public; 25 in the dev and second dev scans. Shorter, names come that close to words
    // (`Anton`, `Homan`, `Ohanga` two confusions from `Union`, `Human`, `Change`).
    || (long && twoAway().has(v)));
}

/**
 * What one cheap confusion makes of the common words the text writes capitalised, often: a word
 * one confusion from one of these is two from the word. (Met in the middle: the confusions go
 * both ways, and one set per text costs less than the variants of each variant of each word.)
 */
function oneFromWrittenOften(freq: ReadonlyMap<string, number>, written: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  for (const [w, n] of written) {
    const lower = w.toLowerCase();
    if (n < TWO_CONFUSIONS_WRITTEN || w[0] === lower[0] || w.slice(1) !== lower.slice(1) || (freq.get(lower) ?? 0) < COMMON) continue;
    someConfusion(lower, CHEAP_LETTER_CONFUSIONS, (v) => {
      out.add(v);
      return false;
    });
  }
  return out;
}

/** How often a text must write a word, and how long a word must be, for two cheap confusions between them to count. */
const TWO_CONFUSIONS_WRITTEN = 3;
const TWO_CONFUSIONS_LENGTH = 7;

/**
 * The words of two letters or more (`/\p{L}{2,}/gu`) outside the passages in other languages,
 * each with how often it is written, and how many there are in all: each distinct word is
 * judged once, and counts as often as it is written. (Read by character code: this runs over
 * every document, and the pattern's array of every word was most of its time.)
 */
export function writtenWords(text: string, foreign: readonly Range[]): { written: Map<string, number>; total: number } {
  let outside: Uint8Array | undefined;
  if (foreign.length > 0) {
    outside = new Uint8Array(text.length).fill(1);
    for (const f of foreign) outside.fill(0, f.start, f.end);
  }
  const letterAt = (i: number) => {
    const w = letterWidthAt(text, i);
    // (a letter of two units counts only if the passage leaves both out)
    return outside && (!outside[i] || (w === 2 && !outside[i + 1])) ? 0 : w;
  };
  const written = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < text.length;) {
    const first = letterAt(i);
    if (first === 0) {
      i++;
      continue;
    }
    let end = i + first;
    let letters = 1;
    for (let w = letterAt(end); w > 0; w = letterAt(end)) {
      end += w;
      letters++;
    }
    if (letters >= 2) {
      const word = text.slice(i, end);
      written.set(word, (written.get(word) ?? 0) + 1);
      total++;
    }
    i = end;
  }
  return { written, total };
}

/**
 * How the text reads, outside the passages in other languages: the share of its words no
 * English lexicon knows, how many are near misses of common words, and so whether it is OCR
 * output or born-digital text (whose words are right as printed), and whether a noisy scan.
 * Steps too bold for clean text (placing moved line ends by length alone, reading short shreds
 * as function words) may be bold in a noisy scan: almost every unknown word is a misreading.
 */
export function profileText(text: string, foreign: readonly Range[] = []): TextProfile {
  const { written, total } = writtenWords(text, foreign);
  const freq = wordFrequencies();
  const names = nameWords();
  let twoAway: Set<string> | undefined;
  const oneFromOften = () => (twoAway ??= oneFromWrittenOften(freq, written));
  let unknown = 0;
  let near = 0;
  for (const [w, n] of written) {
    if (isEnglishWord(w)) continue;
    unknown += n;
    if (w.length >= 4 && /^[a-z]+$/.test(w) && nearMiss(w, freq)) near += n;
    else if (w.length >= 5 && /^[A-Z][a-z]+$/.test(w) && !names.has(w) && capitalisedNearMiss(w, freq, written, oneFromOften)) near += n;
  }
  const unknownShare = total ? unknown / total : 0;
  const nearMissRate = total ? (near / total) * 1000 : 0;
  const noisy = total >= MIN_WORDS
    && (unknownShare > NOISY_SHARE || (unknownShare > MISREAD_SHARE && nearMissRate >= MISREAD_RATE));
  const ocr = noisy || (near >= NEAR_MISS_MIN && nearMissRate >= NEAR_MISS_OCR);
  return {
    kind: ocr ? 'ocr' : 'born-digital',
    words: total, unknownWords: unknown, unknownShare, nearMisses: near, nearMissRate, noisy,
  };
}

/** The profile normalise judged, or judged now (a stage run on its own). */
export function profileOf(doc: Doc): TextProfile {
  return doc.profile ?? profileText(doc.text);
}
