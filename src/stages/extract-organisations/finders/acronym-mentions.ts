import type { Org, OrgFinder, OrgState } from '../state.js';
import type { Word } from '../../../text/words.js';

/** An acronym joined by a hyphen to a capitalised word: the UN's own names (`UN-Women`, `UN-Habitat`), `GRAM-International`. */
const HYPHENATED = /^(\p{Lu}{2,})-(\p{Lu}\p{Ll}+)(?:['’]s)?$/u;
/** The rest of such a name where PDF text set the hyphen apart (`UN -Women`, `UN -Nutrition’s`): its word after ` -`. */
const SPACED_REST = /^ -(\p{Lu}\p{Ll}+)(?:['’]s)?(?![\p{L}-])/u;
/** A `UN-` name is one of the UN's own entities (`UN-Women`, `UN-Nutrition`, `UN-Water`): its own name where nobody expands it. */
const UN_OWN = /^UN-\p{Lu}/u;
/** ...unless a product's noun follows: `the UN -Info platform` is a tool, no body. */
const PRODUCT_AFTER = /^ (?:platform|portal|website|database|dashboard|system|tool|app)s?\b/;

/**
 * The hyphenated acronym a capitalised word starts, as written and as a name (`UN -Women` reads
 * `UN-Women`), with where it ends; none where the word is no such acronym.
 */
function hyphenatedAt(text: string, w: Word): { name: string; end: number } | undefined {
  const joined = HYPHENATED.exec(w.text);
  if (joined) return { name: `${joined[1]}-${joined[2]}`, end: w.start + joined[1].length + 1 + joined[2].length };
  if (!/^\p{Lu}{2,}$/u.test(w.text)) return undefined;
  const rest = SPACED_REST.exec(text.slice(w.end, w.end + 40));
  return rest ? { name: `${w.text}-${rest[1]}`, end: w.end + 2 + rest[1].length } : undefined;
}

/** The body an acronym names: one the document defined, or a curated one (its own name then, reported once). */
function orgOf(s: OrgState, acronym: string, at: Word, reported: Set<string>, ownName: boolean): Org | undefined {
  const org = s.byName.get(s.key(acronym));
  if (org) return org;
  const curated = s.options.curated && s.catalogue.byAcronym.has(acronym);
  if (!curated && !ownName) return undefined;
  if (curated && !reported.has(acronym)) {
    reported.add(acronym);
    s.report('extract-organisations/unexpanded-acronym', at, `the document never expands ${acronym}: it is its own name`, acronym, s.catalogue.byAcronym.get(acronym));
  }
  return { name: acronym }; // never expanded here: its own name
}

/**
 * Every acronym mention of a body the document or the curated list knows. Runs after every
 * finder that defines names, so that it knows them all. A curated acronym the document never
 * expands is its own name (GUIDELINES), reported once so an audit can see it; so is a `UN-` name
 * (`UN-Nutrition`), which only the UN's own entities take.
 */
export const acronymMentionFinder: OrgFinder = {
  id: 'extract-organisations/acronym-mention',
  find: (s) => {
    const reported = new Set<string>();
    // an acronym starts with a capital: only capitalised words are visited
    for (let i = 0; i < s.capitals.length; i++) {
      const w = s.words[s.capitals[i]];
      if (w.text.length < 2) continue;
      // a segment of a document symbol (`ESCAP/CST/2024/3`, `A/HRC/59/2`) names a document, not its body
      if (s.text[w.end] === '/' || s.text[w.start - 1] === '/') continue;
      const last = w.text.charCodeAt(w.text.length - 1);
      if (last >= 65 && (last <= 90 || last >= 128) && /^\p{Lu}[\p{Lu}\p{Ll}&-]*\p{Lu}$/u.test(w.text) && !/^ -\p{L}/u.test(s.text.slice(w.end, w.end + 3))) {
        // "Abbreviations: AR, Argentina; AU, Australia": a list of short forms says the acronym names a place here
        if (abbreviatesPlace(s, w)) continue;
        const org = orgOf(s, w.text, w, reported, false);
        if (org) mention(s, w.start, w.end, w.text, org, 'extractor/curated');
        continue;
      }
      // `UN-Women`, `UN -Women` (PDF text sets the hyphen apart), `UN-Habitat’s`: two capitals
      // first, so a small second letter (`Committee`, the common case) rules it out before any pattern
      const second = w.text.charCodeAt(1);
      if (second >= 97 && second <= 122) continue;
      const hyphenated = hyphenatedAt(s.text, w);
      if (!hyphenated) continue;
      const own = UN_OWN.test(hyphenated.name) && !PRODUCT_AFTER.test(s.text.slice(hyphenated.end, hyphenated.end + 12));
      const org = orgOf(s, hyphenated.name, w, reported, own);
      if (org) mention(s, w.start, hyphenated.end, hyphenated.name, org, s.catalogue.byAcronym.has(hyphenated.name) ? 'extractor/curated' : 'extractor/un-own-name');
    }
  },
};

/** A short form, a comma, then a place that a semicolon or a stop closes: `AU, Australia;`. */
const GLOSSED = /^, ([\p{Lu}][\p{L} .’'-]{1,40}?)[;.]/u;

/**
 * Is the acronym `w` glossed right after it as a place of its first letter, as a list of
 * abbreviations writes it (`AU, Australia;`)? (`IOM, Haiti.` in a citation is a body and its subject.)
 */
function abbreviatesPlace(s: OrgState, w: Word): boolean {
  const gloss = GLOSSED.exec(s.text.slice(w.end, w.end + 45));
  return !!gloss && gloss[1][0] === w.text[0] && s.catalogue.isPlace(gloss[1]);
}

/** A mention of `org` by its acronym: `own` names the producer where the acronym is the body's own name. */
function mention(s: OrgState, start: number, end: number, acronym: string, org: Org, own: string): void {
  if (!s.byName.has(s.key(acronym))) s.byName.set(s.key(acronym), org);
  s.mentions.push({ range: { start, end }, org, producer: org.name === acronym ? own : 'refiner/acronym-link' });
}
