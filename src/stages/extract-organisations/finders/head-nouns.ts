import { headNounNames } from '../../../text/names/head-nouns.js';
import type { Catalogue } from '../catalogue.js';
import type { OrgFinder } from '../state.js';

/**
 * "Commission on Human Rights for Afghanistan": a known body, then the place a post or a mission
 * is for. "Permanent Mission of Singapore to the United Nations in Geneva": a mission to a known
 * body, then where it sits.
 */
function withoutPlaceQualifier(name: string, catalogue: Catalogue): string {
  for (const m of name.matchAll(/ (?:for|in|to|at) (?:the )?/g)) {
    const before = name.slice(0, m.index);
    const to = m[0].startsWith(' in ') ? before.lastIndexOf(' to ') : -1;
    const body = to < 0 ? '' : before.slice(to + 4).replace(/^the /, '');
    if ((catalogue.nameSet.has(before) || catalogue.nameSet.has(body)) && catalogue.isPlace(name.slice(m.index + m[0].length))) return before;
  }
  return name;
}

/** Names built on a head noun (`Ministry of Justice`, `Committee on ...`); a complement stops before a curated name. */
export const headNounFinder: OrgFinder = {
  id: 'extract-organisations/head-noun',
  find: (s) => {
    const curatedEnds = new Map(s.curated.map((h) => [h.start, h.end]));
    for (const r of headNounNames(s.text, s.words, undefined, undefined, (at) => curatedEnds.get(at))) {
      if (s.catalogue.isPlace(s.text.slice(r.start, r.end))) continue; // "Russian Federation" is a country
      if (!r.nested) r.end = r.start + withoutPlaceQualifier(s.text.slice(r.start, r.end), s.catalogue).length;
      s.mentions.push({
        range: { start: r.start, end: r.end }, org: s.orgFor(s.text.slice(r.start, r.end)),
        producer: r.nested ? 'refiner/nested-name' : 'extractor/head-noun', nested: r.nested,
      });
    }
  },
};
