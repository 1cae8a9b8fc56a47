import { z } from 'zod';
import type { Doc } from '../../core/doc.js';
import type { GarbleSpan } from '../../core/types.js';
import { applyEdits } from '../../core/edits.js';
import { collectMessages } from '../../core/messages.js';
import { budgetMessage } from '../../core/work.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { knowledgeFor } from '../../lexicon/knowledge.js';
import { profileOf } from '../../text/profile.js';
import { tokenize, type Token } from '../../text/tokens.js';
import type { RepairContext } from './context.js';
import type { BaseHits } from './correct-word.js';
import { RepairLexicon } from './lexicon.js';
import type { RepairRule } from './rule.js';
import { atRule } from './rules/at.js';
import { capitalInWordRule } from './rules/capital-in-word.js';
import { compoundHyphenRule } from './rules/compound-hyphen.js';
import { contextWordRule } from './rules/context-word.js';
import { digitsRule } from './rules/digits.js';
import { enDashRule } from './rules/en-dash.js';
import { farWordRule } from './rules/far-word.js';
import { functionWordRule } from './rules/function-words.js';
import { frequentWordRule } from './rules/frequent-word.js';
import { headingNumeralRule } from './rules/heading-numeral.js';
import { joinRule } from './rules/join.js';
import { knownNameRule } from './rules/known-name.js';
import { ligatureRule } from './rules/ligature.js';
import { longSRule } from './rules/long-s.js';
import { monthNameRule } from './rules/month-name.js';
import { ocrMojibakeRule } from './rules/ocr-mojibake.js';
import { ordinalTensRule } from './rules/ordinal-tens.js';
import { ordinalWordRule } from './rules/ordinal-word.js';
import { pronounIRule } from './rules/pronoun-i.js';
import { punctuationRule } from './rules/punctuation.js';
import { rareWordInContextRule } from './rules/rare-word-in-context.js';
import { removeGarbageRule } from './rules/remove-garbage.js';
import { romanNumeralRule } from './rules/roman-numeral.js';
import { salvageRule } from './rules/salvage.js';
import { splitRule } from './rules/split.js';
import { strayAccentRule } from './rules/stray-accent.js';
import { symbolRule } from './rules/symbols.js';
import { toRule } from './rules/to.js';
import { wordRule } from './rules/word.js';
import { yearParenthesisRule } from './rules/year-parenthesis.js';

/**
 * The rules in order. Marks left by printing and scanning (mojibake, accents an engine added to
 * common words, a capital drawn for two thin letters) first: the later rules would read them as
 * letters or leave the word as a name. Salvage and digits next: they see the raw junk before any word
 * rule tidies its neighbours. Symbols before digits, which read the digits inside symbol
 * segments. A parenthesis read as a 1 beside a year once the year's own digits are read. Dashes
 * once the digits around them are read. Joins before splits, so a shard
 * rejoins before its halves are judged; a compound's lost hyphen (`SecretaryGeneral`) with the
 * joins, before any word rule reads its halves as one unknown word. `to`, the pronoun `I` and `at` (each read from a digit or
 * a look-alike) and punctuation before the word rules, which
 * rank readings by their neighbours. The tens of an ordinal, an ordinal before the session or
 * meeting it numbers (once its tens are read), and a month between a day and a year, before the
 * word rules, which would read them with no eye for the ordinal or the date around them.
 * Lost ligatures, then the long s (`fifty` lost its `fi` as `fty`, which the long s would read as
 * `sty`), before the word rules, which read either by plain edits as some nearer word. A word of a
 * known name, read from the name's other words, before any rule reads it alone. Short words
 * the document's own counts settle before those its neighbours must (context: rare words of
 * OCR output first, as they may only become the commonest words), function words
 * before words, far readings last: each reads the cleanest neighbours there are by then.
 * Removing junk (off by default) comes after every chance to read it.
 */
const ORDER: RepairRule[] = [
  ocrMojibakeRule, strayAccentRule, capitalInWordRule, salvageRule, symbolRule, digitsRule, yearParenthesisRule, enDashRule, joinRule, compoundHyphenRule, splitRule, toRule, pronounIRule, atRule, punctuationRule,
  ordinalTensRule, ordinalWordRule, monthNameRule, ligatureRule, longSRule, knownNameRule, frequentWordRule, rareWordInContextRule, contextWordRule, functionWordRule, wordRule, farWordRule,
  // a second look by the rules that read a token's neighbours, now that the word rules have read
  // those (`continue 16 hinder` once `eontinue` is `continue`, `LS November` once `Noveatber` is
  // `November`)
  toRule, digitsRule, frequentWordRule, rareWordInContextRule, contextWordRule,
  // the numeral of a part or chapter once the word before it is read (`Sectinn IL`); a heading's
  // numeral after every other rule has had its chance at the token (`IL` is no word any of them reads)
  romanNumeralRule, headingNumeralRule,
  removeGarbageRule,
];
/** Each rule once: what the options turn on and off. */
const RULES = [...new Set(ORDER)];

export const repairOptions = z.strictObject({
  maxCost: z.number().gt(0).max(3).default(1.3)
    .describe('Highest edit cost of a correction (a plain edit costs 1, an OCR confusion 0.2-0.5).'),
  margin: z.number().min(0).default(0.35).describe('How much better than the runner-up the best reading must rank to be written.'),
  farDistance: z.number().min(0).lt(1).default(0.34)
    .describe('In a noisy scan, an unknown word may be read as a vocabulary word this far from it at most (OCR-weighted edit distance per letter; `0` turns far readings off).'),
  farMargin: z.number().min(0).default(0.09)
    .describe('How much better than the runner-up a far reading must score (0.09: right 91% of the time on the noisy dev and second dev scans; 0.06 was 85%).'),
  removeAbove: z.number().min(0).default(1.01)
    .describe('Garbled passages scoring at least this, and not repaired, are removed from the text (`1.01`: never).'),
  rules: z.strictObject(Object.fromEntries(RULES.map((r) => [
    r.id, z.boolean().default(!r.offByDefault).describe(r.offByDefault ? `Off by default: ${r.offByDefault}.` : 'On by default.'),
  ]))).default(Object.fromEntries(RULES.map((r) => [r.id, !r.offByDefault])))
    .describe('Each rule on (`true`) or off; a rule right less than 90% of the time on the evaluation sets is off by default.'),
});

export type RepairOptions = z.output<typeof repairOptions>;


const BASE_HITS = Symbol('repair/base-hits');


/** Tokens outside the passages in other languages: Spanish `de` is no misread `be`. */
function englishTokens(doc: Doc, tokens: Token[] = tokenize(doc.text)): Token[] {
  if (doc.languages.length === 0) return tokens;
  const passages = doc.languages;
  return tokens.filter((t) => !passages.some((p) => t.start < p.end && p.start < t.end));
}

/** Reasons that say only that a word is unknown, or sits among unknown words: a name among names has them. */
const WEAK_REASONS = new Set(['unknown-word', 'garbled-context', 'stray-capital']);

/** Does a garbled span that `keep` accepts cover any of a range: a mask over the text, built once per text. */
function flaggedIn(doc: Doc, keep: (g: GarbleSpan) => boolean): (start: number, end: number) => boolean {
  const mask = new Uint8Array(doc.text.length + 1);
  for (const g of doc.garbled) if (keep(g)) mask.fill(1, g.start, g.end);
  return (start, end) => {
    for (let i = start; i < end; i++) if (mask[i]) return true;
    return false;
  };
}

/** Capitalised words the document writes more than once: its own names (`Brahimi`, `Ngobi`). */
function documentNames(tokens: readonly Token[], flagged: (start: number, end: number) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.core) && !flagged(t.start, t.end)) {
      counts.set(t.core, (counts.get(t.core) ?? 0) + 1);
    }
  }
  for (const [k, v] of counts) if (v < 2) counts.delete(k);
  return counts;
}

/** Corrects what can be read with confidence; leaves the rest flagged. */
export const repairStage = defineStage({
  name: 'repair',
  summary: 'Corrects misreadings where the reading is clear; unsure means flagged, not changed.',
  options: repairOptions,
  create: (opts) => (doc, ctx) => {
    const knowledge = knowledgeFor(ctx);
    const all = tokenize(doc.text);
    const docNames = documentNames(all, flaggedIn(doc, () => true));
    // built on first use: a born-digital text with nothing garbled never reads a word, and never loads the repair words
    let lexicon: RepairLexicon | undefined;
    const lexiconOf = () => (lexicon ??= new RepairLexicon(ctx, docNames));
    const baseHits = ctx.cache.get(BASE_HITS, (): BaseHits => new Map());
    const profile = profileOf(doc);
    const rules = ORDER.filter((r) => opts.rules[r.id] && (profile.kind === 'ocr' || r.bornDigital));
    let current = doc;
    // what the rules read of the current text, made anew only when a rule changed it
    let tokens = englishTokens(current, all);
    let flagged = flaggedIn(current, () => true);
    let looksGarbled = flaggedIn(current, (g) => g.reasons.some((r) => !WEAK_REASONS.has(r)));
    for (const rule of rules) {
      const { report, messages } = collectMessages('repair');
      const rc: RepairContext = {
        doc: current, tokens, knowledge, get lexicon() { return lexiconOf(); }, batch: ctx.batch, stage: ctx, baseHits, report,
        maxCost: opts.maxCost, margin: opts.margin, farDistance: opts.farDistance, farMargin: opts.farMargin,
        removeAbove: opts.removeAbove, noisy: profile.noisy, kind: profile.kind, docNames,
        flagged, looksGarbled, work: ctx.work,
      };
      const edits = rule.apply(rc);
      const spent = budgetMessage(ctx.work, 'repair');
      if (spent) messages.push(spent);
      // messages speak of the text the rule read: they go in before its edits move everything
      const next = applyEdits(messages.length ? { ...current, messages: [...current.messages, ...messages] } : current, edits, 'repair');
      if (next.text !== current.text) {
        tokens = englishTokens(next);
        flagged = flaggedIn(next, () => true);
        looksGarbled = flaggedIn(next, (g) => g.reasons.some((r) => !WEAK_REASONS.has(r)));
      }
      current = next;
    }
    return current;
  },
});

export const createRepair = stageFactory(repairStage);
