import { HashSet, hashOf } from './hash-set.js';
import { PackedWords, type WordList } from './packed-words.js';
export interface RepairWord {
  /** The form to write (names keep their capitals). */
  form: string;
  freq: number;
}

/** A frequency-list word's count, when it earns the word a place among the repair words. */
function listed(w: string, c: number | undefined): c is number {
  return c !== undefined && c >= 5 && /^[a-z][a-z'-]*$/.test(w) && (w.length > 3 || c >= 300);
}

const NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const NAME_FREQ = 200;

/**
 * Words a repair may produce, keyed by lower case: words of the frequency list, words of the
 * spelling lexicon it lacks (of four letters or more, a low prior), and gazetteer names (their
 * weight added to a word's, or their own form). Answered on demand from the lists themselves: a
 * Map of the 297k entries, built when the first scan arrives, took 0.5-1 s and most of its
 * garbage.
 */
export class RepairWords {
  /** Names by lower case: the first name's form, and how many names share the key. */
  private readonly names = new Map<string, { form: string; count: number }>();

  constructor(
    private readonly frequencies: ReadonlyMap<string, number>, private readonly english: WordList, names: ReadonlySet<string>,
  ) {
    for (const n of names) {
      if (!NAME.test(n)) continue;
      const key = n.toLowerCase();
      const known = this.names.get(key);
      if (known) known.count++;
      else this.names.set(key, { form: n, count: 1 });
    }
  }

  get(key: string): RepairWord | undefined {
    const c = this.frequencies.get(key);
    let entry: RepairWord | undefined;
    if (listed(key, c)) entry = { form: key, freq: c };
    else if (key.length > 3 && this.english.has(key)) entry = { form: key, freq: 1 };
    const name = this.names.get(key);
    if (!name) return entry;
    return { form: entry?.form ?? name.form, freq: (entry?.freq ?? 0) + NAME_FREQ * name.count };
  }

  has(key: string): boolean {
    return this.names.has(key) || listed(key, this.frequencies.get(key)) || (key.length > 3 && this.english.has(key));
  }

  /** The hashes of every key, for probing variants before they are built as strings. */
  keyHashes(): HashSet {
    const hashes: number[] = [];
    for (const [w, c] of this.frequencies) if (listed(w, c)) hashes.push(hashOf(w));
    for (const key of this.names.keys()) hashes.push(hashOf(key));
    const long = this.english instanceof PackedWords ? this.english.hashes(4) : Int32Array.from([...this.english].filter((w) => w.length > 3), hashOf);
    // (one typed array: the spelling list's 274k hashes are not spread into an array of numbers)
    const all = new Int32Array(hashes.length + long.length);
    all.set(hashes);
    all.set(long, hashes.length);
    return HashSet.ofHashes(all);
  }
}
