import type { Doc } from '../core/doc.js';
import { ruleStage } from '../core/rule-ids.js';
import type { LoggedEdit } from '../core/types.js';
import { alignTokens, words, type WordToken } from './align.js';
import { fold, levenshtein } from './cer.js';
import { isEnglishWord } from '../resources/index.js';

export type Verdict = 'right' | 'wrong' | 'neutral';

export interface EditCounts { edits: number; right: number; wrong: number; neutral: number }
export const emptyEditCounts = (): EditCounts => ({ edits: 0, right: 0, wrong: 0, neutral: 0 });

/** An edit that only moves white space: layout, not a reading. */
export const layoutOnly = (e: LoggedEdit) => /^\s*$/.test(e.from) && /^\s*$/.test(e.to);

/** The rules an edit is credited to: those of the stage that made it (a repair merged with a line join is the repair's). */
export const creditedRules = (e: LoggedEdit) => {
  const own = e.rules.filter((r) => ruleStage(r) === e.stage);
  return own.length ? own : e.rules;
};

/**
 * Judges every edit of a document against its true text, one edit at a time: the input tokens
 * the edit touches, with only that edit applied, are compared with the true tokens aligned to
 * them. Closer is right, farther is wrong, as far is neutral.
 */
export function judgeEdits(doc: Doc, truth: string): { edit: LoggedEdit; verdict: Verdict; reference: string }[] {
  const ocr = words(doc.original);
  const gt = words(truth);
  const alignment = alignTokens(ocr.map((t) => t.text), gt.map((t) => t.text));
  const starts = ocr.map((t) => t.start);
  const out: { edit: LoggedEdit; verdict: Verdict; reference: string }[] = [];
  for (const edit of doc.edits) {
    // a line end put back from elsewhere spans both places in the original: no token span to compare
    if (layoutOnly(edit) || edit.rules.includes('normalise/reattach-fragment')) continue;
    const { start: s, end: e } = edit.source;
    const covered = tokensIn(ocr, starts, s, e);
    if (covered.length === 0) continue;
    const first = ocr[covered[0]];
    const last = ocr[covered[covered.length - 1]];
    const from = Math.min(first.start, s);
    const to = Math.max(last.end, e);
    const before = fold(doc.original.slice(from, to));
    const after = fold(doc.original.slice(from, s) + edit.to + doc.original.slice(e, to));
    const aligned = covered.map((i) => alignment[i]).filter((j) => j >= 0);
    // no true token aligned to them (a heavy scan's junk): nothing to judge the edit by
    if (aligned.length === 0) {
      out.push({ edit, verdict: 'neutral', reference: '' });
      continue;
    }
    const reference = aligned.length ? gt.slice(Math.min(...aligned), Math.max(...aligned) + 1).map((t) => t.text).join(' ') : '';
    const db = levenshtein(before, reference);
    const da = levenshtein(after, reference);
    const verdict: Verdict = da < db ? 'right' : da > db ? 'wrong' : 'neutral';
    out.push({ edit, verdict: verdict === 'wrong' && readsAsTruth(before, after, reference) ? 'neutral' : verdict, reference });
  }
  return out;
}

/**
 * Some true texts keep what the printed page showed of a word's layout: a line-end hyphen
 * (`atten- dant`, the public benchmarks' convention) or a word split in the source PDF
 * (`cl imate`). An edit that joins such a word writes the truth's reading, not a misreading:
 * it is judged neither right nor wrong. (It still counts in the CER, which compares characters.)
 */
export function readsAsTruth(before: string, after: string, reference: string): boolean {
  const closed = reference.replace(/(\p{L})- (\p{L})/gu, '$1$2');
  if (closed !== reference && levenshtein(after, closed) < levenshtein(before, closed)) return true;
  if (before !== reference || after.length !== before.length - 1) return false;
  // one space taken out of the truth's own split word: a word of English, from pieces that are not both words
  const at = [...before].findIndex((ch, i) => ch !== after[i]);
  if (before[at] !== ' ') return false;
  const left = before.slice(0, at).split(/\P{L}/u).pop() ?? '';
  const right = before.slice(at + 1).split(/\P{L}/u)[0];
  return !!left && !!right && isEnglishWord(left + right) && !(isEnglishWord(left) && isEnglishWord(right));
}

/** Indices of the tokens that overlap [s, e) (or touch an empty range at s). */
function tokensIn(tokens: WordToken[], starts: number[], s: number, e: number): number[] {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end < s) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start <= Math.max(e, s); i++) {
    if (tokens[i].end >= s && tokens[i].start <= e) out.push(i);
  }
  return out;
}

/** How many words an edit changes: the larger of its two sides, at least one. */
export function wordsChanged(e: LoggedEdit): number {
  const count = (t: string) => (t.match(/\S+/g) ?? []).length;
  return Math.max(1, count(e.from), count(e.to));
}
