import type { Range } from '../../core/types.js';

/**
 * Recurring UN meetings whose names the UN's own editorial style writes in lower case, so that no
 * rule for capitalised names finds them (`the high-level political forum on sustainable
 * development`). Longest first: a shorter name inside a longer one is the longer one's. Written by
 * us from public knowledge of the UN system (names are facts).
 */
const LOWER_CASE_EVENTS = [
  'high-level political forum on sustainable development',
  'high level political forum on sustainable development',
  'high-level political forum',
  'high level political forum',
];

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}-]/u.test(c);

/**
 * Where the text names one of these meetings, as written (its first letter in either case, at
 * a sentence's start too), as whole words, and not after an indefinite article.
 */
export function lowerCaseEvents(text: string): Range[] {
  const out: Range[] = [];
  const taken = (start: number, end: number) => out.some((r) => start < r.end && r.start < end);
  for (const name of LOWER_CASE_EVENTS) {
    // all but the first letter in lower case, as the style writes them (`High-Level Political
    // Forum` is found by the capitalised names): searched as written, with no lower-case copy of
    // the text (whose offsets drift where a letter's lower case is longer, as `İ`'s is)
    const rest = name.slice(1);
    for (let found = text.indexOf(rest, 1); found >= 0; found = text.indexOf(rest, found + 1)) {
      const at = found - 1;
      const end = found + rest.length;
      if (text[at].toLowerCase() !== name[0]) continue;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      // (`a high-level political forum of ministers` is any such forum, not the one named)
      if (/\b(?:a|an|another|any|each|every)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (taken(at, end)) continue;
      out.push({ start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
