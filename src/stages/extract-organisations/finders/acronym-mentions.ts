import { norm } from '../catalogue.js';
import type { OrgFinder } from '../state.js';

/**
 * Every acronym mention of a body the document or the curated list knows. Runs after every
 * finder that defines names, so that it knows them all. A curated acronym the document never
 * expands is its own name (GUIDELINES), reported once so an audit can see it.
 */
export const acronymMentionFinder: OrgFinder = {
  id: 'extract-organisations/acronym-mention',
  find: (s) => {
    const reported = new Set<string>();
    // an acronym starts with a capital: only capitalised words are visited
    for (let i = 0; i < s.capitals.length; i++) {
      const w = s.words[s.capitals[i]];
      const last = w.text.charCodeAt(w.text.length - 1);
      if (w.text.length < 2 || last < 65 || (last > 90 && last < 128)) continue; // ends on a capital: cheap test first
      if (!/^\p{Lu}[\p{Lu}\p{Ll}&-]*\p{Lu}$/u.test(w.text)) continue;
      // a segment of a document symbol (`ESCAP/CST/2024/3`, `A/HRC/59/2`) names a document, not its body
      if (s.text[w.end] === '/' || s.text[w.start - 1] === '/') continue;
      // the first part of a hyphenated name that PDF text spaces (`XY -Habitat`, `XY -Nutrition`)
      if (/^ ?-\p{L}/u.test(s.text.slice(w.end, w.end + 3))) continue;
      let org = s.byName.get(norm(w.text));
      if (!org && s.options.curated && s.catalogue.byAcronym.has(w.text)) {
        org = { name: w.text }; // never expanded here: its own name
        if (!reported.has(w.text)) {
          reported.add(w.text);
          s.report('extract-organisations/unexpanded-acronym', w, `the document never expands ${w.text}: it is its own name`, w.text, s.catalogue.byAcronym.get(w.text));
        }
      }
      if (!org) continue;
      if (!s.byName.has(norm(w.text))) s.byName.set(norm(w.text), org);
      s.mentions.push({ range: { start: w.start, end: w.end }, org, producer: org.name === w.text ? 'extractor/curated' : 'refiner/acronym-link' });
    }
  },
};
