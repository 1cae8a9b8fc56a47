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

// What surrounds a word: opening marks before it, closing marks and stops after it.
const LEAD_MARKS = new Set([...'("\'“‘[{«']);
const TRAIL_MARKS = new Set([...')"\'”’.,;:!?]}»']);

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
    while (coreStart < end && LEAD_MARKS.has(text[coreStart])) coreStart++;
    let coreEnd = end;
    while (coreEnd > coreStart && TRAIL_MARKS.has(text[coreEnd - 1])) coreEnd--;
    out.push({ start: i, end, text: text.slice(i, end), core: text.slice(coreStart, coreEnd), coreStart });
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
    while (k >= 0 && LEAD_MARKS.has(text[k])) k--;
    if (k >= 0 && !isSpaceCode(text.charCodeAt(k))) continue;
    let e = at + core.length;
    while (e < n && TRAIL_MARKS.has(text[e])) e++;
    if (e === n || isSpaceCode(text.charCodeAt(e))) return true;
  }
  return false;
}
