import { isEnglishWord } from '../../../resources/index.js';
import { isForeignFunctionWord } from '../../../text/foreign.js';
import { DOCUMENT_HEADS, EVENT_HEADS, ORG_HEADS } from '../../../text/names/heads.js';
import { acronymDefinitions } from '../acronyms.js';
import type { OrgFinder } from '../state.js';

/**
 * Last words that make a name with an acronym a thing, not a body: a system, an index, a policy, a
 * project, a class of countries or diseases (`Port Cargo Tracking System (PCTS)`,
 * `Landlocked Developing Countries (LLDCs)`, `Regional Water Policy (RWP)`).
 */
const THING_HEADS = new Set([
  'System', 'Systems', 'Index', 'Policy', 'Policies', 'Project', 'Projects', 'Code', 'Classification', 'Assessment', 'Model',
  'Management', 'Coverage', 'Diseases', 'Countries', 'Variables', 'Production', 'Efficiency', 'Oscillation', 'Control', 'Support',
  'Datasets', 'Frameworks', 'Contributions', 'Enterprises', 'Procurement', 'Performance', 'Indicators', 'Survey', 'Goal',
]);

/** A meeting, a document, a year or a common noun named by the acronym, unless it is a known body ("Conference of the Parties"). */
function notABody(name: string, curated: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/);
  if (curated.has(name)) return false;
  // "United Nations Security Council Resolution (UNSCR)": a body's document, named by its last word
  if (DOCUMENT_HEADS.has(words[words.length - 1])) return true;
  if (words.some((w) => ORG_HEADS.has(w))) return false; // "Organization of the Islamic Conference"
  // "Foreign direct investment (FDI)", "Gross national income (GNI)": a common noun phrase,
  // capitalised only where it starts a sentence
  // (names in French or Spanish keep their lower case: "Dynamique des groupes des peuples autochtones")
  if (words.length > 1 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && !words.some(isForeignFunctionWord)) return true;
  const last = words[words.length - 1];
  if (THING_HEADS.has(last)) return true;
  // "South Sudanese pounds (SSP)": an English body's name ends on a word in small letters only if
  // that word is a body's head ("Global Terrestrial Observing System programme (GTOS)")
  if (words.length > 1 && /^\p{Ll}+$/u.test(last) && isEnglishWord(last) && !ORG_HEADS.has(last[0].toUpperCase() + last.slice(1))
    && !words.some(isForeignFunctionWord)) return true;
  return words.some((w) => EVENT_HEADS.has(w) || DOCUMENT_HEADS.has(w) || /^(Year|Decade|Day|Week|Review|Reviews)$/.test(w));
}

/**
 * `Economic and Social Commission for Asia and the Pacific (ESCAP)`: a name and its acronym in
 * brackets tie the two for the whole document. Runs first, so that every later mention of
 * either joins this body.
 */
export const acronymDefinitionFinder: OrgFinder = {
  id: 'extract-organisations/acronym-definition',
  find: (s) => {
    for (const def of acronymDefinitions(s.text, s.words)) {
      const name = s.text.slice(def.name.start, def.name.end);
      if (notABody(name, s.catalogue.nameSet)) continue; // "International Year of Deserts (IYDD)"
      // "Czech Republic (CR)", "Democratic Republic of the Congo (DRC)": a country with its short form is a place
      if (s.catalogue.isPlace(name)) continue;
      s.mentions.push({ range: def.name, org: s.orgFor(name, s.text.slice(def.acronym.start, def.acronym.end)), producer: 'refiner/acronym-link' });
    }
  },
};
