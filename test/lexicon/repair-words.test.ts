import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRepairWords, RepairWords } from '../../src/lexicon/repair-words.js';
import { hashOf, HashSet } from '../../src/lexicon/hash-set.js';
import { PackedWords } from '../../src/lexicon/packed-words.js';

const lower = fc.stringMatching(/^[a-z]{1,7}$/);
const frequencies = fc.array(fc.tuple(fc.stringMatching(/^[a-z'][a-z'-]{0,6}$/), fc.constantFrom(1, 4, 5, 50, 299, 300, 5000)), { maxLength: 40 });
const names = fc.array(fc.stringMatching(/^[A-Z][a-z]{1,6}$|^[A-Z]{2,4}$/), { maxLength: 15 });

describe('repair-words answered on demand', () => {
  it('gives every key the entry the built map gives, and no entry where it has none', () => {
    fc.assert(fc.property(frequencies, fc.array(lower, { maxLength: 60 }), names, fc.array(lower, { maxLength: 20 }), fc.boolean(), (rows, words, nameList, probes, packed) => {
      const freq = new Map(rows);
      const english = packed ? new PackedWords(Buffer.from(words.join('\n'))) : new Set(words);
      const built = buildRepairWords(freq, english, new Set(nameList));
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
