import type { LayoutRule } from '../rule.js';
import { isLetter } from '../../../text/chars.js';
import { markerOf } from './latex-math.js';

const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const isSuperscript = (c: string) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.includes(c);
const AFTER_PUNCTUATION = new Set([...'.,;:)]"\'’”']);

/**
 * Is the run of superscripts starting at `s` a marker? After punctuation, or after a word of three
 * letters or more: `km²` and `x²` are exponents. Earlier markers in the word do not count as part
 * of it, so removal never uncovers new ones. (Found run by run, not by a look-behind tried at
 * every character of the text.)
 */
function isMarkerAt(text: string, s: number): boolean {
  if (s === 0) return false;
  if (AFTER_PUNCTUATION.has(text[s - 1])) return true;
  let letters = 0;
  for (let k = s - 1; k >= 0 && letters < 3; k--) {
    if (isLetter(text[k])) letters++;
    else if (!isSuperscript(text[k])) break;
  }
  return letters >= 3;
}

/** Superscript footnote markers (`2008.¹`) leave the text and become footnote references. */
export const footnoteMarkerRule: LayoutRule = {
  id: 'normalise/footnote-marker',
  on: () => true,
  apply: (text) => [...text.matchAll(SUPERSCRIPT_RUN)].filter((m) => isMarkerAt(text, m.index)).map((m) => ({
    range: { start: m.index, end: m.index + m[0].length }, text: '', rule: 'normalise/footnote-marker', footnote: { marker: markerOf(m[0]) },
  })),
};
