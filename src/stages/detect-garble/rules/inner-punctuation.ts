import { isAllLetters } from '../../../text/chars.js';
import type { GarbleRule } from './rule.js';

/**
 * rmgarbage P: punctuation or digits between letters. Hyphens, apostrophes, slashes, dots of
 * abbreviations and `&` are normal inside words; ordinals and codes like `G77` are normal digits.
 */
export const innerPunctuation: GarbleRule = {
  id: 'inner-punctuation',
  weigh: ({ core }) => {
    // (letters only, most words: none of the patterns can match)
    if (isAllLetters(core)) return 0;
    if (/\p{L}[^\p{L}\p{N}\s'’\-./&]+\p{L}/u.test(core)) return 0.7;
    if (/\p{L}\p{N}+\p{L}/u.test(core) && !/^\p{Lu}+\p{N}+\p{Lu}*$/u.test(core)) return 0.6;
    if (/^\p{Ll}+\p{N}|^\p{N}+\p{Ll}{3,}|(?<!\p{Ll})\p{Ll}{2,}\p{N}+$/u.test(core) && !/^\d+(st|nd|rd|th|s)$/.test(core)) return 0.55;
    return 0;
  },
};
