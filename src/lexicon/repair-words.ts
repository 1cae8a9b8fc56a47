import type { WordList } from './packed-words.js';
export interface RepairWord {
  /** The form to write (names keep their capitals). */
  form: string;
  freq: number;
}

/** Words a repair may produce, keyed by lower case: frequency list, spelling lexicon (low prior) and gazetteer names. */
export function buildRepairWords(
  frequencies: ReadonlyMap<string, number>, english: WordList, names: ReadonlySet<string>,
): Map<string, RepairWord> {
  const map = new Map<string, RepairWord>();
  const add = (form: string, freq: number) => {
    const key = form.toLowerCase();
    const prev = map.get(key);
    if (prev) prev.freq += freq;
    else map.set(key, { form, freq });
  };
  for (const [w, c] of frequencies) if (c >= 5 && /^[a-z][a-z'-]*$/.test(w) && (w.length > 3 || c >= 300)) add(w, c);
  for (const w of english) if (!map.has(w) && w.length > 3) add(w, 1);
  for (const n of names) if (/^\p{Lu}\p{Ll}{2,}$/u.test(n)) add(n, 200);
  return map;
}
