import { z } from 'zod';
import { withEntities, withMessages, type Doc } from '../../core/doc.js';
import { collectMessages } from '../../core/messages.js';
import { locate } from '../../core/edits.js';
import { entityFields } from '../../core/entity-schema.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import type { Range } from '../../core/types.js';
import type { Gazetteer } from '../../gazetteer/index.js';
import { gazetteer } from '../../resources/index.js';
import { isLetterOrNumber } from '../../text/chars.js';
import { hasTokenCore } from '../../text/tokens.js';
import { reviewNumber } from '../../text/words.js';
import { titleCaseHeadings } from '../../text/capitals.js';
import { DOCUMENT_HEADS } from '../../text/names/heads.js';

export const extractPlacesOptions = z.strictObject({
  minCityPopulation: z.number().min(0).default(100000).describe('Smallest city population the gazetteer keeps (capitals are always kept).'),
});

export const placeSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1).describe('the short English name the United Nations uses'),
  kind: z.enum(['country', 'city', 'region', 'feature', 'territory', 'subdivision']),
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2'),
});
export type PlaceEntity = z.output<typeof placeSchema>;

// Names that are places only as "the X": bare, they are adjectives (`Pacific island`, `Caribbean States`).
const NEEDS_THE = new Set(['Pacific', 'Caribbean', 'Sahel', 'Arctic', 'Americas', 'Balkans', 'Caucasus', 'Mediterranean']);
// "the Caribbean States", "the Pacific island countries": the name used as an adjective
const ADJECTIVE_USE = /^\s+(\p{Lu}|(region|regional|countries|island|islands|states|nations|economies|subregion)\b)/u;
// A title and given names before a place's name make it a surname: `Ms. Ana Córdoba`, `Mr. Paulo Lima`.
const PERSON_BEFORE = /\b(?:Mr|Ms|Mrs|Dr|Prof|Sir|Madam|H\.\s?E|Sheikh|Sheikha)\.?\s+(?:\p{Lu}[\p{Ll}'’-]+\s+|\p{Lu}\.\s+){0,3}$/u;
/** A capitalised word or an initial right before a name (not a word that leads to a place: `In`, `East`). */
const NAME_BEFORE = /(?:^|[^\p{L}.])(?!(?:In|At|From|To|The|And|Of|For|On|By|With|Near|Via|East|West|North|South|Greater|Occupied)\s)(?:\p{Lu}\.|\p{Lu}\p{L}*)\s+$/u;
/** A name followed by an initial is a person's (`Lara J. Cushing`). */
const INITIAL_AFTER = /^ \p{Lu}\. \p{Lu}/u;
/**
 * Beside a function word of French, Spanish or Portuguese, a state's name is part of a name in
 * that language (`Universidad del Valle`, `Afrique Centrale`, `Marche pour la démocratie`).
 */
const FOREIGN_BEFORE = /\b(?:del|de|la|le|les|des|du|en|el|los|las|do|da)\s+(?:\p{L}+\s+)?$/u;
const FOREIGN_AFTER = /^\s+(?:pour|de|del|des|du|la|et|y|e|para)\s/u;

/** "United States dollars": a currency, not the place. */
const CURRENCY_AFTER = /^\s+(?:dollars?|pounds?|francs?|rupees?|shillings?|pesos?|yuan|yen|euros?)\b/;
/** Heads of a document's name: a place that begins one is part of it (GUIDELINES: the Kigali Amendment is no place). */
const DOCUMENT_NAME_HEADS = new Set([...DOCUMENT_HEADS, 'Amendment', 'Regulation', 'Consensus', 'Commitment', 'Commitments', 'Call']);
/** Up to three capitalised words or a roman numeral, then a document's head: `Dublin III Regulation`, `Addis Ababa Action Agenda`. */
const DOCUMENT_AFTER = /^(?:\s+(?:[IVX]+|\p{Lu}[\p{L}-]*)){1,4}\b/u;

/** A preposition of place right before a name: `in Male`, `from Split`. */
const LOCATIVE_BEFORE = /\b(?:in|at|from|to|near|In|At|From|To|Near)\s+$/;

function startsDocumentName(text: string, end: number): boolean {
  const run = DOCUMENT_AFTER.exec(text.slice(end, end + 80));
  return !!run && run[0].trim().split(/\s+/).some((w) => DOCUMENT_NAME_HEADS.has(w));
}

/** Places from the gazetteer automaton, whole words only, longest match first. */
function extractPlaces(doc: Doc, { matcher, entries }: Gazetteer): Doc {
  const { report, messages } = collectMessages('extract-places');
  const text = doc.text;
  // the gazetteer writes an ASCII hyphen (`Timor-Leste`); a text may join with the Unicode ones
  // (`Timor‑Leste`, a hyphen that does not break): they are read alike, in a text of the same length
  const folded = /[\u2010\u2011]/.test(text) ? text.replace(/[\u2010\u2011]/g, '-') : text;
  // headings in capitals hold places too (`GENEVA, 12 MARCH 2024`): read as names, in a copy of
  // the same length (not in a noisy scan, whose runs of capitals are mostly shreds: `TROT OITA HDS`)
  const seen = doc.profile?.noisy ? folded : titleCaseHeadings(folded);
  // whole words only; "Asia-Pacific", "Afghan-Pakistan": a hyphenated adjective, not the place
  const startsWord = (i: number) => !isLetterOrNumber(seen[i - 1]) && seen[i - 1] !== '-';
  const hits = matcher.searchFromStarts(seen, startsWord, (_, end) => !isLetterOrNumber(seen[end]) && seen[end] !== '-')
    .filter((m) => !NEEDS_THE.has(m.pattern) || (/\bthe\s+$/i.test(seen.slice(Math.max(0, m.start - 4), m.start))
      && !ADJECTIVE_USE.test(seen.slice(m.end, m.end + 16))))
    .sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // which characters a longer place already holds (linear, not pairwise)
  const taken = new Uint8Array(text.length + 1);
  const take = (r: Range) => taken.fill(1, r.start, r.end);
  const free = (r: Range) => { for (let i = r.start; i < r.end; i++) if (taken[i]) return false; return true; };
  const places: PlaceEntity[] = [];
  // does the document write this word in lower case as a word of its own (a table's `male`)? asked once per word
  const writtenLower = new Map<string, boolean>();
  const writesLower = (word: string) => {
    let known = writtenLower.get(word);
    if (known === undefined) writtenLower.set(word, (known = hasTokenCore(text, word)));
    return known;
  };
  for (const m of hits) {
    if (!free(m)) continue;
    take(m);
    const entry = entries.get(m.pattern)!;
    // a city name followed by another capitalised name is a person (`Hassan Sheikh Mohamud`) or a title
    const small = entry.kind === 'city' || entry.kind === 'subdivision';
    if (small && /^ \p{Lu}\p{Ll}/u.test(seen.slice(m.end, m.end + 3)) && !/^ (City|Province|District|Region|State|Governorate|Oblast|Prefecture|County|Islands?)\b/.test(seen.slice(m.end, m.end + 14))) continue;
    if (small && INITIAL_AFTER.test(seen.slice(m.end, m.end + 6))) continue;
    if (CURRENCY_AFTER.test(seen.slice(m.end, m.end + 10))) continue;
    // `Beijing+30`, `Rio+20`: the review of a conference named after its city, not the city
    if (reviewNumber(seen, m.end)) {
      report('extract-places/review-name', m, `a number after a plus names a conference's review (Beijing+30), not the ${entry.kind} of ${entry.name}`, text.slice(m.start, m.end + 4));
      continue;
    }
    // a one-word city or province that the document also writes in lower case is its everyday word
    // there, unless a preposition of place comes before it
    if (small && !/\s/.test(m.pattern) && writesLower(m.pattern.toLowerCase())
      && !LOCATIVE_BEFORE.test(seen.slice(Math.max(0, m.start - 8), m.start))) {
      report('extract-places/everyday-word', m, `the document writes "${m.pattern.toLowerCase()}" as a word, and no preposition of place comes before it: not the ${entry.kind} of ${entry.name}`, text.slice(m.start, m.end));
      continue;
    }
    if (startsDocumentName(seen, m.end)) {
      report('extract-places/document-name', m, `begins the name of a document: part of it, not the place ${entry.name}`, text.slice(m.start, m.end));
      continue;
    }
    if (entry.kind === 'subdivision' && (FOREIGN_BEFORE.test(seen.slice(Math.max(0, m.start - 30), m.start)) || FOREIGN_AFTER.test(seen.slice(m.end, m.end + 8)))) continue;
    // a city whose name is as often a person's, after a name, an initial or a title: `Caitlin Hamilton`, `Lord A. Hamilton`
    if (entry.alsoAName && NAME_BEFORE.test(seen.slice(Math.max(0, m.start - 20), m.start))) {
      report('extract-places/surname', m, `a name or a title before it: a person's name, not the ${entry.kind} of ${entry.name}`, text.slice(m.start, m.end));
      continue;
    }
    // (a country's or territory's name too: `Mrs. Mann` is no Isle of Man)
    if (PERSON_BEFORE.test(seen.slice(Math.max(0, m.start - 60), m.start))) {
      report('extract-places/surname', m, `a title and names before it: a person's name, not the ${entry.kind} of ${entry.name}`, text.slice(m.start, m.end));
      continue;
    }
    // (written field by field: spreading objects of changing shapes was a third of this stage's time)
    const { start, end, source } = locate(doc, { start: m.start, end: m.end });
    const place: PlaceEntity = { start, end, source, text: text.slice(m.start, m.end), name: entry.name, kind: entry.kind } as PlaceEntity;
    if (entry.countryCode && /^[A-Z]{2}$/.test(entry.countryCode)) place.countryCode = entry.countryCode;
    place.producers = ['extractor/gazetteer', `gazetteer/${entry.kind}`];
    places.push(place);
  }
  places.sort((a, b) => a.start - b.start);
  return withMessages(withEntities(doc, 'places', places), messages);
}

/** Places: one Aho–Corasick automaton over countries, cities, regions and natural features. */
export const extractPlacesStage = defineStage({
  name: 'extract-places',
  summary: 'Places: countries, territories, cities, regions and natural features from one gazetteer automaton.',
  options: extractPlacesOptions,
  produces: { kind: 'places', schema: placeSchema },
  // the automaton loads with the first document, not with the pipeline: a rerun with nothing to do never builds it
  create: (opts) => (doc) => extractPlaces(doc, gazetteer(opts.minCityPopulation)),
});

export const createExtractPlaces = stageFactory(extractPlacesStage);
