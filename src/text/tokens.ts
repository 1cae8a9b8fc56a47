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
