import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RepairWords, type RepairWord } from '../../src/lexicon/repair-words.js';
import { hashOf, HashSet } from '../../src/lexicon/hash-set.js';
import { PackedWords, type WordList } from '../../src/lexicon/packed-words.js';

/** The repair words as a map built in one pass over the lists (how they were built before): the model the on-demand answers must match. */
function builtMap(frequencies: ReadonlyMap<string, number>, english: WordList, names: ReadonlySet<string>): Map<string, RepairWord> {
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

const lower = fc.stringMatching(/^[a-z]{1,7}$/);
const frequencies = fc.array(fc.tuple(fc.stringMatching(/^[a-z'][a-z'-]{0,6}$/), fc.constantFrom(1, 4, 5, 50, 299, 300, 5000)), { maxLength: 40 });
const names = fc.array(fc.stringMatching(/^[A-Z][a-z]{1,6}$|^[A-Z]{2,4}$/), { maxLength: 15 });

describe('repair-words answered on demand', () => {
  it('gives every key the entry the built map gives, and no entry where it has none', () => {
    fc.assert(fc.property(frequencies, fc.array(lower, { maxLength: 60 }), names, fc.array(lower, { maxLength: 20 }), fc.boolean(), (rows, words, nameList, probes, packed) => {
      const freq = new Map(rows);
      const english = packed ? new PackedWords(Buffer.from(words.join('\n'))) : new Set(words);
      const built = builtMap(freq, english, new Set(nameList));
      const lazy = new RepairWords(freq, english, new Set(nameList));
      const hashes = lazy.keyHashes();
      const builtHashes = new HashSet(built.keys());
      for (const key of [...built.keys(), ...probes, ...nameList.map((n) => n.toLowerCase())]) {
        expect(lazy.get(key)).toEqual(built.get(key));
        expect(lazy.has(key)).toBe(built.has(key));
        expect(hashes.has(hashOf(key))).toBe(builtHashes.has(hashOf(key)));
      }
    }));
  });

  it.each([
    // a name adds its weight to a word of the lists and keeps the word's form
    ['a name that is also a listed word', new Map([['mobile', 600]]), ['mobile'], ['Mobile'], 'mobile', { form: 'mobile', freq: 800 }],
    ['a name alone', new Map<string, number>(), [], ['Kabul'], 'kabul', { form: 'Kabul', freq: 200 }],
    ['a spelling-list word the counts miss', new Map<string, number>(), ['drylands'], [], 'drylands', { form: 'drylands', freq: 1 }],
    ['a short spelling-list word', new Map<string, number>(), ['hub'], [], 'hub', undefined],
    ['a rare short word of the counts', new Map([['tor', 40]]), [], [], 'tor', undefined],
  ])('%s', (_, freq, words, nameList, key, entry) => {
    expect(new RepairWords(freq, new Set(words), new Set(nameList)).get(key)).toEqual(entry);
  });
});
