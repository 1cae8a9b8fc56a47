import { describe, expect, it } from 'vitest';
import { entities, extractAll } from '../../helpers.js';

const run = (text: string) => entities(extractAll(text), 'places').map((p) => p.text);

/** Demonyms, adjectives, places inside organisation names, generic words, people: no places. */
const NONE = [
  // a surname that is also a city, after a title and given names
  'Ms. Ana Córdoba and Mr. Paulo Lima spoke for the delegations.',
  'The Afghan and Asian delegations of Pacific island States.',
  'the Economic and Social Commission for Asia and the Pacific (ESCAP)',
  'the Asia-Pacific region and the Caribbean States',
  'the region, the country and the capital',
  'President Hassan Sheikh Mohamud spoke.',
  'a mobile phone and a split decision',
  // states whose one-word name is an English word; a state's name inside a name in another language or a person's
  'a spirit of unity in the delta, on the plateau and by the lakes and rivers',
  'Unity and Delta were the themes; Lakes and Rivers, the exhibits.',
  'researchers of the Universidad del Valle and Marche pour la démocratie; Les ministères du genre en Afrique Centrale',
  'as Lara J. Cushing wrote, and Sheikh Sabah spoke',
  // currencies and the names of documents (GUIDELINES: the Kigali Amendment is no place)
  'HIV investments of 29 billion United States dollars by 2025',
  'the Dublin III Regulation, the Kigali Amendment and the Addis Ababa Action Agenda',
  'the Antigua and Barbuda Agenda for SIDS was adopted',
  // a country's own name that is an English word, a people's adjective, a territory's name as a surname
  'the Small Island Developing States met on Pinecone Island; Thai soldiers and Togolese troops; as Mrs. Mann said',
  // a one-word city the text also writes in lower case is its everyday word: a table's rows
  'Share of staff by sex: Female 52 per cent; Male 48 per cent (male and female staff at all levels)',
  // a great city whose name is as often a person's, after a name, an initial or a title
  'as Caitlin Hamilton wrote, and Lord A. Hamilton replied',
  // a city's name with a plus and a number names the review of a conference held there
  'national reports on Rio+20 and the Nairobi+15 consultations',
];
describe('extract-places finds no place in', () => {
  it.each(NONE)('%s', (text) => expect(run(text)).toEqual([]));
});
