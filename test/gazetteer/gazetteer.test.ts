import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/gazetteer/aho-corasick.js';
import { countries, gazetteer, regions } from '../../src/resources/index.js';
import { gazetteerFromBuffer, gazetteerToBuffer } from '../../src/gazetteer/index.js';
import fc from 'fast-check';

describe('gazetteer loading', () => {
  it('loads countries with UN names, ISO codes and variants', () => {
    const all = countries();
    expect(all.length).toBeGreaterThan(240);
    const korea = all.find((c) => c.countryCode === 'KR')!;
    expect(korea.name).toBe('Republic of Korea');
    expect(korea.variants).toContain('Republic of Korea');
    expect(all.find((c) => c.countryCode === 'TR')!.variants).toEqual(expect.arrayContaining(['Türkiye', 'Turkey']));
    expect(all.find((c) => c.countryCode === 'IR')!.name).toBe('Iran (Islamic Republic of)');
  });

  it('leaves out own-language names that are English words, and adjectives, but not short names', () => {
    const variants = (code: string) => countries().find((c) => c.countryCode === code)!.variants;
    // Iceland's own name is an English word; a people's adjective names no place
    expect(variants('IS')).not.toContain('Island');
    expect(variants('TH')).not.toContain('Thai');
    expect(variants('TG')).not.toContain('Togolese');
    // an adjective that opens the English name is its short name; an English alternative stays
    expect(variants('VA')).toContain('Vatican');
    expect(variants('NL')).toContain('Holland');
  });

  it('loads regions and features', () => {
    const names = regions().map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Asia and the Pacific', 'South-East Asia', 'Sahel', 'Mekong']));
  });

  it('keeps big cities and capitals, not cities named like common words', () => {
    const { entries } = gazetteer(100000);
    // (English names of cities GeoNames writes otherwise: `Sevilla` is `Seville`)
    for (const city of ['Bangkok', 'Almaty', 'Seoul', 'New York', 'Geneva', 'Kabul', 'Seville', 'Marrakech']) expect(entries.get(city)?.kind, city).toBe('city');
    expect(entries.get('Mobile')).toBeUndefined();
    expect(entries.get('Kazakhstan')?.kind).toBe('country');
  });

  it('keeps great cities named like frequent words no spelling list has, marked as also a name', () => {
    const { entries } = gazetteer(100000);
    expect(entries.get('Jerusalem')).toMatchObject({ kind: 'city', alsoAName: true });
    expect(entries.get('Bangkok')?.alsoAName).toBeUndefined();
    // a city of fewer people, or one named by an English word, stays out
    expect(entries.get('Reading')).toBeUndefined();
  });

  it('writes a city also without its diacritics, unless that spelling is an English word or another place', () => {
    const { entries } = gazetteer(100000);
    expect(entries.get('Montreal')?.name).toBe('Montréal');
    expect(entries.get('Bogota')?.name).toBe('Bogotá');
    // Córdoba without its accent is an English word (cordoba, a currency)
    expect(entries.get('Cordoba')).toBeUndefined();
  });
});

describe('Aho–Corasick', () => {
  it('finds every pattern, overlaps included, with offsets', () => {
    const ac = new AhoCorasick(['he', 'she', 'hers', 'his']);
    expect(ac.search('ushers').map((h) => [h.pattern, h.start, h.end])).toEqual([['she', 1, 4], ['he', 2, 4], ['hers', 2, 6]]);
    expect(new AhoCorasick(['Korea', 'Republic of Korea']).search('the Republic of Korea').map((h) => h.pattern))
      .toEqual(['Republic of Korea', 'Korea']);
    expect(new AhoCorasick([]).search('anything')).toEqual([]);
  });

  it('drops the hits a filter refuses before making them', () => {
    const ac = new AhoCorasick(['Oman', 'Roman']);
    const text = 'Romania, Oman and Roman law';
    const whole = (start: number, end: number) => !/\p{L}/u.test(text[start - 1] ?? '') && !/\p{L}/u.test(text[end] ?? '');
    expect(ac.search(text, whole).map((h) => [h.pattern, h.start])).toEqual([['Oman', 9], ['Roman', 18]]);
  });

  it('agrees with a naive search of every pattern at every offset', () => {
    const patterns = ['ab', 'abc', 'bc', 'c', 'cab', 'bca', 'aaa', 'a'];
    const ac = new AhoCorasick(patterns);
    // a fixed pseudo-random text over the patterns' letters
    let seed = 7;
    const text = Array.from({ length: 400 }, () => 'abc'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 3]).join('');
    const naive = [];
    for (let end = 1; end <= text.length; end++) {
      for (const p of patterns) if (end >= p.length && text.slice(end - p.length, end) === p) naive.push(`${p}@${end - p.length}`);
    }
    const found = ac.search(text).map((h) => `${h.pattern}@${h.start}`);
    expect([...found].sort()).toEqual([...naive].sort());
    expect(found.length).toBeGreaterThan(100);
  });

  it('walked from word starts, finds what the full search finds there, in the same order', () => {
    // duplicates, patterns inside patterns, patterns with a space or a lower-case first letter
    const letters = fc.constantFrom('a', 'b', 'A', 'B', ' ', '-', '1');
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }), fc.array(letters, { maxLength: 80 }).map((cs) => cs.join('')), fc.boolean(), (patterns, text, digitsJoin) => {
      const ac = new AhoCorasick(patterns);
      const startsHere = (i: number) => !digitsJoin || !/\d/.test(text[i - 1] ?? '');
      const wordEnd = (_: number, end: number) => text[end] !== 'b';
      const wordStart = (i: number) => !/[A-Za-z]/.test(text[i - 1] ?? '') && startsHere(i);
      expect(ac.searchFromStarts(text, startsHere, wordEnd)).toEqual(ac.search(text, (start, end) => wordStart(start) && wordEnd(start, end)));
    }), { numRuns: 500 });
    const places = new AhoCorasick(['Oman', 'Roman', 'the Pacific', 'Pacific']);
    expect(places.searchFromStarts('Romania, Oman, the Pacific and Roman law', () => true).map((h) => [h.pattern, h.start]))
      .toEqual([['Roman', 0], ['Oman', 9], ['the Pacific', 15], ['Pacific', 19], ['Roman', 31]]);
  });

  it('finds the same hits when rebuilt from the data it was saved as', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[ab ]{1,4}$/), { maxLength: 12 }), fc.stringMatching(/^[abc ]{0,60}$/), (patterns, text) => {
      const built = new AhoCorasick(patterns);
      expect(new AhoCorasick(built.toData()).search(text)).toEqual(built.search(text));
    }));
  });
});

describe('gazetteer as the build writes it', () => {
  const g = gazetteer(100000);
  const bytes = gazetteerToBuffer(g);
  // as a file read into a shared pool may lie: at an offset no typed array may start at
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  it.each([['as written', bytes], ['at an odd offset', shifted.subarray(1)]])('reads back %s, with the same places and the same hits', (_, b) => {
    const back = gazetteerFromBuffer(b);
    expect([...back.entries]).toEqual([...g.entries]);
    // one place object per place, as built: two names of Türkiye share it
    expect(back.entries.get('Türkiye')).toBe(back.entries.get('Turkey'));
    const text = 'Delegates from Türkiye, the Republic of Korea and Kazakhstan met in Bangkok and Almaty.';
    expect(back.matcher.search(text)).toEqual(g.matcher.search(text));
    expect(back.matcher.search(text).length).toBeGreaterThan(4);
  });
});

