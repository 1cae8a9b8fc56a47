import type { GarbleRule } from './rule.js';

/** LaTeX or markup left after normalisation: backslash commands, braces, math dollars. */
export const markupResidue: GarbleRule = {
  id: 'markup-residue',
  weigh: ({ text }) => (/\\[A-Za-z]+|[{}]|\$\S*\$|\\\$|\^\{/.test(text) ? 0.9 : 0),
};
