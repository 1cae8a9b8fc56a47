import type { Edit } from '../../../core/types.js';
import { isLetter } from '../../../text/chars.js';
import type { LayoutRule, Lexicon } from '../rule.js';

const HYPHEN_AT_LINE_END = /-[ \t]*\n[ \t\n\f]*/g;
const isApostrophe = (c: string | undefined) => c === "'" || c === '’';
const inWord = (c: string | undefined) => isLetter(c) || isApostrophe(c);

interface Break { index: number; gap: string; left: string; right: string }

/**
 * Word-fragment, hyphen, line break (a page break may sit between), fragment. A word starts after
 * a non-letter, or after an apostrophe that opens a quotation: never after an apostrophe inside a
 * word. The second fragment may be the first of the next break. Found from the hyphens at line
 * ends outward (a regular expression with a look-behind first tries it at every character).
 */
function lineEndBreaks(text: string): Break[] {
  const out: Break[] = [];
  for (const m of text.matchAll(HYPHEN_AT_LINE_END)) {
    const hyphen = m.index;
    let start = hyphen;
    while (start > 0 && inWord(text[start - 1])) start--;
    // the word's first letter: the run's start, or the letter after an apostrophe that opens it
    if (!isLetter(text[start])) start = isApostrophe(text[start]) && isLetter(text[start + 1]) ? start + 1 : hyphen;
    if (start === hyphen) continue;
    const after = hyphen + m[0].length;
    if (!isLetter(text[after])) continue;
    let end = after + 1;
    while (end < text.length && inWord(text[end])) end++;
    out.push({ index: start, gap: text.slice(hyphen, after), left: text.slice(start, hyphen), right: text.slice(after, end) });
  }
  return out;
}

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
  const breaks = lineEndBreaks(text);
  if (breaks.length === 0) return [];
  const forms = documentForms(text);
  const edits: Edit[] = [];
  for (const { index, gap, left, right } of breaks) {
    // A page break inside the gap only joins when the next part obviously continues the word.
    const acrossBreak = /\n[ \t]*\n|\f/.test(gap);
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
    const start = index + left.length;
    edits.push({
      range: { start, end: start + gap.length },
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
