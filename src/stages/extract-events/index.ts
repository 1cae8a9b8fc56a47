import { z } from 'zod';
import { entitiesOf, withEntities, withMessages, type Doc } from '../../core/doc.js';
import { collectMessages } from '../../core/messages.js';
import { HEADER_END, numberedMeetings, numberedSessions } from './sessions.js';
import { locate } from '../../core/edits.js';
import { dateValue, entityFields } from '../../core/entity-schema.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import type { Entity, Range } from '../../core/types.js';
import { headNounNames } from '../../text/names/head-nouns.js';
import { DOCUMENT_HEADS, EVENT_HEADS } from '../../text/names/heads.js';
import { lowerCaseEvents } from '../../text/names/un-events.js';
import { ORDINAL } from '../../text/ordinals.js';
import { segmentsOf } from '../../text/segments.js';

export const eventSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1).describe('the event as the document names it'),
  date: dateValue.optional().describe('the date its sentence (or its name) gives'),
  place: z.string().optional().describe('where it was held, as its sentence gives it'),
});
export type EventEntity = z.output<typeof eventSchema>;

// Bodies, not meetings, though their names say Conference or Congress.
// (anywhere in the name: a heading may run "TD United Nations Conference on Trade and Development Distr.",
// and a bad scan may cut "Parties" short)
const NOT_EVENTS = /(?:^|\s)(?:Conference of (?:the )?(?:States )?Parti|United Nations Conference on Trade and Development\b)|^(?:the )?Congress of /i;

/** The body a session belongs to: the organisation that starts right after "of the", else its capitalised words. */
function sessionOwner(doc: Doc, at: number): number | undefined {
  const org = entitiesOf<Entity>(doc, 'organisations').find((o) => o.start === at);
  if (org) return org.end;
  const m = /^(?:[A-Z][\w’'-]*)(?:[ ]+(?:[A-Z][\w’'-]*|of|on|for|and|the|in))*/.exec(doc.text.slice(at, at + 200));
  if (!m) return undefined;
  // redos: bounded, the name is read from 200 characters at most
  const t = m[0].replace(/([ ]+(of|on|for|and|the|in))+$/, '');
  return at + t.length;
}

/**
 * "the Coastal Resilience Forum in Jakarta", "a Regional Summit on Water in Kenya": a place after "in" that
 * ends the name is where the meeting was held (its place), not part of its name.
 */
function withoutVenue(text: string, r: Range, places: ReadonlyMap<number, { end: number; kind?: string }>): number {
  const name = text.slice(r.start, r.end);
  const m = / in (?:the )?(?=\S+)/.exec(name);
  // a region names whom a meeting is for (`Regional Workshop on Statistics in Asia and the Pacific`);
  // a purpose clause holds its own place (`Conference to Support the Recovery in Ukraine`)
  if (!m || / to \p{Lu}/u.test(name.slice(0, m.index))) return r.end;
  const place = places.get(r.start + m.index + m[0].length);
  return place?.end === r.end && (place.kind === 'city' || place.kind === 'country') ? r.start + m.index : r.end;
}

/** Named meetings and numbered sessions; the longest of overlapping candidates wins. */
function extractEvents(doc: Doc): Doc {
  const text = doc.text;
  const found: { range: Range; producer: string; year?: string; name?: string }[] = [];
  const { report, messages } = collectMessages('extract-events');
  const segments = segmentsOf(doc);
  // a standing body whose name says Forum or Conference (`Permanent Forum on Indigenous Issues`) is an organisation
  const bodies = new Set(entitiesOf<Entity>(doc, 'organisations').map((o) => `${o.start}:${o.end}`));
  const named = headNounNames(text, segments.words, EVENT_HEADS, [DOCUMENT_HEADS], undefined, undefined, segments.capitals)
    .filter((r) => !r.nested && !/session$/i.test(text.slice(r.start, r.end)) && !NOT_EVENTS.test(text.slice(r.start, r.end)) && !bodies.has(`${r.start}:${r.end}`));
  // "the Conference of African Ministers ... during the fifty-seventh session of the Conference": a named meeting holds sessions too
  const meetings = named.map((r) => ({ start: r.start, end: r.end, name: text.slice(r.start, r.end).replace(/\s+/g, ' ') }));
  for (const s of numberedSessions(doc, segments.words, segments.sentences, (at) => sessionOwner(doc, at), meetings)) {
    // GUIDELINES: an event is a numbered session *of a named body*; "at its 121st session" with no
    // body found is no event of its own, and the audit hears of it. In a document's header the
    // session is the issuing body's, even where a bad scan lost that body's name.
    if (!s.name && !/ of /.test(text.slice(s.range.start, s.range.end)) && s.range.start >= HEADER_END) {
      report('extract-events/bare-session', s.range, 'a numbered session whose body is not named: not an event', text.slice(s.range.start, s.range.end));
      continue;
    }
    found.push({ range: s.range, producer: 'extractor/session', name: s.name });
    if (s.resolved) report('extract-events/session-body', s.range, `the body holding this session is not named with it: ${s.resolved}`, text.slice(s.range.start, s.range.end), s.name);
  }
  const places = new Map(entitiesOf<Entity & { kind?: string }>(doc, 'places').map((p) => [p.start, { end: p.end, kind: p.kind }]));
  for (const r of numberedMeetings(doc, segments.words)) {
    // "the Third World Assembly on Youth in Lisbon": the body's name may hold the venue
    r.end = withoutVenue(text, r, places);
    found.push({ range: r, producer: 'extractor/numbered-meeting', name: text.slice(r.start, r.end).replace(/\s+/g, ' ') });
  }
  // ...and the meetings the UN writes in lower case (`the high-level political forum on sustainable development`)
  const candidates = [...named.map((r) => ({ r, producer: 'extractor/head-noun' })), ...lowerCaseEvents(text).map((r) => ({ r, producer: 'extractor/known-event' }))];
  for (const { r, producer } of candidates) {
    r.end = withoutVenue(text, r, places);
    if (!/\s/.test(text.slice(r.start, r.end))) continue; // what the venue leaves may be a bare head (`Summit in Quito`)
    // an ordinal in front is part of the name: "Twelfth Asia-Pacific Forum", "first Global Forum"
    // redos: bounded, 30 characters
    const before = /(\S+) $/.exec(text.slice(Math.max(0, r.start - 30), r.start));
    const lead = before && (ORDINAL.test(before[1]) || /^(19|20)\d\d$/.test(before[1])) ? before[1] : undefined;
    found.push({ range: { start: lead ? r.start - lead.length - 1 : r.start, end: r.end }, producer, year: lead && /^\d{4}$/.test(lead) ? lead : undefined });
  }
  const taken: Range[] = [];
  const events: EventEntity[] = [];
  found.sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start));
  for (const f of found) {
    if (taken.some((t) => f.range.start < t.end && t.start < f.range.end)) continue;
    taken.push(f.range);
    const mention = text.slice(f.range.start, f.range.end);
    const { start, end, source } = locate(doc, f.range);
    // a session's number is its name ("2025 session"); a named meeting's leading year or "first" is not
    const name = f.name ?? (f.producer === 'extractor/session' ? mention.replace(/\s+/g, ' ') : mention.replace(/\s+/g, ' ').replace(/^(the|first|(19|20)\d\d)\s+/, ''));
    const producers = [f.producer];
    // "the 2006 High-level Dialogue": the year in its name dates it
    events.push(f.year ? { start, end, source, text: mention, name, date: f.year, producers } : { start, end, source, text: mention, name, producers });
  }
  events.sort((a, b) => a.start - b.start);
  return withMessages(withEntities(doc, 'events', events), messages);
}

/** Named meetings and numbered sessions (their date and place are linked by `resolve-entities`). */
export const extractEventsStage = defineStage({
  name: 'extract-events',
  summary: 'Events: numbered sessions of a body and named meetings (conferences, forums, dialogues, ...).',
  options: z.strictObject({}),
  produces: { kind: 'events', schema: eventSchema },
  create: () => extractEvents,
});

export const createExtractEvents = stageFactory(extractEventsStage);
