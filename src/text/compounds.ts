import { isLetter } from './chars.js';

/** A small letter, then a capital, inside a word: where a compound's hyphen may have gone missing (`SecretaryGeneral`). */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/gu;
const PART_AFTER = /^\p{L}+/u;

/**
 * A text's hyphenated compounds, every run of their parts (`Under-Secretary-General`: also
 * `Secretary-General`), with their counts. Runs of letters and hyphens are split at each hyphen
 * (a pattern of letters, then hyphen-and-letters repeated, backtracks over a long run of letters).
 */
export function hyphenatedRuns(text: string): Map<string, number> {
  const runs = new Map<string, number>();
  const add = (parts: string[]) => {
    for (let a = 0; a < parts.length - 1; a++) {
      for (let b = a + 1; b < parts.length; b++) {
        const run = parts.slice(a, b + 1).join('-');
        runs.set(run, (runs.get(run) ?? 0) + 1);
      }
    }
  };
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (!m[0].includes('-')) continue;
    // parts joined by one hyphen each; an empty part (`--`, a leading or trailing hyphen) ends a compound
    let group: string[] = [];
    for (const part of m[0].split('-')) {
      if (part) group.push(part);
      else {
        add(group);
        group = [];
      }
    }
    add(group);
  }
  return runs;
}

/** Each place in `word` where a small letter meets a capital, with the two parts that meet there (`Port-auPrince`: 7, `au`, `Prince`). */
export function caseJoins(word: string): { at: number; left: string; right: string }[] {
  const out: { at: number; left: string; right: string }[] = [];
  for (const m of word.matchAll(CASE_CHANGE)) {
    // the part before: letters (and apostrophes) back from the change, read by a loop (a pattern anchored at its end retries at every letter)
    let s = m.index;
    while (s > 0 && (isLetter(word[s - 1]) || word[s - 1] === '’' || word[s - 1] === "'")) s--;
    const left = word.slice(s, m.index);
    const right = PART_AFTER.exec(word.slice(m.index))?.[0];
    if (left && right) out.push({ at: m.index, left, right });
  }
  return out;
}
