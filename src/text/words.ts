import { isLetter } from './chars.js';
import type { Range } from '../core/types.js';

export interface Word extends Range {
  text: string;
}

/** A letter or an ASCII digit. */
function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || isLetter(text[i]);
}
// inside a word: apostrophes, full stops, ampersands and hyphens (`UN-Habitat`, `People’s`, `A&M`)
const isInner = (c: number) => c === 0x2019 || c === 39 || c === 46 || c === 38 || c === 45;

/** `Beijing+30`, `Rio+20`: a plus at `j` between a letter and a digit numbers a review of a conference, one word. */
export function reviewNumber(text: string, j: number): boolean {
  if (text.charCodeAt(j) !== 43) return false;
  const next = text.charCodeAt(j + 1);
  return next >= 48 && next <= 57 && isLetter(text[j - 1]);
}

/** Words: runs of letters and digits, with inner apostrophes, stops, ampersands and hyphens. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isAlnum(text, i)) { i++; continue; }
    let last = i;
    let j = i + 1;
    while (j < to) {
      if (isAlnum(text, j)) last = j;
      else if (!isInner(text.charCodeAt(j)) && !reviewNumber(text, j)) break;
      j++;
    }
    out.push({ start: i, end: last + 1, text: text.slice(i, last + 1) });
    i = last + 1;
  }
  return out;
}

/** The index of the word that starts at `offset` (words in text order), or -1. */
export function wordStartingAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = words[mid].start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The indices of the words that start with a capital letter (of any script), in order. Every head
 * of a name and every acronym does (`Committee`, `Fundación`, `UNDP`), and about one word in five
 * of a report: the name finders walk these instead of every word.
 */
export function capitalWords(words: readonly Word[]): Int32Array {
  const out = new Int32Array(words.length);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    const c = w.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w))) out[n++] = i;
  }
  return out.slice(0, n);
}

/** A word cut where a lower-case letter meets a capital (`Ru|Baltic`, `Road|Tracker`, `e|ISBN`). */
export function caseParts(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
}
