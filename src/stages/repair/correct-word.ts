import { COST, CONFUSIONS } from './confusions.js';
import type { RepairLexicon } from './lexicon.js';

export interface Candidate {
  word: string;
  cost: number;
  freq: number;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const CHEAP_FIRST = 0.5;

/** Variants of `w` reachable by one edit, with their cost. */
function oneEdit(w: string): [string, number][] {
  const out: [string, number][] = [];
  for (const c of CONFUSIONS) {
    for (let i = w.indexOf(c.from); i >= 0; i = w.indexOf(c.from, i + 1)) {
      out.push([w.slice(0, i) + c.to + w.slice(i + c.from.length), c.cost]);
    }
  }
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) {
      const doubled = i > 0 && w[i] === w[i - 1];
      out.push([w.slice(0, i) + w.slice(i + 1), doubled ? COST.doubled : COST.delete]);
      if (i + 1 < w.length) out.push([w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), COST.transpose]);
    }
    for (const ch of ALPHABET) {
      if (i < w.length && ch !== w[i]) out.push([w.slice(0, i) + ch + w.slice(i + 1), COST.substitute]);
      const doubled = ch === w[i - 1] || ch === w[i];
      out.push([w.slice(0, i) + ch + w.slice(i), doubled ? COST.doubled : COST.insert]);
    }
  }
  return out;
}

/** Every variant of `w` within `maxCost`: one edit, or two where the first is a cheap OCR confusion. */
function variants(w: string, maxCost: number): Map<string, number> {
  const best = new Map<string, number>();
  const consider = (v: string, cost: number) => {
    if (cost > maxCost || v.length === 0) return;
    const prev = best.get(v);
    if (prev === undefined || cost < prev) best.set(v, cost);
  };
  const first = oneEdit(w);
  for (const [v, c] of first) consider(v, c);
  for (const [v, c] of first) {
    if (c > CHEAP_FIRST) continue; // two plain edits would enumerate a quarter-million strings a word
    for (const [v2, c2] of oneEdit(v)) if (c + c2 <= maxCost) consider(v2, c + c2);
  }
  best.delete(w);
  return best;
}

// Variants found in the fixed lexicon, per word and cost limit: the same words recur across a batch.
const baseHits = new Map<string, { key: string; cost: number }[]>();
const BASE_HITS_LIMIT = 200000;

/**
 * Candidate corrections of `word` (lower-cased) within `maxCost`, from the repair lexicon: the
 * fixed lexicon's hits are cached across documents, the document's own names are checked anew.
 */
export function candidates(word: string, lexicon: RepairLexicon, maxCost: number): Candidate[] {
  const w = word.toLowerCase();
  const cacheKey = `${maxCost}:${w}`;
  let hits = baseHits.get(cacheKey);
  let all: Map<string, number> | undefined;
  if (!hits) {
    all = variants(w, maxCost);
    hits = [...all].filter(([v]) => lexicon.inBase(v)).map(([key, cost]) => ({ key, cost }));
    if (baseHits.size > BASE_HITS_LIMIT) baseHits.clear();
    baseHits.set(cacheKey, hits);
  }
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const { key, cost } of hits) {
    const e = lexicon.get(key);
    if (e) { out.push({ word: e.form, cost, freq: e.freq }); seen.add(key); }
  }
  if (lexicon.hasExtraWords()) {
    all ??= variants(w, maxCost);
    for (const [v, cost] of all) {
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
