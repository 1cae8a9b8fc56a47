import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { affixHashes, concatHash, hashOf, HashSet } from '../../src/lexicon/hash-set.js';

describe('hash-set', () => {
  it('a spliced word hashes the same from its affixes as from its string', () => {
    // (up to 300 characters: no table of powers caps the length of a word)
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat(3), fc.string({ maxLength: 3 }), (w, at, cut, ins) => {
      const i = at % (w.length + 1);
      const del = Math.min(cut, w.length - i);
      const { prefix, suffix, power } = affixHashes(w, 3);
      const viaAffixes = concatHash(concatHash(prefix[i], hashOf(ins), power[ins.length]), suffix[i + del], power[w.length - i - del]);
      expect(viaAffixes).toBe(hashOf(w.slice(0, i) + ins + w.slice(i + del)));
    }));
  });

  it('never says no for a member', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 200 }), (words) => {
      const set = new HashSet(words);
      for (const w of words) expect(set.has(hashOf(w))).toBe(true);
    }));
  });

  it.each([
    [['development', 'report', 'session'], 'developmemt'],
    [['development', 'report', 'session'], 'reports'],
    [[], 'report'],
  ])('says no for strings it was not given: %j, %s', (words, probe) => {
    expect(new HashSet(words).has(hashOf(probe))).toBe(false);
  });
});
