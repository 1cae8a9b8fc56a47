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
  const lower = text.toLowerCase();
  const taken = (start: number, end: number) => out.some((r) => start < r.end && r.start < end);
  for (const name of LOWER_CASE_EVENTS) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      // (`a high-level political forum of ministers` is any such forum, not the one named)
      if (/\b(?:a|an|another|any|each|every)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
      // (lower case after its first letter, as the style writes it: `High-Level Political Forum` is found by the capitalised names)
      if (text.slice(at + 1, end) !== name.slice(1) || taken(at, end)) continue;
      out.push({ start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
