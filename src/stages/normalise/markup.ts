import type { Edit } from '../../core/types.js';
import type { NormaliseRule } from './rule.js';

const FOOTNOTE_MATH = /^\^\s*\{?\s*([0-9]{1,3}|[a-z*†‡])\s*\}?$/;

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

function replaceAll(text: string, pattern: RegExp, rule: string, to: (m: RegExpMatchArray) => string): Edit[] {
  return [...text.matchAll(pattern)].map((m) => ({
    range: { start: m.index!, end: m.index! + m[0].length }, text: to(m), rule,
  }));
}

// Math needs a command, ^ or _ inside, so that prices such as "$5 and $6" are never touched.
// A single line break may fall inside (PDF lines); a blank line may not.
const MATH = /\\?\$\s*((?:\\[A-Za-z]+|\^|_)(?:[^$\n]|\n(?![ \t]*\n)){0,80}?)\s*\\?\$/g;
const TEXT_COMMAND = /\\(?:textbf|textit|textsl|textsc|textrm|texttt|textup|text|emph|underline|mathrm|mathbb|mathbf|mathit|mathcal|mathsf)\s*\{([^{}\n]*)\}/g;
const FOOTNOTE_COMMAND = /\\footnote\s*\{([^{}]*)\}/g;
const ESCAPE = /(?<!\\)\\([%&_#$])/g;
const MD_STRONG = /\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__/g;
const MD_HEADING = /(?:^|(?<=\f))[ \t]*#{1,6}(?=[ \t\f]|$)[ \t]*/gm;

/**
 * Residue of PDF-to-text tools that emit LaTeX or Markdown. Each is its own pass so that
 * nested residue (`\textbf{\$\mathbb{M}\$}`) unwraps from the inside out without overlapping edits.
 */
export const markupRules: NormaliseRule[] = [
  (text) => replaceAll(text, FOOTNOTE_COMMAND, 'normalise/footnote', () => ''),
  (text) => [...text.matchAll(MATH)].map((m) => {
    const footnote = FOOTNOTE_MATH.exec(m[1]);
    return {
      range: { start: m.index!, end: m.index! + m[0].length },
      text: footnote ? '' : renderMath(m[1]),
      rule: footnote ? 'normalise/footnote-marker' : 'normalise/latex-math',
    };
  }),
  (text) => replaceAll(text, TEXT_COMMAND, 'normalise/latex-command', (m) => m[1]),
  (text) => replaceAll(text, ESCAPE, 'normalise/latex-escape', (m) => m[1]),
  (text) => replaceAll(text, MD_STRONG, 'normalise/markdown', (m) => m[1] ?? m[2]),
  (text) => replaceAll(text, MD_HEADING, 'normalise/markdown', () => ''),
];

// After punctuation, or after a word of three letters or more: `km²` and `x²` are exponents.
// Earlier markers in the word do not count as part of it, so removal never uncovers new ones.
const SUPERSCRIPT = /(?<=[.,;:)\]"'’”][⁰¹²³⁴⁵⁶⁷⁸⁹]*|\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹]*)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** Superscript footnote markers (`2008.¹`) leave the text and become footnote references. */
export const footnoteMarkerRule: NormaliseRule = (text) =>
  replaceAll(text, SUPERSCRIPT, 'normalise/footnote-marker', () => '');
