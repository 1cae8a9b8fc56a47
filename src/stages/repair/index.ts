import type { Doc } from '../../core/doc.js';
import { applyEdits, locate } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import type { Edit, GarbleSpan } from '../../core/types.js';
import { knowledgeFor } from '../../lexicon/knowledge.js';
import { isNoisyScan } from '../../lexicon/noise.js';
import { tokenize } from '../../text/tokens.js';
import { withTokens, type RepairContext } from './context.js';
import { RepairLexicon } from './lexicon.js';
import { digitRepairs } from './rules/digits.js';
import { functionWordRepairs } from './rules/function-words.js';
import { punctuationRepairs } from './rules/punctuation.js';
import { ocrMojibakeRepairs } from './rules/ocr-mojibake.js';
import { salvageRepairs } from './rules/salvage.js';
import { symbolRepairs } from './rules/symbols.js';
import { joinRepairs, splitRepairs } from './rules/split-join.js';
import { atRepairs, toRepairs } from './rules/to-confusion.js';
import { wordRepairs } from './rules/word.js';
import { farWordRepairs } from './rules/far-word.js';

export interface RepairOptions {
  /** Highest edit cost of a correction (a plain edit costs 1, an OCR confusion 0.2-0.5). Default `1.3`. */
  maxCost: number;
  /** How much better than the runner-up the best reading must rank to be written. Default `0.35`. */
  margin: number;
  /**
   * In a noisy scan, an unknown word may be read as a vocabulary word this far from it at most
   * (OCR-weighted edit distance per letter; `0` turns far readings off). Default `0.34`.
   */
  farDistance: number;
  /** How much better than the runner-up a far reading must score. Default `0.06`. */
  farMargin: number;
  /** Garbled passages scoring at least this, and not repaired, are removed from the text. Default `1.01` (never). */
  removeAbove: number;
}

export const repairDefaults: RepairOptions = { maxCost: 1.3, margin: 0.35, farDistance: 0.34, farMargin: 0.06, removeAbove: 1.01 };

type Rule = (ctx: RepairContext) => Edit[];
// Order matters: salvage and digits first (they see the raw junk), words last (they see clean neighbours).
const RULES: Rule[] = [ocrMojibakeRepairs, salvageRepairs, symbolRepairs, digitRepairs, joinRepairs, splitRepairs, toRepairs, atRepairs, punctuationRepairs, functionWordRepairs, wordRepairs, farWordRepairs];

/** Capitalised words the document writes more than once: its own names (`Brahimi`, `Ngobi`). */
function documentNames(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(doc.text)) {
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.core) && !doc.garbled.some((g) => g.start < t.end && g.end > t.start)) {
      counts.set(t.core, (counts.get(t.core) ?? 0) + 1);
    }
  }
  for (const [k, v] of counts) if (v < 2) counts.delete(k);
  return counts;
}

/** Marks what the repairs did to the garbled passages, and records repairs outside them. */
function settle(doc: Doc, removeAbove: number): Doc {
  // where each repair's text comes from by the offset map: a repair inside a line end put back
  // is logged with the move, whose source runs from the cut line to the part's old place
  const repairs = doc.edits.filter((e) => e.stage === 'repair' || e.rule.includes('repair/')).map((e) => ({ ...e, source: locate(doc, e).source }));
  const garbled: GarbleSpan[] = doc.garbled.map((g) => (
    repairs.some((r) => r.start <= g.end && r.end >= g.start && r.source.start < g.source.end && r.source.end > g.source.start)
      ? { ...g, action: 'repaired' as const } : g));
  for (const r of repairs) {
    if (garbled.some((g) => r.source.start < g.source.end && r.source.end > g.source.start)) continue;
    garbled.push({ start: r.start, end: r.end, source: r.source, text: doc.original.slice(r.source.start, r.source.end), score: 0.5, reasons: [r.rule.split('+').pop()!], action: 'repaired' });
  }
  garbled.sort((a, b) => a.start - b.start || a.end - b.end);
  const removals: Edit[] = [];
  for (const g of garbled) {
    if (g.action !== 'kept' || g.score < removeAbove) continue;
    g.action = 'removed';
    const end = doc.text[g.end] === ' ' ? g.end + 1 : g.end;
    removals.push({ range: { start: g.start, end }, text: '', rule: 'repair/remove-garbage' });
  }
  return applyEdits({ ...doc, garbled }, removals, 'repair');
}

/** Corrects what can be read with confidence; leaves the rest flagged. */
export function createRepair(options?: Partial<RepairOptions>): Transform {
  const opts = resolveOptions('repair', repairDefaults, options);
  if (!(opts.maxCost > 0 && opts.maxCost <= 3)) throw new TypeError(`repair: option "maxCost" must be in (0, 3], got ${opts.maxCost}`);
  if (!(opts.margin >= 0)) throw new TypeError(`repair: option "margin" must be >= 0, got ${opts.margin}`);
  if (!(opts.farDistance >= 0 && opts.farDistance < 1)) throw new TypeError(`repair: option "farDistance" must be in [0, 1), got ${opts.farDistance}`);
  if (!(opts.farMargin >= 0)) throw new TypeError(`repair: option "farMargin" must be >= 0, got ${opts.farMargin}`);
  return (doc, ctx) => {
    const knowledge = knowledgeFor(ctx.batch);
    const docNames = documentNames(doc);
    const lexicon = new RepairLexicon(ctx.batch, docNames);
    const noisy = isNoisyScan(doc.text);
    let current = doc;
    for (const rule of RULES) {
      const rc = withTokens({ doc: current, knowledge, lexicon, batch: ctx.batch, maxCost: opts.maxCost, margin: opts.margin, farDistance: opts.farDistance, farMargin: opts.farMargin, noisy, docNames });
      current = applyEdits(current, rule(rc), 'repair');
    }
    return settle(current, opts.removeAbove);
  };
}
