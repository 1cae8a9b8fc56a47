import { replaceAll } from '../replace.js';
import type { NormaliseRule } from '../rule.js';

const ESCAPE = /(?<!\\)\\([%&_#$])/g;

/** `\%`, `\&` -> `%`, `&`. */
export const latexEscapeRule: NormaliseRule = {
  id: 'normalise/latex-escape', on: (o) => o.markup, apply: (text) => replaceAll(text, ESCAPE, 'normalise/latex-escape', (m) => m[1]),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/latex-escape': true;
  }
}
