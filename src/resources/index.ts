/**
 * The one place immutable resources load: word lists, frequencies, the letter model, gazetteers
 * and the lexicons derived from them. Each is built on first use and shared by every document
 * and batch of the process; nothing here changes after it is built. Batch-scoped caches live in
 * the stage context (`core/context.ts`), never here.
 */
import { buildGazetteer, gazetteerFromBuffer, gazetteerToBuffer } from '../gazetteer/index.js';
import { loadCities, packageCities, type City } from '../gazetteer/cities.js';
import { loadCountries, loadDemonyms } from '../gazetteer/countries.js';
import { loadRegions } from '../gazetteer/regions.js';
import { loadSubdivisions } from '../gazetteer/subdivisions.js';
import { CharNgramModel, trainEnglishModel } from '../lexicon/char-ngram.js';
import { readEnglishWords, readWordFrequencies } from '../lexicon/english.js';
import { buildFarWords } from '../lexicon/far-words.js';
import { buildNameWords } from '../lexicon/names.js';
import { RepairWords } from '../lexicon/repair-words.js';
import iconv from 'iconv-lite';
import { compiledBytesOr, compiledOr } from './compiled.js';
import { PackedCounts } from '../lexicon/packed-counts.js';
import { PackedWords } from '../lexicon/packed-words.js';
import { DEFAULT_SETTINGS } from '../core/stage.js';
import { readWordPairs } from '../lexicon/word-pairs.js';
import { createRequire } from 'node:module';
import type nlp from 'compromise';
import type * as francModule from 'franc-min';
import { once, onceBy } from './once.js';

/** The smallest city the name words use: a floor below it needs the package's whole list. */
const CITY_FLOOR = 15000;

/**
 * Resources derived from the others by counting or filtering, costly at every start (0.2-0.3 s each): the build
 * writes them (`compile.ts`) and a run reads them, or builds them where the build's files are
 * missing. `compile.ts` calls these builders, never the readers, so a file is never built from
 * an older file.
 */
export const builders = {
  /** The frequency list's rows, lower-cased and merged, in its order (its package's JSON and a Map of it take 0.2 s at every start). */
  wordFrequencies: () => PackedCounts.of(readWordFrequencies()).toBuffer(),
  /** The spelling list with its hash table built (hashing 274k words takes 0.1 s). */
  englishWords: () => readEnglishWords().toBuffer(),
  /** The gazetteer of the default city floor (building its automaton takes 0.1-0.2 s). */
  gazetteer: () => gazetteerToBuffer(buildGazetteerFor(DEFAULT_SETTINGS.minCityPopulation)),
  nameWords: () => buildNameWords(demonyms(), [...countries(), ...cities(CITY_FLOOR)]),
  /** The demonyms alone (the countries' package is 1.4 MB of JSON to parse for them). */
  demonyms: () => loadDemonyms(),
  charModel: () => trainEnglishModel(readWordFrequencies()),
  /**
   * The characters Windows-1252 reads the bytes 0x80-0xFF as, each with its byte, from iconv-lite
   * (its codec tables take 20 ms to load at every start); the bytes 1252 leaves undefined stand for
   * themselves, as C1 controls.
   */
  windows1252: (): [string, number][] => Array.from({ length: 0x80 }, (_, k) => {
    const ch = iconv.decode(Buffer.from([0x80 + k]), 'windows-1252');
    return [ch === '\ufffd' ? String.fromCharCode(0x80 + k) : ch, 0x80 + k];
  }),
  /** The package's cities that any floor from `CITY_FLOOR` up keeps, in its order. */
  cityRows: (): City[] => packageCities()
    .filter((c) => c.population >= CITY_FLOOR || c.featureCode === 'PPLC')
    .map(({ name, country, population, featureCode }) => ({ name, country, population, featureCode })),
};

/** ~274k lower-case English words (package `word-list`): the spelling lexicon. */
export const englishWords = once(() => compiledBytesOr('english-words', PackedWords.fromBuffer, readEnglishWords));
/** Lower-cased word -> count in the SUBTLEX-US subtitle corpus. */
export const wordFrequencies = once(() => compiledBytesOr<ReadonlyMap<string, number>>('word-frequencies', PackedCounts.fromBuffer, readWordFrequencies));
/** Lower-cased "word next" pairs -> count in the Brown corpus and nlp-corpus: what general English puts side by side. */
export const wordPairs = once(readWordPairs);
/** Countries and territories with their UN names and variants. */
export const countries = once(() => loadCountries(isEnglishWord));
/** Adjectives and demonyms (`Afghan`, `Uzbek`): words, never places. */
export const demonyms = once(loadDemonyms);
/** The same, as a set to look words up in, from the build's file. */
export const demonymSet = once(() => new Set(compiledOr('demonyms', (d) => d as string[], builders.demonyms)));
/** UN regions and natural features. */
export const regions = once(loadRegions);
/** Cities of at least this many people, and capitals. */
export const cities = onceBy((minPopulation: number) => loadCities(minPopulation, minPopulation >= CITY_FLOOR ? cityRows() : packageCities()));
/** Cities from the build's file (those of `CITY_FLOOR` people or more, and capitals): the package's 140k take 0.2 s to load. */
const cityRows = once(() => compiledOr('cities', (d) => d as City[], builders.cityRows));
/** States, provinces and territories of every country (ISO 3166-2). */
export const subdivisions = once(loadSubdivisions);
/** Every place name as one automaton, for a city population floor: the default floor's from the build's file. */
export const gazetteer = onceBy((minCityPopulation: number) => (minCityPopulation === DEFAULT_SETTINGS.minCityPopulation
  ? compiledBytesOr('gazetteer', gazetteerFromBuffer, () => buildGazetteerFor(minCityPopulation))
  : buildGazetteerFor(minCityPopulation)));
function buildGazetteerFor(minCityPopulation: number) {
  return buildGazetteer(
    { countries: countries(), regions: regions(), cities: cities(minCityPopulation), subdivisions: subdivisions() }, wordFrequencies(),
    (word) => englishWords().has(word.toLowerCase()),
  );
}
/** Windows-1252's reading of each byte 0x80-0xFF -> the byte: what undoes UTF-8 read as 1252. */
export const windows1252Bytes = once(() => new Map(compiledOr('windows-1252', (d) => d as [string, number][], builders.windows1252)));
/** Words of gazetteer names (cities of 15,000 people or more) and demonyms, as written. */
export const nameWords = once(() => compiledOr('name-words', (d) => new Set(d as string[]), builders.nameWords));
/** A character trigram model of English words. */
export const englishCharModel = once(() => compiledOr('char-model', CharNgramModel.fromJson, builders.charModel));
/** Words a near repair may write, keyed by lower case. */
export const repairWords = once(() => new RepairWords(wordFrequencies(), englishWords(), nameWords()));
/** The repair words' keys as hashes, probed before a variant is built as a string. */
export const repairWordHashes = once(() => repairWords().keyHashes());
/** Words a far reading (noisy scans) may write, with their prior. */
export const farWords = once(() => buildFarWords(wordFrequencies(), englishWords(), countries()));
/** Every country name variant, and the last word of each (`Brazil`, `Korea`). */
export const countryNames = once(() => {
  const names = new Set(countries().flatMap((c) => c.variants));
  return { names, lastWords: new Set([...names].map((v) => v.split(/\s+/).pop()!)) };
});

/**
 * compromise, loaded on first use (its CommonJS build, synchronously): only where an option turns
 * it on, so that a run without it does not pay its 0.3 s and 30 MB at start-up.
 */
export const compromise = once(() => createRequire(import.meta.url)('compromise') as typeof nlp);

/**
 * franc's language model, loaded at the first paragraph that needs it (most English paragraphs
 * are told by their function words): importing it costs about 40 ms at every start. (An ES
 * module, loaded with `require`: Node 20.19 and later do that synchronously.)
 */
export const francModel = once(() => createRequire(import.meta.url)('franc-min') as typeof francModule);

/** Is `word` a known English word (case-insensitive; a trailing possessive is ignored)? */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return englishWords().has(w) || wordFrequencies().has(w);
}
