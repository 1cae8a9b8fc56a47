import type { Org, OrgRefiner } from '../state.js';

/**
 * One body per acronym: where mentions found by name carry an acronym another body also carries,
 * the longest name owns it and the others join it; two different names for one acronym are
 * reported (a misspelt expansion, or two bodies sharing letters).
 */
export const oneBodyPerAcronymRefiner: OrgRefiner = {
  id: 'extract-organisations/one-body-per-acronym',
  refine: (s) => {
    const owner = new Map<string, Org>();
    const names = new Map<string, Set<string>>();
    for (const m of s.mentions) {
      const a = m.org.acronym;
      if (!a) continue;
      const o = owner.get(a);
      if (!o || m.org.name.length > o.name.length) owner.set(a, m.org);
      names.set(a, (names.get(a) ?? new Set()).add(m.org.name));
    }
    for (const m of s.mentions) if (m.org.acronym) m.org = owner.get(m.org.acronym)!;
    for (const [a, set] of names) {
      if (set.size < 2) continue;
      const first = s.mentions.find((m) => m.org.acronym === a)!;
      s.report('extract-organisations/acronym-expansions', first.range, `${set.size} names expand ${a}: the longest is kept`, [...set].join(' | '), owner.get(a)!.name);
    }
    s.owners = owner;
  },
};
