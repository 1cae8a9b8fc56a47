import { describe, expect, it } from 'vitest';
import { CharNgramModel } from '../../src/lexicon/char-ngram.js';
import { loadCities } from '../../src/gazetteer/cities.js';
import { builders, demonymSet, demonyms } from '../../src/resources/index.js';
import iconv from 'iconv-lite';

// What the build writes must read back as what a run would have built: outputs may not depend on whether the files exist.
describe('compiled resources', () => {
  it('a letter model read back from its JSON scores every word as the trained one does', () => {
    const trained = new CharNgramModel([['development', 1.7], ['report', 2.3], ['assembly', 1.1 / 3]]);
    const read = CharNgramModel.fromJson(JSON.parse(JSON.stringify(trained.toJson())));
    for (const w of ['development', 'developmemt', 'report', 'xqzt', 'assembly', '']) expect(read.score(w)).toBe(trained.score(w));
  });

  it.each([15000, 100000, 1000000])('the compiled city rows give the same cities as the package from a floor of %i people', (floor) => {
    const rows = JSON.parse(JSON.stringify(builders.cityRows()));
    expect(loadCities(floor, rows)).toEqual(loadCities(floor));
  });

  it('the compiled demonyms are the ones the countries package gives', () => {
    expect(JSON.parse(JSON.stringify(builders.demonyms()))).toEqual(demonyms());
    expect(demonymSet().has('Iranian')).toBe(true);
    expect(demonymSet().has('Iran')).toBe(false);
  });

  it('the compiled Windows-1252 table reads back as iconv-lite reads each byte, undefined bytes as themselves', () => {
    const table = new Map(JSON.parse(JSON.stringify(builders.windows1252())) as [string, number][]);
    expect(table.size).toBe(128);
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = iconv.decode(Buffer.from([b]), 'windows-1252');
      expect(table.get(ch === '\ufffd' ? String.fromCharCode(b) : ch)).toBe(b);
    }
    // (the marks UTF-8 read as 1252 is made of: `’` is E2 80 99, read as â € ™)
    expect([table.get('€'), table.get('™'), table.get('\u0081')]).toEqual([0x80, 0x99, 0x81]);
  });

  it('below the compiled floor the package list is needed: the rows lack small towns', () => {
    const rows = builders.cityRows();
    expect(loadCities(1000, rows).length).toBeLessThan(loadCities(1000).length);
  });
});

