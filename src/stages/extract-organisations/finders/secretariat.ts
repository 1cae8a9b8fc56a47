import type { OrgFinder } from '../state.js';

const WORD = ' secretariat';

/** "the UNCTAD secretariat": a known body's acronym and its lower-case secretariat. */
export const secretariatFinder: OrgFinder = {
  id: 'extract-organisations/secretariat',
  find: (s) => {
    if (!s.options.curated) return;
    const { text } = s;
    // tried only where " secretariat" stands, from a start at most ten letters before it (a
    // pattern over the whole text tried an acronym at every offset: a tenth of the stage)
    const AT = /\b(\p{Lu}{2,10}) secretariat\b/uy;
    let from = 0; // where the last match ended
    for (let p = text.indexOf(WORD); p >= 0; p = text.indexOf(WORD, p + WORD.length)) {
      for (let q = Math.max(from, p - 10); q <= p - 2; q++) {
        AT.lastIndex = q;
        const m = AT.exec(text);
        if (!m) continue;
        from = q + m[0].length;
        if (s.catalogue.byAcronym.has(m[1]) || s.byName.has(s.key(m[1]))) s.addNamed({ start: q, end: from }, 'extractor/head-noun');
        break;
      }
    }
  },
};
