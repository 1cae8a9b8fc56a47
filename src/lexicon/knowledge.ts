import type { BatchContext, StageContext } from '../core/stage.js';
import { englishWords, nameWords, wordFrequencies, wordPairs } from '../resources/index.js';

/** Short words are where OCR noise and dictionary oddities ("al", "te", "tor") meet: ask more of them. */
const SHORT = 3;
const SHORT_MIN_FREQ = 300;
/** A word unknown to the lexicon is taken as real when this many documents of the batch use it. */
const BATCH_MIN_DOCS = 3;

/**
 * What counts as a real word: the English lexicon, the frequency list, gazetteer names, and the
 * batch's own vocabulary (words that several documents use, TICCL-style).
 */
export class Knowledge {
  readonly english = englishWords();
  readonly freq = wordFrequencies();
  readonly names = nameWords();
  /** Adjacent word pairs of general English (`<s>` starts a sentence): read on first use (only scans ask). */
  get pairs(): ReadonlyMap<string, number> {
    return wordPairs();
  }

  constructor(readonly batch: BatchContext) {}

  /** Known to the lexicon or gazetteer, without the batch's say: what a repair may not override. */
  isLexical(word: string): boolean {
    return this.check(word, false);
  }

  isKnown(word: string): boolean {
    return this.check(word, true);
  }

  // Every stage asks about the same words many times: remember the answers for this batch
  // (one map per question, keyed by the word itself: no key string to build on every call).
  private readonly memoWithBatch = new Map<string, boolean>();
  private readonly memoLexical = new Map<string, boolean>();

  private check(word: string, useBatch: boolean): boolean {
    const memo = useBatch ? this.memoWithBatch : this.memoLexical;
    let known = memo.get(word);
    if (known === undefined) {
      known = this.compute(word, useBatch);
      memo.set(word, known);
    }
    return known;
  }

  private compute(word: string, useBatch: boolean): boolean {
    if (this.names.has(word)) return true;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (lower.length <= SHORT) {
      return (this.english.has(lower) && (this.freq.get(lower) ?? 0) >= SHORT_MIN_FREQ) || COMMON_SHORT.has(lower);
    }
    if (this.english.has(lower) || (this.freq.get(lower) ?? 0) >= 5) return true;
    // plurals of known words (drylands, deliverables, SDGs are not misprints)
    if (/s$/.test(lower) && (this.english.has(lower.slice(0, -1)) || this.names.has(word.slice(0, -1)))) return true;
    if (/ies$/.test(lower) && this.english.has(`${lower.slice(0, -3)}y`)) return true;
    // adverbs the lists lack, of adjectives they have (`sustainably`, `inclusively`)
    if (/[ai]bly$/.test(lower) && this.english.has(`${lower.slice(0, -1)}e`)) return true;
    if (/ly$/.test(lower) && lower.length >= 7 && this.english.has(lower.slice(0, -2))) return true;
    if (lower.includes('-')) return lower.split('-').every((p) => p.length === 0 || this.check(p, useBatch));
    return useBatch && (this.batch.vocabulary.get(lower) ?? 0) >= BATCH_MIN_DOCS;
  }

  /**
   * How common a word is by the frequency list alone. Where misreadings are in question the
   * batch has no say: a bad batch repeats its shreds (`ation`) and its misread marks in every report.
   */
  listFrequency(word: string): number {
    return this.freq.get(word.toLowerCase()) ?? 0;
  }

  /** How common a word is (count in the frequency list, plus batch evidence). */
  frequency(word: string): number {
    const lower = word.toLowerCase();
    return (this.freq.get(lower) ?? 0) + 50 * (this.batch.vocabulary.get(lower) ?? 0);
  }
}

// Short words of formal English that the subtitle frequency list undercounts.
const COMMON_SHORT = new Set(['a', 'i', 'per', 'via', 'vis', 'sub', 'inter', 'ad', 'hoc', 'de', 'la', 'le', 'et', 'al', 'des', 'du', 'en', 'von', 'van', 'bin', 'ibn', 'of', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'op', 'cit', 'inc', 'ltd', 'co', 'p', 'pp', 'para', 'paras', 'vol', 'art', 'cf', 'etc', 'e.g', 'i.e']);

const KNOWLEDGE = Symbol('knowledge');

/** One Knowledge (and its memory of answers) per batch. */
export function knowledgeFor(ctx: StageContext): Knowledge {
  return ctx.cache.get(KNOWLEDGE, () => new Knowledge(ctx.batch));
}
