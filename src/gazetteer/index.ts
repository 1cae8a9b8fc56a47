import { AhoCorasick } from './aho-corasick.js';
import { base64Of, fromBase64 } from '../resources/compiled.js';
import type { PlaceEntry } from './types.js';

export interface Gazetteer {
  matcher: AhoCorasick;
  /** pattern -> entry */
  entries: Map<string, PlaceEntry>;
}

/** A city name that is also an everyday word (`Mobile`, `Split`, `Male`) needs more than the gazetteer. */
const COMMON_WORD_FREQ = 100;

// GeoNames names that UN texts write otherwise (facts, written by us).
const CITY_ALIASES: Record<string, [string, string]> = {
  'New York City': ['New York', 'US'], 'Washington, D.C.': ['Washington', 'US'], 'Genève': ['Geneva', 'CH'],
  'Den Haag': ['The Hague', 'NL'], 'Wien': ['Vienna', 'AT'],
};

/**
 * Every place name as one Aho–Corasick automaton. Countries win over cities and regions that
 * share a name; cities that are common English words, and one-word states or provinces that
 * are English words, are left out.
 */
export function buildGazetteer(
  places: { countries: readonly PlaceEntry[]; regions: readonly PlaceEntry[]; cities: readonly PlaceEntry[]; subdivisions?: readonly PlaceEntry[] },
  frequencies: ReadonlyMap<string, number>,
  isEnglish: (word: string) => boolean = () => false,
): Gazetteer {
  const entries = new Map<string, PlaceEntry>();
  const add = (e: PlaceEntry) => {
    for (const v of e.variants) if (!entries.has(v)) entries.set(v, e);
  };
  places.countries.forEach(add);
  places.regions.forEach(add);
  for (const c of places.cities) {
    if ((frequencies.get(c.name.toLowerCase()) ?? 0) >= COMMON_WORD_FREQ && !c.capital) continue;
    add(c);
    const alias = CITY_ALIASES[c.name];
    if (alias && c.countryCode === alias[1]) add({ ...c, name: alias[0], variants: [alias[0]] });
  }
  // states and provinces after cities (`Lagos` the city, `Kabul` the capital); one word that is an everyday word is no place (`Unity`, `Lakes`)
  for (const d of places.subdivisions ?? []) {
    // (by the spelling list, not the subtitle counts, which count names too: `Bali`)
    const variants = d.variants.filter((v) => /\s/.test(v) || !isEnglish(v));
    if (variants.length) add({ ...d, variants });
  }
  return { matcher: new AhoCorasick([...entries.keys()]), entries };
}

/** The gazetteer as JSON for the build: each place once, each name with its place's number, the automaton's arrays in base64. */
export function gazetteerToJson(g: Gazetteer): GazetteerJson {
  const places: PlaceEntry[] = [];
  const number = new Map<PlaceEntry, number>();
  const names: [string, number][] = [];
  for (const [name, e] of g.entries) {
    if (!number.has(e)) number.set(e, places.push(e) - 1);
    names.push([name, number.get(e)!]);
  }
  const d = g.matcher.toData();
  return {
    places, names, patterns: d.patterns,
    edgeStart: base64Of(d.edgeStart), edgeChar: base64Of(d.edgeChar), edgeTarget: base64Of(d.edgeTarget),
    fail: base64Of(d.fail), outStart: base64Of(d.outStart), outList: base64Of(d.outList),
  };
}

/** The gazetteer `gazetteerToJson` wrote, as it was built. */
export function gazetteerFromJson(data: unknown): Gazetteer {
  const d = data as GazetteerJson;
  const matcher = new AhoCorasick({
    patterns: d.patterns, edgeStart: fromBase64(d.edgeStart, Int32Array), edgeChar: fromBase64(d.edgeChar, Uint16Array),
    edgeTarget: fromBase64(d.edgeTarget, Int32Array), fail: fromBase64(d.fail, Int32Array),
    outStart: fromBase64(d.outStart, Int32Array), outList: fromBase64(d.outList, Int32Array),
  });
  return { matcher, entries: new Map(d.names.map(([name, k]) => [name, d.places[k]])) };
}

interface GazetteerJson {
  places: PlaceEntry[];
  names: [string, number][];
  patterns: string[];
  edgeStart: string;
  edgeChar: string;
  edgeTarget: string;
  fail: string;
  outStart: string;
  outList: string;
}

export type { PlaceEntry } from './types.js';
