import { createRequire } from 'node:module';
import type * as iso3166 from 'iso-3166';
import type { PlaceEntry } from './types.js';
import { withoutMarks } from '../text/chars.js';

/** Generic words some romanised names end in (`Anhui Sheng`, `Beijing Shi`): reports write the name without them. */
const GENERIC_TAIL = / (?:Sheng|Shi|Zizhiqu|SAR)$/;
/** Names this short are as often an acronym's spelling or a word of another language. */
const MIN_LENGTH = 4;

/**
 * States, provinces, regions and territories of every country (package `iso-3166`, the ISO 3166-2
 * subdivisions: 5,070 names, kept up to date by its maintainer), as places: `Sindh`, `Kerala`,
 * `Bali`, `Warrap`, `Upper Nile`. Each is written as listed, without its diacritics, and
 * without a generic tail. One-word names that are English words (`Unity`, `Lakes`, `Delta`,
 * `Plateau`) are left to the caller's word filter; names of first-level divisions of a few
 * letters are left out.
 */
export function loadSubdivisions(): PlaceEntry[] {
  // (loaded here, only when a gazetteer is built: a run reads the build's; an ES module, which Node 20.19 and later `require` synchronously)
  const { iso31662 } = createRequire(import.meta.url)('iso-3166') as typeof iso3166;
  const out: PlaceEntry[] = [];
  for (const s of iso31662) {
    // second-level divisions (their parent is a division, `GB-ENG`) are districts and boroughs: too many, too small
    if (s.parent.includes('-')) continue;
    // a bracketed gloss after the name (`... (en)`) is not part of it; the name's Latin letters go
    // without their marks (`Balōchistān` -> `Balochistan`), as English reports write them
    const bracket = s.name.endsWith(')') ? s.name.lastIndexOf(' (') : -1;
    const name = (bracket > 0 ? s.name.slice(0, bracket) : s.name).trim();
    const variants = [...new Set([name, withoutMarks(name), name.replace(GENERIC_TAIL, ''), withoutMarks(name).replace(GENERIC_TAIL, '')])]
      .filter((v) => v.length >= MIN_LENGTH && /^\p{Lu}/u.test(v));
    if (variants.length) out.push({ name: withoutMarks(name).replace(GENERIC_TAIL, ''), kind: 'subdivision', countryCode: s.parent, variants });
  }
  for (const [name, countryCode, ...rest] of AREAS) out.push({ name, kind: 'subdivision', countryCode, variants: [name, ...rest] });
  return out;
}

/**
 * Areas UN reports name as often as any province that are no ISO 3166-2 division of their country
 * (facts, written by us): the State of Palestine's two parts and the occupied Syrian Golan. Without
 * them, `the West Bank` was read as a bank (an organisation) and no place.
 */
const AREAS: [name: string, countryCode: string, ...variants: string[]][] = [
  ['West Bank', 'PS'], ['Gaza Strip', 'PS'], ['Golan', 'SY', 'Golan Heights', 'Syrian Golan'],
];
