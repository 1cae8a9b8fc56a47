import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import { toSource } from '../../core/offset-map.js';
import type { GarbleSpan, Range } from '../../core/types.js';
import { englishCharModel } from '../../lexicon/char-ngram.js';
import { knowledgeFor } from '../../lexicon/knowledge.js';
import { GARBLE_RULES } from './rules/index.js';
import type { RuleContext } from './rules/rule.js';
import { scoreTokens, type Scored } from './score.js';
import { tokenize } from '../../text/tokens.js';

export interface DetectGarbleOptions {
  /** A token whose combined score reaches this is garbled. Default `0.5`. */
  threshold: number;
  /** Added (noisy-or) to a token with any evidence when its neighbours are garbled. Default `0.3`. */
  contextBoost: number;
  /** Neighbours on each side that make up a token's context. Default `3`. */
  contextWindow: number;
  /** Mean log10 character-trigram probability below which a word looks un-English. Default `-1.45`. */
  lmFloor: number;
  /** Share of neighbours with evidence that makes even a clean-looking word garbled. Default `0.8`. */
  denseContext: number;
  /** A token with at least this score joins a garbled run it touches (hysteresis). Default `0.25`. */
  extendThreshold: number;
  /** Share of unknown words above which a document counts as noisy and unknown words as garbage. Default `0.15`. */
  noisyFrom: number;
  /**
   * Noise weight (0 to 0.6, from the share of unknown words) from which rare short words,
   * list-only words and letterless tokens count as garbage too. Default `0.3`.
   */
  noisySuspect: number;
}

export const detectGarbleDefaults: DetectGarbleOptions = {
  threshold: 0.5, contextBoost: 0.3, contextWindow: 3, lmFloor: -1.45, denseContext: 0.8, noisyFrom: 0.15, extendThreshold: 0.25, noisySuspect: 0.3,
};

function check(o: DetectGarbleOptions): DetectGarbleOptions {
  for (const key of ['threshold', 'contextBoost', 'denseContext', 'noisyFrom', 'extendThreshold', 'noisySuspect'] as const) {
    if (!(o[key] >= 0 && o[key] <= 1)) throw new TypeError(`detect-garble: option "${key}" must be in [0, 1], got ${o[key]}`);
  }
  if (!Number.isInteger(o.contextWindow) || o.contextWindow < 0) {
    throw new TypeError(`detect-garble: option "contextWindow" must be a whole number >= 0, got ${o.contextWindow}`);
  }
  return o;
}

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
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (inRun[i] || scored[i].score < extend) continue;
      const left = i > 0 && inRun[i - 1] && sameParagraph(i - 1, i);
      const right = i < n - 1 && inRun[i + 1] && sameParagraph(i, i + 1);
      if (left || right) {
        inRun[i] = true;
        changed = true;
      }
    }
  }
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
      score: Math.round(Math.max(...run.map((r) => r.score)) * 1000) / 1000,
      reasons: [...new Set(run.flatMap((r) => r.reasons))].sort(),
      action: 'kept',
    });
    i = j + 1;
  }
  return out;
}

/** Scores every token for garbage and records suspicious passages as `garbled` spans. */
export function createDetectGarble(options?: Partial<DetectGarbleOptions>): Transform {
  const opts = check(resolveOptions('detect-garble', detectGarbleDefaults, options));
  return (doc, ctx) => {
    const tokens = tokenize(doc.text);
    const docCounts = new Map<string, number>();
    for (const t of tokens) docCounts.set(t.core, (docCounts.get(t.core) ?? 0) + 1);
    const ruleCtx: RuleContext = { knowledge: knowledgeFor(ctx.batch), lm: englishCharModel(), docCounts, lmFloor: opts.lmFloor };
    const scored = scoreTokens(doc, tokens, GARBLE_RULES, ruleCtx, opts);
    return { ...doc, garbled: spans(doc, scored, opts.threshold, opts.extendThreshold) };
  };
}
