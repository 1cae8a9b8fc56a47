import { replaceAll } from '../replace.js';
import type { NormaliseRule } from '../rule.js';

const MD_HEADING = /(?:^|(?<=\f))[ \t]*#{1,6}(?=[ \t\f]|$)[ \t]*/gm;

/** `## Heading` -> `Heading`. */
export const markdownHeadingRule: NormaliseRule = {
  id: 'normalise/markdown-heading', on: (o) => o.markup, apply: (text) => replaceAll(text, MD_HEADING, 'normalise/markdown', () => ''),
};
