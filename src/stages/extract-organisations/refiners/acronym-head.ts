import type { OrgRefiner } from '../state.js';

/** "the ESCAP Commission": an acronym and the head noun of the name it stands for are that body. */
export const acronymHeadRefiner: OrgRefiner = {
  id: 'extract-organisations/acronym-head',
  refine: (s) => {
    for (const m of s.mentions) {
      const t = /^(\p{Lu}{2,10}) (\p{Lu}\p{Ll}+)$/u.exec(s.text.slice(m.range.start, m.range.end));
      const named = t ? s.byName.get(s.key(t[1])) : undefined;
      if (named && named !== m.org && named.name.split(' ').includes(t![2])) {
        m.org = named;
        s.byName.set(s.key(t![0]), named);
      }
    }
  },
};
