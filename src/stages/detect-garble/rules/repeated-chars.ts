import type { GarbleRule } from './rule.js';

/** rmgarbage R: four or more identical characters in a row (digits and rule lines aside). */
export const repeatedChars: GarbleRule = {
  id: 'repeated-chars',
  weigh: ({ text }) => (/([^\d_.\-=*–—])\1{3,}/u.test(text) ? 0.8 : 0),
};
