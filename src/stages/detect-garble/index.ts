import { withMessages, type Doc } from '../../core/doc.js';
import { budgetMessage } from '../../core/work.js';
import { locate } from '../../core/edits.js';
import { z } from 'zod';
import { profileOf } from '../../text/profile.js';
import { isPrintedReference, urlContinuations } from '../../text/protected.js';
import { caseJoins, hyphenatedRuns } from '../../text/compounds.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { toSource } from '../../core/offset-map.js';
import type { GarbleSpan, Range } from '../../core/types.js';
import { englishCharModel } from '../../resources/index.js';
import { knowledgeFor } from '../../lexicon/knowledge.js';
import { GARBLE_RULES } from './rules/index.js';
import type { RuleContext } from './rules/rule.js';
import { scoreTokens, type BatchWeights, type Scored } from './score.js';
import { tokenize } from '../../text/tokens.js';

const share = () => z.number().min(0).max(1);

export const detectGarbleOptions = z.strictObject({
  threshold: share().default(0.5).describe('A token whose combined score reaches this is garbled.'),
  contextBoost: share().default(0.3).describe('Added (noisy-or) to a token with any evidence when its neighbours are garbled.'),
  contextWindow: z.number().int().min(0).default(3).describe("Neighbours on each side that make up a token's context."),
  lmFloor: z.number().default(-1.45).describe('Mean log10 character-trigram probability below which a word looks un-English.'),
  denseContext: share().default(0.8).describe('Share of neighbours with evidence that makes even a clean-looking word garbled.'),
  noisyFrom: share().default(0.15).describe('Share of unknown words above which a document counts as noisy and unknown words as garbage.'),
  extendThreshold: share().default(0.25).describe('A token with at least this score joins a garbled run it touches (hysteresis).'),
  noisySuspect: share().default(0.3)
    .describe('Noise weight (0 to 0.6, from the share of unknown words) from which rare short words, list-only words and letterless tokens count as garbage too.'),
});

/** Original text this much longer than the gap between two tokens was removed or moved between them. */
const SOURCE_SLACK = 40;

/**
 * Do two neighbouring tokens also neighbour in the original? Not across a line end put back
 * from elsewhere: a span must not claim the original text between the two places.
 */
function sameSource(doc: Doc, a: Range, b: Range): boolean {
  const left = toSource(doc.map, a);
  const right = toSource(doc.map, b);
  return right.start >= left.end && right.start - left.end <= b.start - a.end + SOURCE_SLACK;
}

/**
 * Consecutive garbled tokens of one paragraph become one span; a weaker token (at least
 * `extend`) next to a run joins it, so that a passage of junk is one span, not several.
 */
function spans(doc: Doc, scored: Scored[], threshold: number, extend: number): GarbleSpan[] {
  const n = scored.length;
  const inRun = scored.map((s) => s.score >= threshold);
  const sameParagraph = (a: number, b: number) => !/\n\s*\n/.test(doc.text.slice(scored[a].token.end, scored[b].token.start));
  // a weak token joins a run it touches, and through it the next weak token: one sweep each way
  // reaches what repeating single steps until nothing changes would (in linear time)
  const join = (i: number, from: number) => {
    if (!inRun[i] && scored[i].score >= extend && inRun[from] && sameParagraph(Math.min(i, from), Math.max(i, from))) inRun[i] = true;
  };
  for (let i = 1; i < n; i++) join(i, i - 1);
  for (let i = n - 2; i >= 0; i--) join(i, i + 1);
  const out: GarbleSpan[] = [];
  let i = 0;
  while (i < n) {
    if (!inRun[i]) { i++; continue; }
    let j = i;
    while (j + 1 < n && inRun[j + 1] && sameParagraph(j, j + 1) && sameSource(doc, scored[j].token, scored[j + 1].token)) j++;
    const run = scored.slice(i, j + 1);
    const range = { start: run[0].token.start, end: run[run.length - 1].token.end };
    out.push({
      ...locate(doc, range),
      text: doc.text.slice(range.start, range.end),
      score: Math.round(run.reduce((m, r) => Math.max(m, r.score), 0) * 1000) / 1000,
      reasons: [...new Set(run.flatMap((r) => r.reasons))].sort(),
      action: 'kept',
    });
    i = j + 1;
  }
  return out;
}

/** Words from which a text's kind is judged (as the profile's noisy verdict asks). */
const JUDGED_WORDS = 50;
/**
 * Reasons that say only that a word is not English as the lexicons know it: a name, a word of
 * another language or script, an abbreviation. In born-digital text, whose words are right as
 * printed, they flag nothing; only the shape of a token (markup, stray punctuation, mixed case,
 * runs of one character) does, and not the shapes of references and names as printed.
 */
const WORD_REASONS = new Set(['unknown-word', 'garbled-context', 'stray-capital', 'vowels', 'noisy-document']);

/** The batch's weights of token forms by the rules that read the form alone. */
const BATCH_WEIGHTS = Symbol('detect-garble/batch-weights');

/** Scores every token for garbage and records suspicious passages as `garbled` spans. */
export const detectGarbleStage = defineStage({
  name: 'detect-garble',
  summary: 'Scores every token for garbage (rmgarbage rules, letter model, lexicons, context) and records garbled passages.',
  options: detectGarbleOptions,
  needsBatch: true,
  create: (opts) => (doc, ctx) => {
    const tokens = tokenize(doc.text);
    const docCounts = new Map<string, number>();
    for (const t of tokens) docCounts.set(t.core, (docCounts.get(t.core) ?? 0) + 1);
    const ruleCtx: RuleContext = { knowledge: knowledgeFor(ctx), lm: englishCharModel(), docCounts, lmFloor: opts.lmFloor };
    const profile = profileOf(doc);
    // (a text too short to judge is not trusted to be born-digital: a short scan has few misreadings to show)
    const printed = profile.kind === 'born-digital' && profile.words >= JUDGED_WORDS;
    // (in born-digital text, the pieces of a web address a line break cut are the address's;
    // a text with no address is not walked for them)
    const hasAddress = doc.text.includes('://') || /www\./i.test(doc.text);
    const inUrl = printed && hasAddress ? urlContinuations(tokens, (w) => ruleCtx.knowledge.isLexical(w)) : new Set<number>();
    // ...and so is a compound whose hyphen the PDF lost, where the text writes it with the hyphen (`Port-auPrince`)
    let runs: Map<string, number> | undefined;
    const lostHyphen = (token: string) => caseJoins(token).some(({ left, right }) => (runs ??= hyphenatedRuns(doc.text)).has(`${left}-${right}`));
    // a born-digital passage in another language is right as printed, however few English words
    // the document has to judge it by (a letter in Spanish with its English cover page)
    const foreign = profile.kind === 'born-digital' ? doc.languages : [];
    const inForeign = (t: { start: number; end: number }) => foreign.some((p) => t.start >= p.start && t.end <= p.end);
    // what a flagged token of born-digital text may be, as printed
    const asPrinted = (s: Scored, i: number) => {
      if (s.reasons.length === 0) return false;
      const wordOnly = s.reasons.every((r) => WORD_REASONS.has(r));
      if (printed && (wordOnly || isPrintedReference(s.token.text) || inUrl.has(i) || lostHyphen(s.token.core))) return true;
      return wordOnly && inForeign(s.token);
    };
    const scored = scoreTokens(doc, tokens, GARBLE_RULES, ruleCtx, opts, profile, ctx.work, ctx.cache.get(BATCH_WEIGHTS, (): BatchWeights => new Map()))
      .map((s, i) => (asPrinted(s, i) ? { ...s, score: 0, reasons: [] } : s));
    const spent = budgetMessage(ctx.work, 'detect-garble');
    return withMessages({ ...doc, garbled: spans(doc, scored, opts.threshold, opts.extendThreshold) }, spent ? [spent] : []);
  },
});

export const createDetectGarble = stageFactory(detectGarbleStage);
