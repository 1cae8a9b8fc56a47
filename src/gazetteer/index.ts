import { AhoCorasick } from './aho-corasick.js';
import type { PlaceEntry } from './types.js';
import { withoutMarks } from '../text/chars.js';

export interface Gazetteer {
  matcher: AhoCorasick;
  /** pattern -> entry */
  entries: Map<string, PlaceEntry>;
}

/** A city name that is also an everyday word (`Mobile`, `Split`, `Male`) needs more than the gazetteer. */
const COMMON_WORD_FREQ = 100;
/** ...unless no spelling list has it and the city has this many people. */
const GREAT_CITY = 500_000;

// GeoNames names that UN texts write otherwise (facts, written by us).
const CITY_ALIASES: Record<string, [string, string]> = {
  'New York City': ['New York', 'US'], 'Washington, D.C.': ['Washington', 'US'], 'Genève': ['Geneva', 'CH'],
  'Den Haag': ['The Hague', 'NL'], 'Wien': ['Vienna', 'AT'], 'Sevilla': ['Seville', 'ES'], 'Marrakesh': ['Marrakech', 'MA'],
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
  const cityEntries: PlaceEntry[] = [];
  for (const c of places.cities) {
    // (a frequent name that no spelling list has is a great city's, `Jerusalem`, `Munich`, when the
    // city is one; as often a person's, `Hamilton`, it is marked so)
    const frequent = (frequencies.get(c.name.toLowerCase()) ?? 0) >= COMMON_WORD_FREQ && !c.capital;
    if (frequent && (isEnglish(c.name) || (c.population ?? 0) < GREAT_CITY)) continue;
    const entry = frequent ? { ...c, alsoAName: true } : c;
    add(entry);
    cityEntries.push(entry);
    const alias = CITY_ALIASES[c.name];
    if (alias && c.countryCode === alias[1]) add({ ...c, name: alias[0], variants: [alias[0]] });
  }
  // states and provinces after cities (`Lagos` the city, `Kabul` the capital); one word that is an everyday word is no place (`Unity`, `Lakes`)
  for (const d of places.subdivisions ?? []) {
    // (by the spelling list, not the subtitle counts, which count names too: `Bali`)
    const variants = d.variants.filter((v) => /\s/.test(v) || !isEnglish(v));
    if (variants.length) add({ ...d, variants });
  }
  // a city written without its diacritics (`Montreal`, `Bogota`, `Brasilia`), where no other place
  // and no English word has that spelling
  for (const e of cityEntries) {
    const plain = withoutMarks(e.name);
    if (plain !== e.name && !entries.has(plain) && !isEnglish(plain)) entries.set(plain, e);
  }
  return { matcher: new AhoCorasick([...entries.keys()]), entries };
}

/** The automaton's arrays in the order the build file holds them. */
const ARRAYS = [
  ['edgeStart', Int32Array], ['edgeChar', Uint16Array], ['edgeTarget', Int32Array],
  ['fail', Int32Array], ['outStart', Int32Array], ['outList', Int32Array],
] as const;

/**
 * The gazetteer as one buffer for the build: a JSON head (each place once, the names in the
 * automaton's order, each name's place number), then the automaton's arrays as raw bytes, each
 * after its length and on a 4-byte boundary. A run reads it with one read and views the arrays
 * where they lie: the JSON of old, with the arrays in base64, took three times as long to load.
 */
export function gazetteerToBuffer(g: Gazetteer): Uint8Array {
  const places: PlaceEntry[] = [];
  const number = new Map<PlaceEntry, number>();
  const d = g.matcher.toData();
  const placeOf = d.patterns.map((name) => {
    const e = g.entries.get(name)!;
    if (!number.has(e)) number.set(e, places.push(e) - 1);
    return number.get(e)!;
  });
  const head = Buffer.from(JSON.stringify({ places, names: d.patterns, placeOf }), 'utf8');
  const parts: Uint8Array[] = [u32(head.length), head];
  let at = 4 + head.length;
  for (const [key] of ARRAYS) {
    const pad = (4 - (at % 4)) % 4;
    const a = d[key];
    parts.push(new Uint8Array(pad), u32(a.length), new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    at += pad + 4 + a.byteLength;
  }
  return Buffer.concat(parts);
}

/** The gazetteer `gazetteerToBuffer` wrote, as it was built. */
export function gazetteerFromBuffer(bytes: Uint8Array): Gazetteer {
  // (a typed array views its buffer at a multiple of its element size: one copy makes the offsets those of the file)
  const b = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const headLength = view.getUint32(0, true);
  const head = JSON.parse(Buffer.from(b.buffer, b.byteOffset + 4, headLength).toString('utf8')) as { places: PlaceEntry[]; names: string[]; placeOf: number[] };
  let at = 4 + headLength;
  const arrays = {} as Record<(typeof ARRAYS)[number][0], Int32Array & Uint16Array>;
  for (const [key, Kind] of ARRAYS) {
    at += (4 - (at % 4)) % 4;
    const n = view.getUint32(at, true);
    arrays[key] = new Kind(b.buffer as ArrayBuffer, b.byteOffset + at + 4, n) as Int32Array & Uint16Array;
    at += 4 + n * Kind.BYTES_PER_ELEMENT;
  }
  const matcher = new AhoCorasick({ patterns: head.names, ...arrays });
  return { matcher, entries: new Map(head.names.map((name, k) => [name, head.places[head.placeOf[k]]])) };
}

/** `n` as 4 little-endian bytes. */
function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
}

export type { PlaceEntry } from './types.js';
