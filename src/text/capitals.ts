import { isLowerAt as isLower, isUpperAt as isUpper } from './chars.js';

/** Words a name writes in lower case after its first word (`Latin America and the Caribbean`). */
const SMALL_IN_NAMES = new Set(['of', 'the', 'and', 'de', 'la', 'at', 'in', 'on', 'for', 'to', 'with']);

/** A word in capitals with no vowel is an abbreviation (`DPRK`, `TV`), written so in names too: it stays. */
const VOWEL = /[AEIOUY\u00C0-\u00DD]/;

/** Inside a word in capitals: `PEOPLE’S`, `ASIA-PACIFIC`. */
const isInner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/**
 * A copy of `text`, of the same length, in which headings in capitals read as names are written
 * (`GENEVA, 12 MARCH 2024` -> `Geneva, 12 March 2024`; `LATIN AMERICA AND THE CARIBBEAN` ->
 * `Latin America and the Caribbean`): a run of two or more words in capitals with nothing but
 * digits, spaces and punctuation between them. A word in capitals among lower-case words is an
 * acronym (`UNDP`) and stays as it is. Returns `text` itself when it has no such run. (Read
 * character by character: it runs over every document, and a pattern over every capital ran at
 * about 16 MB/s on the corpora, this at about 160.)
 */
export function titleCaseHeadings(text: string): string {
  const pieces: string[] = [];
  let copied = 0; // text before this offset is in pieces
  let run: [start: number, end: number][] = [];
  const flush = () => {
    if (run.length >= 2) {
      run.forEach(([start, end], k) => {
        const caps = text.slice(start, end);
        const lower = caps.toLowerCase();
        const word = k > 0 && SMALL_IN_NAMES.has(lower) ? lower : caps[0] + lower.slice(1);
        // (same length: a letter whose lower case is longer, such as `İ`, leaves the word as it is)
        if (word.length !== caps.length || word === caps || !VOWEL.test(caps)) return;
        pieces.push(text.slice(copied, start), word);
        copied = end;
      });
    }
    run = [];
  };
  let sawLower = false;
  for (let i = 0; i < text.length;) {
    if (isLower(text, i)) { sawLower = true; i++; continue; }
    if (!isUpper(text, i)) { i++; continue; }
    let j = i + 1;
    while (j < text.length && (isUpper(text, j) || isInner(text.charCodeAt(j)))) j++;
    // a capital that starts a word in mixed case (`The`, `McKinsey`) ends the run
    if (j < text.length && isLower(text, j)) { flush(); i = j; continue; }
    if (sawLower) flush();
    sawLower = false;
    // (`A`, a one-letter word, only inside a heading)
    if (j - i >= 2 || run.length) run.push([i, j]);
    i = j;
  }
  flush();
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}
