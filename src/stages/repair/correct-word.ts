import { COST, CONFUSIONS } from '../../text/ocr/confusions.js';
import type { RepairLexicon } from './lexicon.js';
import { affixHashes, concatHash, hashOf } from '../../lexicon/hash-set.js';

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

/** A confusion with the hash of what it writes. */
const CONFUSION_HASHES = CONFUSIONS.map((c) => ({ ...c, toHash: hashOf(c.to) }));
/** The longest text one edit writes: a confusion's other side, or a transposed pair. */
const LONGEST_INSERT = Math.max(2, ...CONFUSIONS.map((c) => c.to.length));
const LETTERS = [...ALPHABET].map((ch) => ({ ch, code: ch.charCodeAt(0) }));

/**
 * A variant of `w`: `ins` written over `del` characters at `i`, with its hash and cost. The
 * string itself is built only when asked for (most variants are no word).
 */
type Emit = (hash: number, cost: number, i: number, del: number, ins: string) => void;

/**
 * Variants of `w` reachable by one edit costing at most `budget`, handed to `emit` (no arrays,
 * no strings: this is the hot loop). Below the cost of a plain edit, only confusions and
 * doubled letters are generated.
 */
function oneEdit(w: string, budget: number, emit: Emit): void {
  const n = w.length;
  const { prefix, suffix, power } = affixHashes(w, LONGEST_INSERT);
  const splice = (i: number, del: number, insHash: number, insLength: number) =>
    concatHash(concatHash(prefix[i], insHash, power[insLength]), suffix[i + del], power[n - i - del]);
  for (const c of CONFUSION_HASHES) {
    if (c.cost > budget) continue;
    for (let i = w.indexOf(c.from); i >= 0; i = w.indexOf(c.from, i + 1)) {
      emit(splice(i, c.from.length, c.toHash, c.to.length), c.cost, i, c.from.length, c.to);
    }
  }
  if (budget < Math.min(COST.substitute, COST.insert, COST.delete, COST.transpose)) {
    // only dropped or doubled letters are this cheap
    for (let i = 0; i < n; i++) {
      if (i > 0 && w[i] === w[i - 1]) emit(splice(i, 1, 0, 0), COST.doubled, i, 1, '');
      emit(splice(i, 0, w.charCodeAt(i), 1), COST.doubled, i, 0, w[i]);
    }
    return;
  }
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const doubled = i > 0 && w[i] === w[i - 1];
      emit(splice(i, 1, 0, 0), doubled ? COST.doubled : COST.delete, i, 1, '');
      if (i + 1 < n) {
        const swapped = w[i + 1] + w[i];
        emit(splice(i, 2, hashOf(swapped), 2), COST.transpose, i, 2, swapped);
      }
      for (const { ch, code } of LETTERS) if (ch !== w[i]) emit(splice(i, 1, code, 1), COST.substitute, i, 1, ch);
    }
    for (const { ch, code } of LETTERS) {
      emit(splice(i, 0, code, 1), ch === w[i - 1] || ch === w[i] ? COST.doubled : COST.insert, i, 0, ch);
    }
  }
}

const spliced = (w: string, i: number, del: number, ins: string) => w.slice(0, i) + ins + w.slice(i + del);

/**
 * Every variant of `w` within `maxCost` that `keep` accepts: one edit, or two where the first is
 * a cheap OCR confusion. `mayKeep` answers first, on the variant's hash: it may say yes wrongly,
 * never no for a variant `keep` accepts. Only kept variants are stored: a ten-letter word has
 * tens of thousands of variants and a handful of words among them.
 */
function variants(w: string, maxCost: number, mayKeep: (hash: number) => boolean, keep: (v: string) => boolean): Map<string, number> {
  const best = new Map<string, number>();
  const consider = (v: string, cost: number) => {
    if (!keep(v)) return;
    const prev = best.get(v);
    if (prev === undefined || cost < prev) best.set(v, cost);
  };
  const probe = (from: string): Emit => (hash, cost, i, del, ins) => {
    if (cost > maxCost || from.length - del + ins.length === 0 || !mayKeep(hash)) return;
    consider(spliced(from, i, del, ins), cost);
  };
  // two plain edits would enumerate a quarter-million strings a word: only cheap first edits go on
  const cheap: [string, number][] = [];
  const first = probe(w);
  oneEdit(w, maxCost, (hash, cost, i, del, ins) => {
    first(hash, cost, i, del, ins);
    if (cost <= CHEAP_FIRST) cheap.push([spliced(w, i, del, ins), cost]);
  });
  for (const [v, c] of cheap) {
    const second = probe(v);
    oneEdit(v, maxCost - c, (hash, c2, i, del, ins) => second(hash, c + c2, i, del, ins));
  }
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
    const found = variants(w, maxCost, (h) => lexicon.mayBeWord(h), (v) => lexicon.inBase(v) || lexicon.isExtraWord(v));
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
    extra ??= variants(w, maxCost, (h) => lexicon.mayBeExtraWord(h), (v) => lexicon.isExtraWord(v));
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
