import { isSpaceCode } from './chars.js';

export interface Token {
  start: number;
  end: number;
  /** The whole whitespace-delimited token. */
  text: string;
  /** The token without the punctuation that normally surrounds words. */
  core: string;
  coreStart: number;
}

// What surrounds a word: opening marks before it (`("'“‘[{«`), closing marks and stops after it
// (`)"'”’.,;:!?]}»`). By character code: a set of one-letter strings, asked twice per token, was a
// third of the scanner's time.
const isLeadCode = (c: number) => c === 40 || c === 34 || c === 39 || c === 91 || c === 123 || c === 0xab || c === 0x201c || c === 0x2018;
const isTrailCode = (c: number) => (c < 128 ? c === 41 || c === 34 || c === 39 || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 93 || c === 125
  : c === 0xbb || c === 0x201d || c === 0x2019);

/**
 * Whitespace-delimited tokens (`/\S+/g`), each with its core: the token without the run of
 * opening marks at its start and the run of closing marks and stops at its end (`("word").` ->
 * `word`). Read by character code: the stages ask for the tokens of every document twice.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    let coreStart = i;
    while (coreStart < end && isLeadCode(text.charCodeAt(coreStart))) coreStart++;
    let coreEnd = end;
    while (coreEnd > coreStart && isTrailCode(text.charCodeAt(coreEnd - 1))) coreEnd--;
    const whole = text.slice(i, end);
    // (most tokens are their own core: one string for both)
    out.push({ start: i, end, text: whole, core: coreStart === i && coreEnd === end ? whole : text.slice(coreStart, coreEnd), coreStart });
    i = end;
  }
  return out;
}

/**
 * Does some token of `text` have `core` as its core (`male` in `Male 48; (male)`)? As
 * `tokenize(text).some((t) => t.core === core)`, without making the tokens: a search for the word,
 * then a look at what surrounds each place it is found. For a word of letters.
 */
export function hasTokenCore(text: string, core: string): boolean {
  const n = text.length;
  for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
    let k = at - 1;
    while (k >= 0 && isLeadCode(text.charCodeAt(k))) k--;
    if (k >= 0 && !isSpaceCode(text.charCodeAt(k))) continue;
    let e = at + core.length;
    while (e < n && isTrailCode(text.charCodeAt(e))) e++;
    if (e === n || isSpaceCode(text.charCodeAt(e))) return true;
  }
  return false;
}
