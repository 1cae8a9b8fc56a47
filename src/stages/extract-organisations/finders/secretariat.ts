import type { OrgFinder } from '../state.js';

/** "the UNCTAD secretariat": a known body's acronym and its lower-case secretariat. */
export const secretariatFinder: OrgFinder = {
  id: 'extract-organisations/secretariat',
  find: (s) => {
    if (!s.options.curated || !s.text.includes(' secretariat')) return;
    for (const m of s.text.matchAll(/\b(\p{Lu}{2,10}) secretariat\b/gu)) {
      if (!(s.catalogue.byAcronym.has(m[1]) || s.byName.has(s.key(m[1])))) continue;
      s.addNamed({ start: m.index, end: m.index + m[0].length }, 'extractor/head-noun');
    }
  },
};
