import { replaceAll } from '../replace.js';
import type { NormaliseRule } from '../rule.js';

const TEXT_COMMAND = /\\(?:textbf|textit|textsl|textsc|textrm|texttt|textup|text|emph|underline|mathrm|mathbb|mathbf|mathit|mathcal|mathsf)\s*\{([^{}\n]*)\}/g;

/** `\textbf{x}`, `\emph{x}` -> `x`. */
export const latexCommandRule: NormaliseRule = {
  id: 'normalise/latex-command', on: (o) => o.markup, apply: (text) => replaceAll(text, TEXT_COMMAND, 'normalise/latex-command', (m) => m[1]),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/latex-command': true;
  }
}
