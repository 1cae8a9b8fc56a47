import { describe, expect, it } from 'vitest';
import { CharNgramModel } from '../../src/lexicon/char-ngram.js';
import { loadCities } from '../../src/gazetteer/cities.js';
import { builders, wordFrequencies } from '../../src/resources/index.js';
import { packCounts, unpackCounts } from '../../src/resources/compiled.js';
import fc from 'fast-check';

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

  it('below the compiled floor the package list is needed: the rows lack small towns', () => {
    const rows = builders.cityRows();
    expect(loadCities(1000, rows).length).toBeLessThan(loadCities(1000).length);
  });

  it('counts read back from their packed JSON as the same map, in the same order', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z']{1,8}$/), fc.nat()), { maxLength: 50 }), (rows) => {
      const counts = new Map(rows);
      expect([...unpackCounts(JSON.parse(JSON.stringify(packCounts(counts))))]).toEqual([...counts]);
    }));
    const read = unpackCounts(JSON.parse(JSON.stringify(builders.wordFrequencies())));
    expect(read.size).toBe(wordFrequencies().size);
    expect(read.get('development')).toBe(wordFrequencies().get('development'));
  });
});

