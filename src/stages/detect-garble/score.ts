import type { Doc, TextProfile } from '../../core/doc.js';
import { MARKUP_RULES } from '../../core/rule-ids.js';
import { inForeignPhrase } from '../../text/foreign.js';
import { isWordPiece } from '../../text/word-pieces.js';
import { noisySuspect } from './noisy-suspect.js';
import { isProtected } from '../../text/protected.js';
import type { GarbleRule, RuleContext } from './rules/rule.js';
import type { Token } from '../../text/tokens.js';
import type { WorkMeter } from '../../core/work.js';

export interface Scored {
  token: Token;
  score: number;
  reasons: string[];
}

/** Tokens longer than this are not read by the rules (no word, symbol or address is this long). */
const LONGEST_READ = 256;
const LONG_TOKEN_WEIGHT = 0.7;
/** Work units per character a token's rules read (each rule reads the token about once). */
const RULE_WORK = 10;

/**
 * The reasons of a token no rule flagged: one frozen array for all of them (a report has a few
 * hundred thousand tokens, nearly all clean, and an array each was a tenth of this stage's
 * garbage). Reasons are added by making a new array, never by pushing.
 */
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

/** Independent pieces of evidence combine as a noisy-or: each can only raise the score. */
export const noisyOr = (weights: number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);

// Function words that a bad scan writes with a capital in mid-sentence (`results Of the`).
const CAPITALISED_FUNCTION_WORDS = new Set(['To', 'Of', 'In', 'On', 'At', 'By', 'For', 'And', 'Or', 'The', 'A', 'An', 'Is', 'As']);

/**
 * Where markup residue was unwrapped: the scan was poor right there. Masks over the text (what
 * an unwrapping replaced; where one removed text, a point), so each token is checked in its own
 * length rather than against every edit.
 */
function markupMask(doc: Doc): { spans: Uint8Array; points: Uint8Array } | undefined {
  // (most documents have no markup: no masks to allocate)
  if (!doc.edits.some((e) => e.rules.some((r) => MARKUP_RULES.has(r)))) return undefined;
  const spans = new Uint8Array(doc.text.length + 1);
  const points = new Uint8Array(doc.text.length + 1);
  for (const e of doc.edits) {
    if (!e.rules.some((r) => MARKUP_RULES.has(r))) continue;
    if (e.end > e.start) spans.fill(1, e.start, e.end);
    else points[e.start] = 1;
  }
  return { spans, points };
}

/** An edit overlaps the token, or removed text strictly inside it. */
function touchedByMarkup(mask: { spans: Uint8Array; points: Uint8Array } | undefined, token: Token): boolean {
  if (!mask) return false;
  for (let i = token.start; i < token.end; i++) if (mask.spans[i] || (i > token.start && mask.points[i])) return true;
  return false;
}

/** The rules that fired on a token, with their weights. */
type Fired = (readonly [string, number])[];
/**
 * Per token text: what the rules found where none reads the document (`fired`), else each
 * rule's weight with a hole for each rule to weigh in the document; null for a protected form.
 */
export type BatchWeights = Map<string, { fired: Fired } | { weights: (number | undefined)[] } | null>;
/** Forms this long are rare and mostly garbage: not kept for the batch. */
const SHARED_LONGEST = 24;
/** The batch keeps this many forms at most, so that an archive's memory stays flat. */
const SHARED_MAX = 200_000;

/**
 * The weights of the rules that read a token's text and the batch's lexicons only: the same for
 * every document of the batch, so a form is weighed once however many reports write it. `null`
 * where the form is protected (a number, an address, a symbol).
 */
function sharedWeights(batch: BatchWeights, token: Token, rules: readonly GarbleRule[], ctx: RuleContext): { fired: Fired } | { weights: (number | undefined)[] } | null {
  const known = batch.get(token.text);
  if (known !== undefined) return known;
  let shared: { fired: Fired } | { weights: (number | undefined)[] } | null = null;
  if (!isProtected(token.text, token.core)) {
    const weights = rules.map((r) => (r.perDocument && !r.sameInEveryDocument?.(token) ? undefined : r.weigh(token, ctx)));
    shared = weights.includes(undefined) ? { weights } : { fired: firedOf(rules, weights as number[]) };
  }
  if (token.text.length <= SHARED_LONGEST && batch.size < SHARED_MAX) batch.set(token.text, shared);
  return shared;
}

const firedOf = (rules: readonly GarbleRule[], weights: readonly number[]): Fired => {
  const out: Fired = [];
  for (let k = 0; k < rules.length; k++) if (weights[k] > 0) out.push([rules[k].id, weights[k]]);
  return out;
};

export function scoreTokens(
  doc: Doc, tokens: Token[], rules: GarbleRule[], ctx: RuleContext,
  opts: { contextBoost: number; contextWindow: number; denseContext: number; threshold: number; noisyFrom: number; noisySuspect: number },
  profile: TextProfile,
  work: WorkMeter,
  /** The batch's weights of forms by the rules that read the form alone (see `sharedWeights`). */
  batchWeights: BatchWeights = new Map(),
): Scored[] {
  const markup = markupMask(doc);
  // the document's share of unknown words, as normalise measured it once for every stage (passages
  // in other languages aside); 50 clean pseudo-words keep a short text's estimate from jumping at its first two names
  const unknownShare = profile.unknownWords / (profile.words + 50);
  let cores: string[] | undefined; // made only if a foreign phrase must be looked for
  // the rules read a token's text and the document's counts only: a report writes each form
  // many times, and each distinct form is weighed once (undefined: a protected form)
  const weighed = new Map<string, Fired | undefined>();
  const weigh = (token: Token) => {
    const seen = weighed.get(token.text);
    if (seen !== undefined || weighed.has(token.text)) return seen;
    const shared = sharedWeights(batchWeights, token, rules, ctx);
    const fired = !shared ? undefined : 'fired' in shared ? shared.fired : firedOf(rules, shared.weights.map((w, k) => w ?? rules[k].weigh(token, ctx)));
    weighed.set(token.text, fired);
    return fired;
  };
  const scored: Scored[] = tokens.map((token, i) => {
    // a token this long is garbage by its length alone; the other rules' patterns are not read
    // over it (some backtrack: their work would grow with the square of its length)
    if (token.text.length > LONGEST_READ) return { token, score: LONG_TOKEN_WEIGHT, reasons: ['long-token'] };
    // past the document's work budget, tokens are not read (a message says where that began)
    if (!work.spend(RULE_WORK * (1 + token.text.length), 'detect-garble', token.start)) return { token, score: 0, reasons: NO_REASONS };
    const known = weigh(token);
    // (most tokens: no rule fired, and only a capitalised function word can be flagged still)
    if (!known || (known.length === 0 && !CAPITALISED_FUNCTION_WORDS.has(token.core))) return { token, score: 0, reasons: NO_REASONS };
    const fired = [...known];
    // "Front de libération nationale kanak socialiste": unknown words in a foreign phrase are foreign words
    if (fired.length === 1 && fired[0][0] === 'unknown-word' && /^\p{Ll}+$/u.test(token.core) && inForeignPhrase((cores ??= tokens.map((t) => t.core)), i, 4, 2)) {
      return { token, score: 0, reasons: NO_REASONS };
    }
    // "ri sk", "wat er": a piece of a word the layout cut is no misreading; in a scan with many
    // unknown words, the scan split it (or two shreds join into a word by chance) too often to say so
    if (unknownShare < opts.noisyFrom && fired.length === 1 && fired[0][0] === 'unknown-word' && /^\p{Ll}+$/u.test(token.core)
      && isWordPiece(tokens, i, (w) => ctx.knowledge.isLexical(w))) {
      return { token, score: 0, reasons: NO_REASONS };
    }
    const prev = tokens[i - 1];
    if (CAPITALISED_FUNCTION_WORDS.has(token.core) && prev && !/[.!?:;]["'’”)]?$/.test(prev.text) && !/^\p{Lu}/u.test(prev.core)) {
      fired.push(['stray-capital', 0.3]);
    }
    if (fired.length > 0 && touchedByMarkup(markup, token)) fired.push(['markup-residue', 0.4]);
    return { token, score: noisyOr(fired.map(([, w]) => w)), reasons: fired.map(([id]) => id) };
  });
  // In a document where unknown words are common, an unknown word is far more likely noise
  // than a name: the scan is bad. The prior rises with the document's share of unknown words.
  const noise = Math.min(1, Math.max(0, (unknownShare - opts.noisyFrom) / opts.noisyFrom)) * 0.6;
  if (noise > 0) {
    for (const s of scored) {
      // in a scan this bad, rare short words and list-only words are shreds too
      const suspect = s.reasons.includes('unknown-word') || (noise >= opts.noisySuspect && noisySuspect(s.token, ctx.knowledge, ctx.docCounts));
      if (suspect) {
        s.score = noisyOr([s.score, noise]);
        s.reasons = [...s.reasons, 'noisy-document'];
      }
    }
  }
  // Garbage comes in runs: evidence next to evidence is stronger, and a word in the middle of a
  // dense run of garbage is most likely garbage too, however real it looks.
  const w = opts.contextWindow;
  if (w === 0) return scored;
  // a capitalised word that is only unknown is most likely a name, and names come in lists
  // ("Bakari Sidiki Diaby, Régine Esseneme"): it is no evidence that its neighbours are garbage
  const evidence = scored.map((s) => (s.score > 0 && !nameOnlyUnknown(s) ? 1 : 0));
  return scored.map((s, i) => {
    let n = 0;
    let sum = 0;
    for (let j = Math.max(0, i - w); j <= Math.min(scored.length - 1, i + w); j++) {
      if (j === i) continue;
      n++;
      sum += evidence[j];
    }
    const density = n ? sum / n : 0;
    if (s.score > 0 && density >= 0.5) {
      return { ...s, score: noisyOr([s.score, opts.contextBoost * Math.min(1, density / 0.6)]), reasons: [...s.reasons, 'garbled-context'] };
    }
    if (s.score === 0 && density >= opts.denseContext && !isProtected(s.token.text, s.token.core)) {
      return { ...s, score: opts.threshold, reasons: ['garbled-context'] };
    }
    return s;
  });
}

/** A title-case word of letters whose only evidence is that no lexicon knows it. */
function nameOnlyUnknown(s: Scored): boolean {
  return s.reasons.length === 1 && s.reasons[0] === 'unknown-word' && /^\p{Lu}\p{Ll}+$/u.test(s.token.core);
}
