import type { BatchContext, StageContext } from '../../core/stage.js';
import type { RepairWord } from '../../lexicon/repair-words.js';
import { repairWordHashes, repairWords } from '../../resources/index.js';
import { HashSet } from '../../lexicon/hash-set.js';

export type Entry = RepairWord;

const BATCH_WORDS = Symbol('repair/batch-words');

/** Fixed words the batch uses in two documents or more, weighted up: built once per batch, not per document. */
function batchEntries(batch: BatchContext, base: { get(key: string): Entry | undefined }): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [w, docs] of batch.vocabulary) {
    const known = docs >= 2 ? base.get(w) : undefined;
    if (known) out.set(w, { form: known.form, freq: known.freq + 2000 * docs });
  }
  return out;
}

/**
 * Words a repair may produce, keyed by lower case. On top of the fixed entries, the batch's
 * own vocabulary weighs most (a word several documents use is what these reports say), and
 * names the document itself writes cleanly more than once.
 */
export class RepairLexicon {
  private readonly base = repairWords();
  private readonly baseHashes = repairWordHashes();
  private readonly addedHashes: HashSet;
  private readonly batchExtra: Map<string, Entry>;
  private readonly extra = new Map<string, Entry>();
  private readonly added = new Set<string>();

  constructor(ctx: StageContext, docNames: Map<string, number>) {
    this.batchExtra = ctx.cache.get(BATCH_WORDS, () => batchEntries(ctx.batch, this.base));
    for (const [name, count] of docNames) {
      const key = name.toLowerCase();
      const known = this.extra.get(key) ?? this.batchExtra.get(key) ?? this.base.get(key);
      if (!known) this.added.add(key);
      this.extra.set(key, { form: known?.form ?? name, freq: (known?.freq ?? 0) + 500 * count });
    }
    this.addedHashes = new HashSet(this.added);
  }

  /** May the string of this hash be a word of either part? (never no for one that is) */
  mayBeWord(hash: number): boolean {
    return this.baseHashes.has(hash) || this.addedHashes.has(hash);
  }

  /** May the string of this hash be a word this document adds? (never no for one that is) */
  mayBeExtraWord(hash: number): boolean {
    return this.addedHashes.has(hash);
  }

  /** Is the word in the fixed part (the same for every document)? */
  inBase(key: string): boolean {
    return this.base.has(key);
  }

  /** Words this document adds that the fixed part lacks (its own names). */
  hasExtraWords(): boolean {
    return this.added.size > 0;
  }

  isExtraWord(key: string): boolean {
    return this.added.has(key);
  }

  /** Is any word this document adds within `reach` of `key` in letter counts (see `VARIANT_REACH`)? */
  mayReachExtra(key: string, reach: number): boolean {
    const counts = new Map<string, number>();
    for (const ch of key) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    for (const added of this.added) {
      if (Math.abs(added.length - key.length) > reach) continue;
      const diff = new Map(counts);
      for (const ch of added) diff.set(ch, (diff.get(ch) ?? 0) - 1);
      let apart = 0;
      for (const n of diff.values()) apart += Math.abs(n);
      if (apart <= reach) return true;
    }
    return false;
  }

  get(word: string): Entry | undefined {
    const key = word.toLowerCase();
    return this.extra.get(key) ?? this.batchExtra.get(key) ?? this.base.get(key);
  }
}
