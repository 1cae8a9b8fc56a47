import type { Edit } from '../../../core/types.js';
import type { LayoutRule, Lexicon } from '../rule.js';

// word-fragment, hyphen, line break (a page break may sit between), fragment.
// The second part is a lookahead so that it can also be the first part of the next break.
// A word starts after a non-letter, or after an apostrophe that opens a quotation: never after
// an apostrophe inside a word (`'A'A'A…` would start a match at every letter).
const BREAK = /(?<=^|[^\p{L}'’]|(?<![\p{L}'’])['’])([\p{L}][\p{L}'’]*)-[ \t]*\n[ \t\n\f]*(?=([\p{L}][\p{L}'’]*))/gmu;

/** Word forms in the text, lower-cased, with counts: the document is its own best lexicon. */
function documentForms(text: string): Map<string, number> {
  const forms = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const w = m[0].toLowerCase();
    forms.set(w, (forms.get(w) ?? 0) + 1);
    if (w.includes('-')) for (const part of w.split('-')) forms.set(part, (forms.get(part) ?? 0) + 1);
  }
  return forms;
}

/**
 * Rejoins words broken at line ends. The document's own spelling decides first (`UN-` + `SMA`
 * where `UNSMA` occurs elsewhere), then the lexicon: a joined form that is a word is joined
 * (`develop-ment`), two words that are a compound keep the hyphen (`long-term`), a capitalised
 * second part keeps it (`Asia-Pacific`, `Secretary-General`), and fragments that are not
 * words are joined (`Nor-bert`).
 */
export function dehyphenateEdits(text: string, isWord: Lexicon): Edit[] {
  const forms = documentForms(text);
  const edits: Edit[] = [];
  for (const m of text.matchAll(BREAK)) {
    const [, left, right] = m;
    // A page break inside the gap only joins when the next part obviously continues the word.
    const acrossBreak = /\n[ \t]*\n|\f/.test(m[0]);
    if (acrossBreak && !/^\p{Ll}/u.test(right)) continue;
    const joined = (left + right).toLowerCase();
    const hyphenated = `${left}-${right}`.toLowerCase();
    const seenJoined = forms.get(joined) ?? 0;
    const seenHyphenated = forms.get(hyphenated) ?? 0;
    let keepHyphen: boolean;
    if (seenHyphenated !== seenJoined) keepHyphen = seenHyphenated > seenJoined;
    else if (/^\p{Lu}/u.test(right) && /^\p{Lu}/u.test(left) && !/^\p{Lu}+$/u.test(left + right)) keepHyphen = true;
    else if (isWord(joined)) keepHyphen = false;
    // two words across a blank line are as often two paragraphs the scan put side by side: left as they are
    else if (acrossBreak) continue;
    else keepHyphen = left.length > 1 && right.length > 1 && isWord(left) && isWord(right);
    const start = m.index + left.length;
    edits.push({
      range: { start, end: m.index + m[0].length },
      text: keepHyphen ? '-' : '',
      rule: keepHyphen ? 'normalise/line-break-compound' : 'normalise/dehyphenate',
    });
  }
  return edits;
}

export const dehyphenateRule: LayoutRule = {
  id: 'normalise/dehyphenate', on: (o) => o.dehyphenate, apply: (text, env) => dehyphenateEdits(text, env.isWord),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/dehyphenate': true;
    'normalise/line-break-compound': true;
  }
}
