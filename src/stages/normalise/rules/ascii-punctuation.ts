import type { Edit } from '../../../core/types.js';
import type { NormaliseRule } from '../rule.js';

const ASCII: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
};
const PATTERN = new RegExp(`[${Object.keys(ASCII).join('')}]`, 'g');

/** Typographic quotes and dashes to ASCII; only used when the `quotes` option is `ascii`. */
export function asciiQuoteEdits(text: string): Edit[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    range: { start: m.index, end: m.index + 1 }, text: ASCII[m[0]], rule: 'normalise/ascii-punctuation',
  }));
}

export const asciiPunctuationRule: NormaliseRule = { id: 'normalise/ascii-punctuation', on: (o) => o.quotes === 'ascii', apply: asciiQuoteEdits };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/ascii-punctuation': true;
  }
}
