import type { GarbleRule } from './rule.js';

/** rmgarbage A: more punctuation and symbols than letters and digits in a token. */
export const punctuationRatio: GarbleRule = {
  id: 'punctuation-ratio',
  weigh: ({ text }) => {
    const alnum = text.replace(/[^\p{L}\p{N}]/gu, '').length;
    const other = text.length - alnum;
    if (alnum === 0) return /^[\p{P}]+$/u.test(text) && text.length <= 3 ? 0 : 0.75;
    return other > alnum && text.length >= 3 ? 0.6 : 0;
  },
};
