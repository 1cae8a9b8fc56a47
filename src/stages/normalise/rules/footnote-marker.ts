import type { LayoutRule } from '../rule.js';
import { markerOf } from './latex-math.js';

// After punctuation, or after a word of three letters or more: `km²` and `x²` are exponents.
// Earlier markers in the word do not count as part of it, so removal never uncovers new ones.
// A match starts only at the first superscript of a run (the first look-behind), so the second
// is tried once per run: linear however long the run.
const SUPERSCRIPT = /(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])(?<=[.,;:)\]"'’”][⁰¹²³⁴⁵⁶⁷⁸⁹]*|\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** Superscript footnote markers (`2008.¹`) leave the text and become footnote references. */
export const footnoteMarkerRule: LayoutRule = {
  id: 'normalise/footnote-marker',
  on: () => true,
  apply: (text) => [...text.matchAll(SUPERSCRIPT)].map((m) => ({
    range: { start: m.index, end: m.index + m[0].length }, text: '', rule: 'normalise/footnote-marker', footnote: { marker: markerOf(m[0]) },
  })),
};
