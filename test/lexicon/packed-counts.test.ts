import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedCounts } from '../../src/lexicon/packed-counts.js';

const rows = fc.array(fc.tuple(fc.stringMatching(/^[a-z']{1,8}$/), fc.nat({ max: 3_000_000 })), { maxLength: 60 });

describe('packed-counts', () => {
  it('answers as the map it was made of, in its order, and again when read back from its buffer', () => {
    fc.assert(fc.property(rows, fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 20 }), fc.nat(7), (pairs, probes, shift) => {
      const map = new Map(pairs);
      const packed = PackedCounts.of(map);
      const saved = packed.toBuffer();
      // at an offset that is no multiple of 8, as a pooled buffer may hold it
      const holder = new Uint8Array(saved.length + shift);
      holder.set(saved, shift);
      for (const counts of [packed, PackedCounts.fromBuffer(holder.subarray(shift))]) {
        expect([...counts]).toEqual([...map]);
        expect(counts.size).toBe(map.size);
        for (const w of [...map.keys(), ...probes]) {
          expect(counts.get(w)).toBe(map.get(w));
          expect(counts.has(w)).toBe(map.has(w));
        }
      }
    }));
  });

  it.each([
    ['a word with a letter less', 'developmen'],
    ['an empty word', ''],
    ['two words across their newline', "report\nthe"],
  ])('has no count for %s', (_, probe) => {
    const counts = PackedCounts.of(new Map([['development', 12], ['report', 5], ['the', 900]]));
    expect(counts.get(probe)).toBeUndefined();
  });
});
