import type { Doc } from '../core/doc.js';
import type { LoggedEdit } from '../core/types.js';

const WHITESPACE = /^\s*$/;

/** Footnote references come from the edit log: the marker left the text, its place stays. */
function footnotesOf(edits: LoggedEdit[]) {
  return edits
    .filter((e) => e.rule === 'normalise/footnote-marker' || e.rule === 'normalise/footnote')
    .map((e) => {
      const note = /^\\footnote\s*\{([\s\S]*)\}$/.exec(e.from)?.[1];
      const marker = note === undefined ? e.from.replace(/[^0-9a-z*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '') : '';
      return { start: e.start, end: e.end, source: e.source, marker, ...(note === undefined ? {} : { note }) };
    });
}

/** The record as written: plain data, key order fixed so that output is byte-stable. */
export function buildRecord(doc: Doc) {
  // Layout-only edits (line breaks, space runs) are not repairs a reader needs to audit.
  const repairs = doc.edits
    .filter((e) => !(WHITESPACE.test(e.from) && WHITESPACE.test(e.to)) || e.rule.includes('repair/'))
    .map(({ start, end, source, from, to, rule }) => ({ start, end, source, from, to, rule }));
  return {
    id: doc.id,
    source: { path: doc.path, sha256: doc.sha256, bytes: doc.bytes.length, encoding: doc.encoding },
    text: doc.text,
    garbled: doc.garbled,
    repairs,
    dates: doc.dates,
    places: doc.places,
    organisations: doc.organisations,
    events: doc.events,
    footnotes: footnotesOf(doc.edits),
    messages: doc.messages,
  };
}
