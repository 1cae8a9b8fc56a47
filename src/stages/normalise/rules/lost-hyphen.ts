import type { Edit } from '../../../core/types.js';
import { isLetter } from '../../../text/chars.js';
import type { LayoutRule, Lexicon } from '../rule.js';

/**
 * A hyphen the scan lost: `as neces` / `sary, as` joins when neither part is a word and the two
 * together are one. Two real words (`the` / `report`) never join. One pass over the line breaks.
 */
export function lostHyphenEdits(text: string, isWord: Lexicon): Edit[] {
  const edits: Edit[] = [];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    // the line's last word, before any spaces or tabs
    let e = nl;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    let s = e;
    while (s > 0 && isLetter(text[s - 1])) s--;
    if (e - s < 2 || text[s - 1] === '-') continue;
    // the next line's first word, in lower case, whole
    let b = nl + 1;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
    let f = b;
    while (f < text.length && /\p{Ll}/u.test(text[f])) f++;
    if (f - b < 2 || isLetter(text[f]) || text[f] === '-') continue;
    const left = text.slice(s, e);
    const right = text.slice(b, f);
    if (isWord(left) || isWord(right) || !isWord(left + right)) continue;
    edits.push({ range: { start: e, end: b }, text: '', rule: 'normalise/dehyphenate' });
  }
  return edits;
}

export const lostHyphenRule: LayoutRule = {
  id: 'normalise/lost-hyphen', on: (o) => o.dehyphenate, apply: (text, env) => lostHyphenEdits(text, env.isWord),
};
