import { entitiesOf, withEntities } from '../../../core/doc.js';
import type { Entity } from '../../../core/types.js';
import type { EntityRefiner } from '../refiner.js';

/** Kinds whose names hold words that are not places of their own (GUIDELINES: Places). */
const NAME_KINDS = ['organisations', 'events'];

/**
 * A place inside an organisation's or an event's name is part of that name, not a place:
 * `Economic Commission for Africa`, `Second Thailand Forum on Migration`.
 */
export const namesHoldNoPlaces: EntityRefiner = {
  id: 'resolve-entities/place-in-name',
  apply: (doc, report) => {
    const names = NAME_KINDS.flatMap((k) => entitiesOf<Entity & { name: string }>(doc, k).map((e) => ({ kind: k, e })));
    if (names.length === 0) return doc;
    // which name holds each character (index + 1; 0 free): one pass, not a test of every pair
    const holder = new Int32Array(doc.text.length + 1);
    names.forEach(({ e }, i) => holder.fill(i + 1, e.start, e.end));
    const kept: Entity[] = [];
    for (const p of entitiesOf<Entity & { name: string }>(doc, 'places')) {
      let inside = 0;
      for (let i = p.start; i < p.end && !inside; i++) inside = holder[i];
      if (!inside) { kept.push(p); continue; }
      const outer = names[inside - 1];
      report('resolve-entities/place-in-name', p, `part of the ${outer.kind === 'events' ? 'event' : 'organisation'} name "${outer.e.name}"`, p.text);
    }
    return withEntities(doc, 'places', kept);
  },
};
