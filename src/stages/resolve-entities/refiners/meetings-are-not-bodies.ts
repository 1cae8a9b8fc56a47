import { entitiesOf, withEntities } from '../../../core/doc.js';
import type { Entity } from '../../../core/types.js';
import { ORDINAL } from '../../../text/ordinals.js';
import type { EntityRefiner } from '../refiner.js';

/**
 * An organisation that an event names whole after an ordinal is that meeting, not a body:
 * `the Second World Assembly on Ageing` is an event, and `World Assembly on Ageing` no
 * organisation of its own. (`the first meeting of the Joint Commission` keeps its body.)
 */
export const meetingsAreNotBodies: EntityRefiner = {
  id: 'resolve-entities/numbered-meeting',
  apply: (doc, report) => {
    const meetings = new Map<number, Entity & { name: string }>();
    for (const e of entitiesOf<Entity & { name: string }>(doc, 'events')) {
      const lead = /^(\S+) /.exec(e.text);
      if (lead && ORDINAL.test(lead[1])) meetings.set(e.start + lead[0].length, e);
    }
    if (meetings.size === 0) return doc;
    const kept = entitiesOf<Entity & { name: string }>(doc, 'organisations').filter((o) => {
      const m = meetings.get(o.start);
      // (the body's name may run on to the venue the event's name leaves out: `... on Youth in Lisbon`)
      if (!m || (m.end !== o.end && !(m.end < o.end && /^ in /.test(doc.text.slice(m.end, o.end))))) return true;
      report('resolve-entities/numbered-meeting', o, `a numbered meeting, the event "${m.name}", not a body`, o.text);
      return false;
    });
    return withEntities(doc, 'organisations', kept);
  },
};
