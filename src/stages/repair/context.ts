import type { Doc } from '../../core/doc.js';
import type { BatchContext, StageContext } from '../../core/stage.js';
import type { Report } from '../../core/messages.js';
import type { Knowledge } from '../../lexicon/knowledge.js';
import type { Token } from '../../text/tokens.js';
import type { WorkMeter } from '../../core/work.js';
import { AFTER_COMMA, SENTENCE_START } from '../../lexicon/word-pairs.js';
import { createOcrDistance, DEGRADED_CONFUSIONS, FAIR_LETTER_CONFUSIONS, type OcrDistance } from '../../text/ocr/distance.js';
import type { BaseHits } from './correct-word.js';
import type { RepairLexicon } from './lexicon.js';

const FAIR_DISTANCE = Symbol('repair/fair-distance');
const DEGRADED_DISTANCE = Symbol('repair/degraded-distance');

/**
 * The batch's OCR distances, made at the first reading any rule measures: each allocates a 128 KB
 * table, and its scratch state never changes a result, so every rule and document of the batch
 * shares one. Fair: single-letter confusions of a readable scan; degraded: those of a bad one too.
 */
export const fairDistance = (ctx: Pick<RepairContext, 'stage'>): OcrDistance =>
  ctx.stage.cache.get(FAIR_DISTANCE, () => createOcrDistance(FAIR_LETTER_CONFUSIONS));
export const degradedDistance = (ctx: Pick<RepairContext, 'stage'>): OcrDistance =>
  ctx.stage.cache.get(DEGRADED_DISTANCE, () => createOcrDistance(DEGRADED_CONFUSIONS));

/** In a noisy scan, far readings (`repair/far-word`) take the words this long; shorter ones have too many far neighbours. */
export const FAR_MIN_LENGTH = 5;

export interface RepairContext {
  doc: Doc;
  /** The tokens of the current text outside passages in other languages: English word rules read these. */
  tokens: Token[];
  knowledge: Knowledge;
  lexicon: RepairLexicon;
  batch: BatchContext;
  /** The stage context: batch-scoped caches. */
  stage: StageContext;
  baseHits: BaseHits;
  maxCost: number;
  margin: number;
  /** In noisy scans: the highest OCR distance per letter of a far reading (0: none). */
  farDistance: number;
  farMargin: number;
  /** Garbled passages scoring at least this, and not repaired, are removed. */
  removeAbove: number;
  /** Records a close decision (a reading that lost on margin) for the audit. */
  report: Report;
  /** Is the document a noisy scan (judged once, by normalise)? */
  noisy: boolean;
  /** OCR output, or born-digital text whose words are right as printed (judged once, by normalise). */
  kind: 'ocr' | 'born-digital';
  /** Does detection flag any of [start, end) as garbled? */
  flagged(start: number, end: number): boolean;
  /**
   * ...and for a reason of its own shape, not only for being unknown among unknown words (a
   * name next to a name): mixed case, stray punctuation, no vowels, a noisy document.
   */
  looksGarbled(start: number, end: number): boolean;
  /** Capitalised words the document writes cleanly more than once. */
  docNames: Map<string, number>;
  /** The document's work budget: rules that enumerate readings spend from it and stop when it is spent. */
  work: WorkMeter;
}


/** How often `second` follows `first` (both lower case), in general English and in the batch together. */
function pairCount(ctx: Pick<RepairContext, 'batch' | 'knowledge'>, first: string, second: string): number {
  const pair = `${first} ${second}`;
  return (ctx.knowledge.pairs.get(pair) ?? 0) + (ctx.batch.bigrams.get(pair) ?? 0);
}

/** How often `word` follows `prev` and precedes `next`, in general English and in the batch together. */
export function pairSides(ctx: Pick<RepairContext, 'batch' | 'knowledge'>, prev: string | undefined, word: string, next: string | undefined): { left: number; right: number } {
  const w = word.toLowerCase();
  return { left: prev ? pairCount(ctx, prev.toLowerCase(), w) : 0, right: next ? pairCount(ctx, w, next.toLowerCase()) : 0 };
}

/** How well `word` fits between its neighbours, by word pairs of general English and the batch (log scale). */
export function contextFit(ctx: Pick<RepairContext, 'batch' | 'knowledge'>, prev: string | undefined, word: string, next: string | undefined): number {
  const { left, right } = pairSides(ctx, prev, word, next);
  return Math.log10(1 + left) + Math.log10(1 + right);
}

/** The bare word of a neighbouring token, when it is one. */
export function wordOf(t: Token | undefined): string | undefined {
  return t && /^\p{L}[\p{L}'’-]*$/u.test(t.core) ? t.core : undefined;
}

/** A word the frequency list counts this often is in common use: two pieces that make one are a cut word (`t he`, `lead ing`; `hy the` makes `hythe`, which no text writes). */
const COMMON_WHOLE = 50;
export const inCommonUse = (knowledge: Knowledge, word: string): boolean => knowledge.listFrequency(word) >= COMMON_WHOLE;

/** A token of letters only, no acronym (two capitals first), that no lexicon knows: what the glyph rules may read. */
export const unknownLetters = (knowledge: Knowledge, core: string): boolean =>
  /^[A-Za-z]+$/.test(core) && !/^[A-Z]{2,}/.test(core) && !knowledge.isLexical(core);

/**
 * The one word of the lexicon, this common (list count) at least, among a token's possible
 * `readings`, or none where there is none or there are two: the glyph rules (ligature, long s,
 * capital in a word) read a token only where its reading is not in doubt. Stops at a second one.
 */
export function soleReading(knowledge: Knowledge, readings: Iterable<string>, minFreq: number): string | undefined {
  let found: string | undefined;
  for (const word of readings) {
    // (the list's count first: most readings are no word, and the lexicon remembers every word it is asked)
    if (word === found || knowledge.listFrequency(word) < minFreq || !knowledge.isLexical(word)) continue;
    if (found !== undefined) return undefined;
    found = word;
  }
  return found;
}

/** Both neighbours of token i words the lexicon knows: in a noisy scan, a short or shredded word is read only among clean ones. */
export function knownNeighbours(ctx: RepairContext, i: number): boolean {
  const prev = wordOf(ctx.tokens[i - 1]);
  const next = wordOf(ctx.tokens[i + 1]);
  return !!prev && !!next && ctx.knowledge.isKnown(prev) && ctx.knowledge.isKnown(next);
}

/** Each part of a hyphenated compound with where it starts (`Seeretary-General`): repairs read them one by one. */
export function compoundParts(t: Token): { part: string; start: number }[] {
  const out: { part: string; start: number }[] = [];
  let start = t.coreStart;
  for (const part of t.core.split('-')) {
    out.push({ part, start });
    start += part.length + 1;
  }
  return out;
}

export interface Side { left: string | undefined; right: string | undefined }

/** The word a token offers as a neighbour, lower case; `undefined` where punctuation or a number breaks the pair. */
function neighbourWord(t: Token | undefined): string | undefined {
  return t && t.text === t.core && /^\p{L}[\p{L}'’-]*$/u.test(t.core) ? t.core.toLowerCase() : undefined;
}

/** A blank line between two tokens: a paragraph's end, or a line the layout cut short. */
const BLANK_LINE = /\n[ \t]*\n/;

/** The left and right neighbours of token `i`, with a sentence start counting as a left neighbour. */
function sidesOf(text: string, tokens: readonly Token[], i: number): Side {
  const before = tokens[i - 1];
  const t = tokens[i];
  const after = tokens[i + 1];
  const startsSentence = !before || /[.!?:;]$/.test(before.text);
  const cut = !startsSentence && BLANK_LINE.test(text.slice(before.end, t.start));
  // (after a comma the clause's first word pairs with the comma: `struggle, aad being`)
  const left = startsSentence ? SENTENCE_START : cut ? undefined : /\p{L},$/u.test(before.text) ? AFTER_COMMA : neighbourWord(before);
  // punctuation after the token, or a blank line, breaks its right pair
  const right = t.text.endsWith(t.core) && after && !BLANK_LINE.test(text.slice(t.end, after.start)) ? neighbourWord(after) : undefined;
  return { left, right };
}

/**
 * Token `i`'s neighbours as read (`sides`) and those that can vouch for a reading: a known word, or
 * the start of a sentence or a clause (`marker`) on the left. A neighbour that is itself no word
 * (`peae`) says nothing either way.
 */
export function vouchingSides(ctx: Pick<RepairContext, 'doc' | 'tokens' | 'knowledge'>, i: number): { sides: Side; left?: string; right?: string; marker: boolean } {
  const sides = sidesOf(ctx.doc.text, ctx.tokens, i);
  const marker = sides.left === SENTENCE_START || sides.left === AFTER_COMMA;
  const left = marker || (sides.left && ctx.knowledge.isKnown(sides.left)) ? sides.left : undefined;
  const right = sides.right && ctx.knowledge.isKnown(sides.right) ? sides.right : undefined;
  return { sides, left, right, marker };
}
