import type { Edit } from '../../../core/types.js';
import type { NormaliseRule } from '../rule.js';

const FOOTNOTE_MATH = /^\^\s*(?:\{\s*)?([0-9]{1,3}|[a-z*†‡])\s*\}?$/;

/** The visible letters of a LaTeX math fragment: `\mathbb{M}` -> `M`, `x^{2}` -> `x2`. */
function renderMath(src: string): string {
  let s = src;
  for (let i = 0; i < 5; i++) {
    const next = s.replace(/\\[A-Za-z]+\s*\{([^{}]*)\}/g, '$1').replace(/[\^_]\{([^{}]*)\}/g, '$1');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\\[A-Za-z]+\s*/g, '').replace(/[{}^_]/g, '').trim();
}

// Math needs a command, ^ or _ inside, so that prices such as "$5 and $6" are never touched.
// A single line break may fall inside (PDF lines); a blank line may not.
// redos: bounded, a match starts only at `$` and reads 40 + 80 characters past it at most
const MATH = /\\?\$\s*((?:\\[A-Za-z]{1,40}|\^|_)(?:[^$\n]|\n(?![ \t]*\n)){0,80}?)\s*\\?\$/g;

/** A footnote marker's own characters: digits, a letter or a dagger. */
export const markerOf = (s: string) => s.replace(/[^0-9a-z*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '');

/** LaTeX math residue (`\$\mathbb{M}\$`) shows its letters; a superscript number in math (`$^{2}$`) is a footnote marker. */
export const latexMathRule: NormaliseRule = {
  id: 'normalise/latex-math',
  on: (o) => o.markup,
  apply: (text) => [...text.matchAll(MATH)].map((m): Edit => {
    const range = { start: m.index, end: m.index + m[0].length };
    return FOOTNOTE_MATH.test(m[1])
      ? { range, text: '', rule: 'normalise/footnote-marker', footnote: { marker: markerOf(m[0]) } }
      : { range, text: renderMath(m[1]), rule: 'normalise/latex-math' };
  }),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/latex-math': true;
    'normalise/footnote-marker': true;
  }
}
