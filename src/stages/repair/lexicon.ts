import type { BatchContext } from '../../core/stage.js';
import { englishWords, wordFrequencies } from '../../lexicon/english.js';
import { nameWords } from '../../lexicon/names.js';

export interface Entry {
  /** The form to write (names keep their capitals). */
  form: string;
  freq: number;
}

let base: Map<string, Entry> | undefined;

/** The fixed part: frequency list, spelling lexicon (low prior) and gazetteer names. Built once. */
function baseEntries(): Map<string, Entry> {
  if (base) return base;
  const map = new Map<string, Entry>();
  const add = (form: string, freq: number) => {
    const key = form.toLowerCase();
    const prev = map.get(key);
    if (prev) prev.freq += freq;
    else map.set(key, { form, freq });
  };
  for (const [w, c] of wordFrequencies()) if (c >= 5 && /^[a-z][a-z'-]*$/.test(w) && (w.length > 3 || c >= 300)) add(w, c);
  for (const w of englishWords()) if (!map.has(w) && w.length > 3) add(w, 1);
  for (const n of nameWords()) if (/^\p{Lu}\p{Ll}{2,}$/u.test(n)) add(n, 200);
  base = map;
  return map;
}

const perBatch = new WeakMap<BatchContext, Map<string, Entry>>();

/** Fixed words the batch uses in two documents or more, weighted up: built once per batch, not per document. */
function batchEntries(batch: BatchContext, base: Map<string, Entry>): Map<string, Entry> {
  let out = perBatch.get(batch);
  if (out) return out;
  out = new Map();
  for (const [w, docs] of batch.vocabulary) {
    const known = docs >= 2 ? base.get(w) : undefined;
    if (known) out.set(w, { form: known.form, freq: known.freq + 2000 * docs });
  }
  perBatch.set(batch, out);
  return out;
}

/**
 * Words a repair may produce, keyed by lower case. On top of the fixed entries, the batch's
 * own vocabulary weighs most (a word several documents use is what these reports say), and
 * names the document itself writes cleanly more than once.
 */
export class RepairLexicon {
  private readonly base = baseEntries();
  private readonly batchExtra: Map<string, Entry>;
  private readonly extra = new Map<string, Entry>();
  private readonly added = new Set<string>();

  constructor(batch: BatchContext, docNames: Map<string, number>) {
    this.batchExtra = batchEntries(batch, this.base);
    for (const [name, count] of docNames) {
      const key = name.toLowerCase();
      const known = this.extra.get(key) ?? this.batchExtra.get(key) ?? this.base.get(key);
      if (!known) this.added.add(key);
      this.extra.set(key, { form: known?.form ?? name, freq: (known?.freq ?? 0) + 500 * count });
    }
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

  get(word: string): Entry | undefined {
    const key = word.toLowerCase();
    return this.extra.get(key) ?? this.batchExtra.get(key) ?? this.base.get(key);
  }
}
