import { COST, CONFUSIONS } from '../../text/ocr/confusions.js';
import type { RepairLexicon } from './lexicon.js';

export interface Candidate {
  word: string;
  cost: number;
  freq: number;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The work of reading a word of `length` letters, whether or not a cache answers: about the
 * variants one edit makes of it, again for its cheap first edits. Charged the same either way,
 * so that a document stops at the same place whatever was read before it.
 */
export const readingWork = (length: number) => 56 * (length + 1) * (length + 2);
const CHEAP_FIRST = 0.5;

/**
 * Variants of `w` reachable by one edit costing at most `budget`, with their cost, handed to
 * `emit` (no arrays: this is the hot loop). Below the cost of a plain edit, only confusions and
 * doubled letters are generated.
 */
function oneEdit(w: string, budget: number, emit: (v: string, cost: number) => void): void {
  for (const c of CONFUSIONS) {
    if (c.cost > budget) continue;
    for (let i = w.indexOf(c.from); i >= 0; i = w.indexOf(c.from, i + 1)) {
      emit(w.slice(0, i) + c.to + w.slice(i + c.from.length), c.cost);
    }
  }
  if (budget < Math.min(COST.substitute, COST.insert, COST.delete, COST.transpose)) {
    // only dropped or doubled letters are this cheap
    for (let i = 0; i < w.length; i++) {
      if (i > 0 && w[i] === w[i - 1]) emit(w.slice(0, i) + w.slice(i + 1), COST.doubled);
      emit(w.slice(0, i) + w[i] + w.slice(i), COST.doubled);
    }
    return;
  }
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    if (i < w.length) {
      const doubled = i > 0 && w[i] === w[i - 1];
      const tail = w.slice(i + 1);
      emit(head + tail, doubled ? COST.doubled : COST.delete);
      if (i + 1 < w.length) emit(head + w[i + 1] + w[i] + w.slice(i + 2), COST.transpose);
      for (const ch of ALPHABET) if (ch !== w[i]) emit(head + ch + tail, COST.substitute);
    }
    const rest = w.slice(i);
    for (const ch of ALPHABET) emit(head + ch + rest, ch === w[i - 1] || ch === w[i] ? COST.doubled : COST.insert);
  }
}

/**
 * Every variant of `w` within `maxCost` that `keep` accepts: one edit, or two where the first is
 * a cheap OCR confusion. Only kept variants are stored: a ten-letter word has tens of thousands
 * of variants and a handful of words among them.
 */
function variants(w: string, maxCost: number, keep: (v: string) => boolean): Map<string, number> {
  const best = new Map<string, number>();
  const consider = (v: string, cost: number) => {
    if (cost > maxCost || v.length === 0 || !keep(v)) return;
    const prev = best.get(v);
    if (prev === undefined || cost < prev) best.set(v, cost);
  };
  // two plain edits would enumerate a quarter-million strings a word: only cheap first edits go on
  const cheap: [string, number][] = [];
  oneEdit(w, maxCost, (v, c) => {
    consider(v, c);
    if (c <= CHEAP_FIRST) cheap.push([v, c]);
  });
  for (const [v, c] of cheap) oneEdit(v, maxCost - c, (v2, c2) => consider(v2, c + c2));
  best.delete(w);
  return best;
}

/**
 * How far apart, in letter counts (the sum over characters of the difference in how often each
 * occurs), a word and any variant of it can be: two steps, each a plain edit (2 at most: a
 * substitution) or an OCR confusion (its two sides' lengths at most). A word farther than this
 * from every name the document adds has no variant among them: no need to enumerate.
 */
const STEP_REACH = Math.max(2, ...CONFUSIONS.map((c) => c.from.length + c.to.length));
export const VARIANT_REACH = 2 * STEP_REACH;

/** Variants found in the fixed lexicon, per word and cost limit: the same words recur across a batch. */
export type BaseHits = Map<string, { key: string; cost: number }[]>;
const BASE_HITS_LIMIT = 200000;

/**
 * Candidate corrections of `word` (lower-cased) within `maxCost`, from the repair lexicon: the
 * fixed lexicon's hits are cached across documents, the document's own names are checked anew.
 */
export function candidates(word: string, lexicon: RepairLexicon, maxCost: number, baseHits: BaseHits): Candidate[] {
  const w = word.toLowerCase();
  const cacheKey = `${maxCost}:${w}`;
  let hits = baseHits.get(cacheKey);
  let extra: Map<string, number> | undefined;
  if (!hits) {
    // one enumeration finds both: the fixed lexicon's words (cached) and this document's names
    const found = variants(w, maxCost, (v) => lexicon.inBase(v) || lexicon.isExtraWord(v));
    hits = [...found].filter(([v]) => lexicon.inBase(v)).map(([key, cost]) => ({ key, cost }));
    extra = found;
    if (baseHits.size > BASE_HITS_LIMIT) baseHits.clear();
    baseHits.set(cacheKey, hits);
  }
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const { key, cost } of hits) {
    const e = lexicon.get(key);
    if (e) { out.push({ word: e.form, cost, freq: e.freq }); seen.add(key); }
  }
  if (lexicon.hasExtraWords() && (extra || lexicon.mayReachExtra(w, VARIANT_REACH))) {
    extra ??= variants(w, maxCost, (v) => lexicon.isExtraWord(v));
    for (const [v, cost] of extra) {
      if (seen.has(v) || !lexicon.isExtraWord(v)) continue;
      const e = lexicon.get(v)!;
      out.push({ word: e.form, cost, freq: e.freq });
    }
  }
  return out;
}

/** Writes `candidate` in the case pattern of `original` (Title, UPPER or lower). */
export function matchCase(original: string, candidate: string): string {
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(original) && original.length > 1) return candidate.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return candidate[0].toUpperCase() + candidate.slice(1);
  return /^\p{Lu}/u.test(candidate) ? candidate : candidate.toLowerCase();
}
