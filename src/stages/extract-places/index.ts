import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import type { PlaceEntity, Range } from '../../core/types.js';
import { gazetteer } from '../../gazetteer/index.js';

export interface ExtractPlacesOptions {
  /** Smallest city population the gazetteer keeps (capitals are always kept). Default `100000`. */
  minCityPopulation: number;
}

export const extractPlacesDefaults: ExtractPlacesOptions = { minCityPopulation: 100000 };

// Names that are places only as "the X": bare, they are adjectives (`Pacific island`, `Caribbean States`).
const NEEDS_THE = new Set(['Pacific', 'Caribbean', 'Sahel', 'Arctic', 'Americas', 'Balkans', 'Caucasus', 'Mediterranean']);
// "the Caribbean States", "the Pacific island countries": the name used as an adjective
const ADJECTIVE_USE = /^\s+(\p{Lu}|(region|regional|countries|island|islands|states|nations|economies|subregion)\b)/u;
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Places from the gazetteer automaton, whole words only, longest match first, never inside an organisation's name. */
export function createExtractPlaces(options?: Partial<ExtractPlacesOptions>): Transform {
  const opts = resolveOptions('extract-places', extractPlacesDefaults, options);
  if (!(opts.minCityPopulation >= 0)) throw new TypeError(`extract-places: option "minCityPopulation" must be >= 0, got ${opts.minCityPopulation}`);
  const { matcher, entries } = gazetteer(opts.minCityPopulation);
  return (doc: Doc) => {
    const text = doc.text;
    const blocked: Range[] = [...doc.organisations, ...doc.events];
    const hits = matcher.search(text)
      .filter((m) => !isWordChar(text[m.start - 1]) && !isWordChar(text[m.end]))
      // "Asia-Pacific", "Afghan-Pakistan": a hyphenated adjective, not the place
      .filter((m) => text[m.start - 1] !== '-' && text[m.end] !== '-')
      .filter((m) => !NEEDS_THE.has(m.pattern) || (/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))
        && !ADJECTIVE_USE.test(text.slice(m.end, m.end + 16))))
      .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    // which characters an organisation, an event or a longer place already holds (linear, not pairwise)
    const taken = new Uint8Array(text.length + 1);
    const take = (r: Range) => taken.fill(1, r.start, r.end);
    const free = (r: Range) => { for (let i = r.start; i < r.end; i++) if (taken[i]) return false; return true; };
    blocked.forEach(take);
    const places: PlaceEntity[] = [];
    for (const m of hits) {
      if (!free(m)) continue;
      take(m);
      const entry = entries.get(m.pattern)!;
      // a city name followed by another capitalised name is a person (`Hassan Sheikh Mohamud`) or a title
      if (entry.kind === 'city' && /^ \p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && !/^ (City|Province|District|Region)\b/.test(text.slice(m.end, m.end + 12))) continue;
      places.push({
        ...locate(doc, { start: m.start, end: m.end }),
        text: text.slice(m.start, m.end),
        name: entry.name,
        kind: entry.kind,
        ...(entry.countryCode && /^[A-Z]{2}$/.test(entry.countryCode) ? { countryCode: entry.countryCode } : {}),
        producers: ['extractor/gazetteer', `gazetteer/${entry.kind}`],
      });
    }
    places.sort((a, b) => a.start - b.start);
    return { ...doc, places };
  };
}
