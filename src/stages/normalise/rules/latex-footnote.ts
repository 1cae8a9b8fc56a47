import type { NormaliseRule } from '../rule.js';

const FOOTNOTE_COMMAND = /\\footnote\s*\{([^{}]*)\}/g;

/** `\footnote{...}` leaves the text; its note is kept as a footnote at that place. */
export const latexFootnoteRule: NormaliseRule = {
  id: 'normalise/footnote',
  on: (o) => o.markup,
  apply: (text) => [...text.matchAll(FOOTNOTE_COMMAND)].map((m) => ({
    range: { start: m.index, end: m.index + m[0].length }, text: '', rule: 'normalise/footnote', footnote: { marker: '', note: m[1] },
  })),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/footnote': true;
  }
}
