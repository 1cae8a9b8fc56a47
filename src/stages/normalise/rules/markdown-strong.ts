import { replaceAll } from '../replace.js';
import type { NormaliseRule } from '../rule.js';

const MD_STRONG = /\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__/g;

/** `**x**`, `__x__` -> `x`. */
export const markdownStrongRule: NormaliseRule = {
  id: 'normalise/markdown-strong', on: (o) => o.markup, apply: (text) => replaceAll(text, MD_STRONG, 'normalise/markdown', (m) => m[1] ?? m[2]),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/markdown': true;
  }
}
