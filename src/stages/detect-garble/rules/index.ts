import { innerPunctuation } from './inner-punctuation.js';
import { longToken } from './long-token.js';
import { markupResidue } from './markup-residue.js';
import { mixedCase } from './mixed-case.js';
import { punctuationRatio } from './punctuation-ratio.js';
import { repeatedChars } from './repeated-chars.js';
import type { GarbleRule } from './rule.js';
import { unknownWord } from './unknown-word.js';
import { vowels } from './vowels.js';

export const GARBLE_RULES: GarbleRule[] = [
  longToken, repeatedChars, mixedCase, innerPunctuation, vowels, punctuationRatio, markupResidue, unknownWord,
];
