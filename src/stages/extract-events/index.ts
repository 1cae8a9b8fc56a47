import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { firstAfter } from '../../text/search.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import type { EventEntity, Range } from '../../core/types.js';
import { headNounNames } from '../../text/names/head-nouns.js';
import { DOCUMENT_HEADS, EVENT_HEADS } from '../../text/names/heads.js';
import { ORDINAL } from '../../text/ordinals.js';
import { segmentsOf } from '../../text/segments.js';

export interface ExtractEventsOptions {
  /** Attach the date and place the same sentence gives. Default `true`. */
  attach: boolean;
}

export const extractEventsDefaults: ExtractEventsOptions = { attach: true };

// "sixty-third session", "third session of the ...", "twenty-first special session of the ..."
const SESSION = /\b([A-Za-z]+(?:-[A-Za-z]+)?|\d+(?:st|nd|rd|th))[ ]+(?:(?:special|regular|resumed|ordinary)[ ]+)?[Ss]ession\b/g;
// "of the" never ends a paragraph: a page break may fall between it and the body's name
const OF_THE = /^[ ]+of[ ]+the\s+/;
// Bodies, not meetings, though their names say Conference or Congress.
// (anywhere in the name: a heading may run "TD United Nations Conference on Trade and Development Distr.",
// and a bad scan may cut "Parties" short)
const NOT_EVENTS = /(?:^|\s)(?:Conference of (?:the )?Parti|United Nations Conference on Trade and Development\b)|^(?:the )?Congress of /i;

/** The body a session belongs to: the organisation that starts right after "of the", else its capitalised words. */
function sessionOwner(doc: Doc, at: number): number | undefined {
  const org = doc.organisations.find((o) => o.start === at);
  if (org) return org.end;
  const m = /^(?:[A-Z][\w’'-]*)(?:[ ]+(?:[A-Z][\w’'-]*|of|on|for|and|the|in))*/.exec(doc.text.slice(at, at + 200));
  if (!m) return undefined;
  const t = m[0].replace(/([ ]+(of|on|for|and|the|in))+$/, '');
  return at + t.length;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Named meetings and numbered sessions, with the date and place their sentence gives. */
export function createExtractEvents(options?: Partial<ExtractEventsOptions>): Transform {
  const opts = resolveOptions('extract-events', extractEventsDefaults, options);
  return (doc: Doc) => {
    const text = doc.text;
    const found: { range: Range; producer: string; year?: string }[] = [];
    for (const m of text.matchAll(SESSION)) {
      if (!ORDINAL.test(m[1])) continue;
      let end = m.index + m[0].length;
      const of = OF_THE.exec(text.slice(end));
      const owner = of ? sessionOwner(doc, end + of[0].length) : undefined;
      if (owner) end = owner;
      found.push({ range: { start: m.index, end }, producer: 'extractor/session' });
    }
    const segments = segmentsOf(doc);
    const words = segments.words;
    for (const r of headNounNames(text, words, EVENT_HEADS, [DOCUMENT_HEADS])) {
      if (r.nested || /session$/i.test(text.slice(r.start, r.end)) || NOT_EVENTS.test(text.slice(r.start, r.end))) continue;
      // an ordinal in front is part of the name: "Twelfth Asia-Pacific Forum", "first Global Forum"
      const before = /(\S+) $/.exec(text.slice(Math.max(0, r.start - 30), r.start));
      const lead = before && (ORDINAL.test(before[1]) || /^(19|20)\d\d$/.test(before[1])) ? before[1] : undefined;
      found.push({ range: { start: lead ? r.start - lead.length - 1 : r.start, end: r.end }, producer: 'extractor/head-noun', year: lead && /^\d{4}$/.test(lead) ? lead : undefined });
    }
    const taken: Range[] = [];
    const events: EventEntity[] = [];
    const sents = segments.sentences;
    // where each found event starts, in order: "the next event" is a binary search, not a scan
    const starts = found.map((f) => f.range.start).sort((a, b) => a - b);
    const dates = [...doc.dates].sort((a, b) => a.start - b.start);
    const places = [...doc.places].sort((a, b) => a.start - b.start);
    const start = (x: Range) => x.start;
    found.sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start));
    for (const f of found) {
      if (taken.some((t) => f.range.start < t.end && t.start < f.range.end)) continue;
      taken.push(f.range);
      const mention = text.slice(f.range.start, f.range.end);
      const event: EventEntity = { ...locate(doc, f.range), text: mention, name: mention.replace(/\s+/g, ' ').replace(/^(the|first|(19|20)\d\d)\s+/, ''), producers: [f.producer] };
      if (opts.attach) {
        const s = sents[firstAfter(sents, f.range.end - 1, (x) => x.end)];
        const sentence = s && s.start <= f.range.start && f.range.end <= s.end ? s : undefined;
        if (sentence) {
          // what follows the event in its sentence, before any other event begins
          const stop = Math.min(sentence.end, starts[firstAfter(starts, f.range.end - 1, (x) => x)] ?? Infinity);
          const inSentence = <T extends Range>(xs: T[]) => {
            const x = xs[firstAfter(xs, f.range.end - 1, start)];
            return x && x.end <= stop ? x : undefined;
          };
          const date = inSentence(dates);
          const place = inSentence(places);
          if (date) event.date = date.value;
          else if (f.year) event.date = f.year; // "the 2006 High-level Dialogue"
          if (place) event.place = place.name;
        }
      }
      events.push(event);
    }
    events.sort((a, b) => a.start - b.start);
    // events that share a name share what any mention of them says
    const byName = new Map<string, EventEntity[]>();
    for (const e of events) byName.set(norm(e.name), [...(byName.get(norm(e.name)) ?? []), e]);
    for (const group of byName.values()) {
      const date = group.find((e) => e.date)?.date;
      const place = group.find((e) => e.place)?.place;
      for (const e of group) {
        if (date && !e.date) e.date = date;
        if (place && !e.place) e.place = place;
      }
    }
    // a place inside an event's name is part of the name, not a place of its own
    const kept = doc.places.filter((p) => !events.some((e) => p.start >= e.start && p.end <= e.end));
    return { ...doc, events, places: kept };
  };
}
