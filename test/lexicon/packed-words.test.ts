import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedWords } from '../../src/lexicon/packed-words.js';

/** Words as a word-list file writes them: lower case, one per line (here with repeats and blank lines). */
const word = fc.stringMatching(/^[a-z]{1,9}$/);

describe('packed-words', () => {
  it('answers as a Set of the lines would, for members and for strangers', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 300 }), fc.array(word, { maxLength: 50 }), fc.boolean(), (words, probes, blanks) => {
      const text = words.join(blanks ? '\n\n' : '\n') + (blanks ? '\n' : '');
      const packed = new PackedWords(Buffer.from(text));
      const set = new Set(words);
      for (const w of [...words, ...probes]) expect(packed.has(w)).toBe(set.has(w));
      expect(packed.size).toBe(set.size);
      expect([...packed]).toEqual([...set]);
    }));
  });

  it.each([
    ['a prefix of a member', 'develop'],
    ['a member with a letter more', 'reports'],
    ['two members across the newline', 'report\nsession'],
    ['the empty string', ''],
    ['a member in capitals', 'Report'],
  ])('says no for %s', (_, probe) => {
    expect(new PackedWords(Buffer.from('development\nreport\nsession\n')).has(probe)).toBe(false);
  });

  it('finds the first and the last word of a file with no final newline', () => {
    const packed = new PackedWords(Buffer.from('aa\nreport\nzyzzyva'));
    expect(['aa', 'zyzzyva'].map((w) => packed.has(w))).toEqual([true, true]);
  });

  it('reads back from the buffer it was saved as, aligned or not, answering as built', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 100 }), fc.array(word, { maxLength: 20 }), fc.nat(3), (words, probes, shift) => {
      const built = new PackedWords(Buffer.from(words.join('\n')));
      const saved = built.toBuffer();
      // the saved bytes at an offset that is no multiple of 4, as a pooled buffer may hold them
      const holder = new Uint8Array(saved.length + shift);
      holder.set(saved, shift);
      const read = PackedWords.fromBuffer(holder.subarray(shift));
      for (const w of [...words, ...probes]) expect(read.has(w)).toBe(built.has(w));
      expect([...read]).toEqual([...built]);
      expect(read.size).toBe(built.size);
    }));
  });
});

