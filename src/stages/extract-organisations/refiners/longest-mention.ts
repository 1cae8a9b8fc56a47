import { locate } from '../../../core/edits.js';
import type { OrgEntity } from '../schema.js';
import type { OrgRefiner } from '../state.js';

/**
 * Overlapping mentions: the longest wins, except a name nested in a longer one ("Governing
 * Council of the <Centre ...>"), which is a mention of its own. Each kept mention becomes an
 * entity named after its body. Runs last: it turns mentions into entities.
 */
export const longestMentionRefiner: OrgRefiner = {
  id: 'extract-organisations/longest-mention',
  refine: (s) => {
    const { text } = s;
    // which taken mention holds each character (1-based; 0 free): overlap tests stay linear
    const holder = new Int32Array(text.length + 1);
    let held = 0;
    const organisations: OrgEntity[] = [];
    const mentions = [...s.mentions].sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start));
    for (const m of mentions) {
      const { start, end } = m.range;
      const first = holder[start];
      let clash = false;
      let same = true;
      for (let i = start; i < end; i++) {
        if (holder[i]) clash = true;
        if (holder[i] !== first) same = false;
      }
      const inside = m.nested && first > 0 && same;
      if (clash && !inside) continue;
      holder.fill(++held, start, end);
      const named = s.byName.get(s.key(text.slice(start, end)));
      const org = (named?.acronym ? s.owners.get(named.acronym) : named) ?? m.org;
      // built field by field, in the record's key order: spreading objects here cost a tenth of the stage
      const { source } = locate(s.doc, m.range);
      const mention = text.slice(start, end);
      const producers = [m.producer];
      organisations.push(org.acronym && org.acronym !== org.name
        ? { start, end, source, text: mention, name: org.name, acronym: org.acronym, producers }
        : { start, end, source, text: mention, name: org.name, producers });
    }
    s.entities = organisations.sort((a, b) => a.start - b.start);
  },
};
