import type { OrgFinder } from '../state.js';

/** The curated UN bodies by name; a convention only where it acts, named with its acronym (its other mentions then follow by acronym). */
export const curatedFinder: OrgFinder = {
  id: 'extract-organisations/curated',
  find: (s) => {
    for (const h of s.curated) {
      if (/\bConvention\b/i.test(h.pattern) && !/^ \(\p{Lu}{2,}\)/u.test(s.text.slice(h.end, h.end + 12))) continue;
      const body = s.catalogue.body(h.pattern);
      s.mentions.push({ range: { start: h.start, end: h.end }, org: s.orgFor(body?.[0] ?? h.pattern, body?.[1]), producer: 'extractor/curated' });
    }
  },
};
