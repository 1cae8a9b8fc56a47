import { ORG_HEADS } from '../../../text/names/heads.js';
import type { Org, OrgRefiner } from '../state.js';

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

/** "jubbaland state assembly" is "state assembly " after one or two words, none of them "and". */
function oneWordBefore(full: string, key: string): boolean {
  if (!`${full} `.endsWith(` ${key}`)) return false;
  const before = full.slice(0, full.length - key.length + 1).trim().split(' ');
  return before.length <= 2 && !before.includes('and');
}

/**
 * A short form after the full name is a variant of it: "the Standing Committee" after "Standing
 * Committee on ...", "the State Assembly" after "Jubbaland State Assembly". A curated body is
 * never a short form ("Security Council" is not the "Peace and Security Council"); a short form
 * that could stand for two names stays its own, and the audit hears of it.
 */
export const shortFormRefiner: OrgRefiner = {
  id: 'extract-organisations/short-form',
  refine: (s) => {
    const fullNames = [...new Set(s.mentions.map((m) => m.org))].map((o) => ({ o, key: s.key(o.name), complement: / (of|on|for) /.test(o.name) }));
    const shortForms = new Map<string, Org[]>(); // a short form -> the full names it begins
    const reported = new Set<string>();
    for (const m of s.mentions) {
      const t = s.text.slice(m.range.start, m.range.end);
      // a short form ends on its head noun ("the Standing Committee"); "United Nations" is a name of its own
      if (/ (of|on|for|to) /i.test(t) || !ORG_HEADS.has(titleCase(t.slice(t.lastIndexOf(' ') + 1)))) continue;
      const key = `${s.key(t)} `;
      let found = shortForms.get(key);
      if (!found) {
        const size = key.trim().split(' ').length;
        // a curated body begins longer names of its own ("African Union Panel of the Wise")
        const curated = s.catalogue.lowerNames.has(key.trim());
        const tail = size > 1 && !curated;
        found = curated ? [] : fullNames.filter((f) => (f.complement && f.key.startsWith(key)) || (tail && oneWordBefore(f.key, key))).map((f) => f.o);
        shortForms.set(key, found);
      }
      const longer = found.filter((o) => o !== m.org);
      if (longer.length === 1) {
        m.org = longer[0];
        s.byName.set(s.key(t), longer[0]);
      } else if (longer.length > 1 && !reported.has(key)) {
        reported.add(key);
        s.report('extract-organisations/ambiguous-short-form', m.range, `"${t}" begins or ends ${longer.length} names: kept as its own`, t, longer.map((o) => o.name).join(' | '));
      }
    }
  },
};
