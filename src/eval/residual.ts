import { alignTokens, words } from './align.js';
import { levenshtein } from './cer.js';

/**
 * The errors a cleaned text still has, by kind, in characters: what says whether a missed CER
 * target is repair's to reach. Words the scan lost (a true word no output word aligns to) cannot
 * be read back from the text; the other kinds can, in principle.
 */
export interface ResidualCounts {
  /** True words no output word aligns to (its letters and the space after it). */
  lost: number;
  /** Output words no true word aligns to: shreds, noise, furniture the truth does not have. */
  extra: number;
  /** Aligned words that differ in letters. */
  letters: number;
  /** Aligned words that differ and hold a digit on either side. */
  digits: number;
  /** Aligned words that differ only in punctuation or case. */
  marks: number;
}

export const RESIDUAL_KINDS = ['lost', 'extra', 'letters', 'digits', 'marks'] as const;

export const emptyResidual = (): ResidualCounts => ({ lost: 0, extra: 0, letters: 0, digits: 0, marks: 0 });

const bare = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** Adds the errors of `output` against `truth` to `into` (words aligned by edit distance, each difference in characters). */
export function residualCounts(output: string, truth: string, into: ResidualCounts): ResidualCounts {
  const a = words(output).map((w) => w.text);
  const b = words(truth).map((w) => w.text);
  const aligned = alignTokens(a, b);
  const used = new Uint8Array(b.length);
  a.forEach((w, i) => {
    const j = aligned[i];
    if (j < 0) {
      into.extra += w.length + 1;
      return;
    }
    used[j] = 1;
    const t = b[j];
    if (w === t) return;
    const d = levenshtein(w, t);
    if (bare(w) === bare(t)) into.marks += d;
    else if (/\d/.test(w) || /\d/.test(t)) into.digits += d;
    else into.letters += d;
  });
  b.forEach((t, j) => { if (!used[j]) into.lost += t.length + 1; });
  return into;
}
