import { entitiesOf, withEntities } from '../../../core/doc.js';
import type { Entity, Range } from '../../../core/types.js';
import { firstAfter } from '../../../text/search.js';
import { segmentsOf } from '../../../text/segments.js';
import type { EntityRefiner } from '../refiner.js';

type Event = Entity & { name: string; date?: string; place?: string };

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What may stand between a meeting's name and its venue, dates taken out (as `DATE`): nothing or a
 * comma (`Conference on Population, Cairo,`; a header's `session Geneva`), `in`/`at`, a verb of
 * holding (`, which was held in`, `was scheduled to be held on DATE in`, `scheduled for DATE in`),
 * a host (`, organized by ... ,`) and a building (`at the United Nations Headquarters in`). Anything else (a clause about
 * a country, a delegate's name, the next sentence) means the place is not where it met.
 */
const VENUE_GAP = new RegExp([
  '^(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d-]*\\))?,?\\s*',
  '(?:(?:which|that|and)\\s+)?(?:(?:was|were|will\\s+be|is|are|to\\s+be|being|has\\s+been|had\\s+been)\\s+)?(?:also\\s+)?',
  '(?:(?:scheduled|planned|expected|due|set)\\s+(?:to\\s+be\\s+|for\\s+(?=DATE)))?',
  '(?:(?:organized|organised|co-organized|co-hosted|hosted|convened)\\s+by\\s+[^.;]{1,120}?,?\\s*',
  '|(?:held|convened|hosted|organized|organised|took\\s+place|takes\\s+place|taking\\s+place|to\\s+take\\s+place)\\s*)?',
  '(?:(?:on|from|in|between|for)?\\s*\\(?\\s*DATE\\s*\\)?\\s*,?\\s*)*',
  '(?:at\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}’\'-]*\\s+(?:of\\s+(?:the\\s+)?)?){1,6})?',
  '(?:in|at)?\\s*$',
].join(''), 'u');

/** Is `gap` (the text from a meeting's name to a place) what a venue follows, dates aside? */
export function introducesVenue(gap: string, dates: readonly Range[], offset: number): boolean {
  let plain = '';
  let at = 0;
  for (const d of dates) {
    if (d.start < offset || d.end > offset + gap.length) continue;
    plain += `${gap.slice(at, d.start - offset)}DATE`;
    at = d.end - offset;
  }
  plain += gap.slice(at);
  return plain.length <= 200 && VENUE_GAP.test(plain.replace(/\s+/g, ' '));
}
const byStart = <T extends Range>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);

/**
 * An event's date and place are the first ones its sentence names after it, before another event
 * begins (`held in Bangkok from 12 to 14 December 2006`); events that share a name share what
 * any mention of them says.
 */
export const linkEvents: EntityRefiner = {
  id: 'resolve-entities/link-events',
  apply: (doc, _report, options) => {
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
      const date = next(dates);
      const first = next(places);
      const place = first && introducesVenue(doc.text.slice(f.end, first.start), dates, f.end) ? first : undefined;
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
