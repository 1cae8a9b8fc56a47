import { entitiesOf, withEntities } from '../../../core/doc.js';
import type { Entity, Range } from '../../../core/types.js';
import { firstAfter } from '../../../text/search.js';
import { segmentsOf } from '../../../text/segments.js';
import type { EntityRefiner } from '../refiner.js';
import { introducesMeetingDetail } from './meeting-gap.js';

type Event = Entity & { name: string; date?: string; place?: string };

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const byStart = <T extends Range>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);

/**
 * An event's date and place are the first ones its sentence names after it, before another event
 * begins, where the words between introduce them as when and where it was held (`held in Bangkok
 * from 12 to 14 December 2006`); events that share a name share what any mention of them says.
 */
export const linkEvents: EntityRefiner = {
  id: 'resolve-entities/link-events',
  apply: (doc, report, options) => {
    const found = entitiesOf<Event>(doc, 'events');
    if (!options.attach || found.length === 0) return doc;
    const sents = segmentsOf(doc).sentences;
    const dates = byStart(entitiesOf<Entity & { value: string }>(doc, 'dates'));
    const places = byStart(entitiesOf<Entity & { name: string }>(doc, 'places'));
    // where each event starts, in order: "the next event" is a binary search, not a scan
    const starts = found.map((e) => e.start).sort((a, b) => a - b);
    const events = found.map((f) => {
      const event: Event = { ...f };
      const s = sents[firstAfter(sents, f.end - 1, (x) => x.end)];
      if (!s || s.start > f.start || f.end > s.end) return event;
      const stop = Math.min(s.end, starts[firstAfter(starts, f.end - 1, (x) => x)] ?? Infinity);
      const next = <T extends Range>(xs: T[]) => {
        const x = xs[firstAfter(xs, f.end - 1, (y) => y.start)];
        return x && x.end <= stop ? x : undefined;
      };
      // the first date and place after it, where the words between say it met then or there (a
      // close call either way: the audit sees what was passed over)
      const held = <T extends Entity>(x: T | undefined) => {
        if (!x) return undefined;
        if (introducesMeetingDetail(doc.text, f.end, x.start, dates, places)) return x;
        report('resolve-entities/not-held-there', x, `the words between "${f.text}" and it do not say the meeting was held then or there`, x.text);
        return undefined;
      };
      const date = held(next(dates));
      const place = held(next(places));
      if (date) event.date = date.value;
      if (place) event.place = place.name;
      return event;
    });
    const byName = new Map<string, Event[]>();
    for (const e of events) byName.set(norm(e.name), [...(byName.get(norm(e.name)) ?? []), e]);
    for (const group of byName.values()) {
      const date = group.find((e) => e.date)?.date;
      const place = group.find((e) => e.place)?.place;
      for (const e of group) {
        if (date && !e.date) e.date = date;
        if (place && !e.place) e.place = place;
      }
    }
    return withEntities(doc, 'events', events);
  },
};
