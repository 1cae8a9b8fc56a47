/** A small letter, then a capital, inside a word: where a compound's hyphen may have gone missing (`SecretaryGeneral`). */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})/gu;
/** Letters (with an apostrophe) that make one part of a compound. */
const PART_BEFORE = /[\p{L}’']+$/u;
const PART_AFTER = /^\p{L}+/u;

/** A text's hyphenated compounds, every run of their parts (`Under-Secretary-General`: also `Secretary-General`), with their counts. */
export function hyphenatedRuns(text: string): Map<string, number> {
  const runs = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
    const parts = m[0].split('-');
    for (let a = 0; a < parts.length - 1; a++) {
      for (let b = a + 1; b < parts.length; b++) {
        const run = parts.slice(a, b + 1).join('-');
        runs.set(run, (runs.get(run) ?? 0) + 1);
      }
    }
  }
  return runs;
}

/** Each place in `word` where a small letter meets a capital, with the two parts that meet there (`Port-auPrince`: 8, `au`, `Prince`). */
export function caseJoins(word: string): { at: number; left: string; right: string }[] {
  const out: { at: number; left: string; right: string }[] = [];
  for (const m of word.matchAll(CASE_CHANGE)) {
    const left = PART_BEFORE.exec(word.slice(0, m.index))?.[0];
    const right = PART_AFTER.exec(word.slice(m.index))?.[0];
    if (left && right) out.push({ at: m.index, left, right });
  }
  return out;
}
