import type { Doc } from '../core/doc.js';
import { toSource } from '../core/offset-map.js';
import { RangeIndex } from '../core/range-index.js';
import { ruleStage } from '../core/rule-ids.js';
import type { GarbleSpan, Located, LoggedEdit, Range } from '../core/types.js';
import { ENTITY_KINDS } from '../pipeline/stages.js';
import { profileOf } from '../text/profile.js';

const WHITESPACE = /^\s*$/;

/** What a span made of pieces was made of: their original text, joined by a space. */
const piecesText = (doc: Doc, pieces: readonly Range[]) => pieces.map((p) => doc.original.slice(p.start, p.end)).join(' ');

const overlaps = (g: GarbleSpan, e: LoggedEdit) => e.start <= g.end && e.end >= g.start && e.source.start < g.source.end && e.source.end > g.source.start;

/** What became of a flagged passage: removed, repaired (a repair touched it), or kept as it was. */
function action(g: GarbleSpan, repairs: RangeIndex<LoggedEdit>): GarbleSpan['action'] {
  const touching = repairs.overlapping(g.source).filter((r) => overlaps(g, r));
  if (touching.some((r) => r.rules.includes('repair/remove-garbage'))) return 'removed';
  return touching.length ? 'repaired' : 'kept';
}

/**
 * A span with its original, where that differs from its text: `text` always means the cleaned
 * slice. A garbled passage's text is taken anew (repairs changed it after detection); an
 * entity's is kept as its extractor wrote it, so that validation can catch wrong offsets.
 */
function spanWithOriginal<T extends Located & { text: string }>(span: T, doc: Doc, retext: boolean): T & { original?: string } {
  const text = retext ? doc.text.slice(span.start, span.end) : span.text;
  const pieces = (span as { pieces?: Range[] }).pieces;
  const original = pieces ? piecesText(doc, pieces) : doc.original.slice(span.source.start, span.source.end);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(span)) {
    if (key === 'original') continue;
    out[key] = key === 'text' ? text : value;
    if (key === 'text' && original !== text) out.original = original;
  }
  return out as T & { original?: string };
}

/**
 * Every garbled passage of the record: what detection flagged, with what became of it, and the
 * passages a repair corrected that detection had not flagged (score 0: no rule scored them; the
 * repair's rule is their reason).
 */
function garbledOf(doc: Doc, repairs: readonly LoggedEdit[]): GarbleSpan[] {
  const byRepair = new RangeIndex(repairs, (r) => r.source);
  const byPassage = new RangeIndex(doc.garbled, (g) => g.source);
  const flagged = doc.garbled.map((g) => ({ ...g, action: action(g, byRepair) }));
  const unflagged = repairs
    .filter((r) => !byPassage.overlapping(r.source).some((g) => r.source.start < g.source.end && r.source.end > g.source.start))
    .map((r): GarbleSpan => ({
      start: r.start, end: r.end, source: r.source, ...(r.pieces ? { pieces: r.pieces } : {}), text: r.to, score: 0,
      reasons: r.rules.filter((id) => ruleStage(id) === 'repair'), action: 'repaired',
    }));
  return [...flagged, ...unflagged].sort((a, b) => a.start - b.start || a.end - b.end);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function profileRecord(doc: Doc) {
  const p = profileOf(doc);
  return {
    kind: p.kind, noisy: p.noisy, words: p.words, unknownShare: round(p.unknownShare, 4), nearMissRate: round(p.nearMissRate, 2),
    languages: doc.languages.map(({ start, end, source, lang }) => ({ start, end, source, lang })),
  };
}

/** The record as written: plain data, key order fixed so that output is byte-stable. */
export function buildRecord(doc: Doc) {
  // where each repair's text comes from by the offset map: a repair inside a line end put back is
  // logged with the move, whose source runs from the cut line to the part's old place
  const repairEdits = doc.edits.filter((e) => e.stage === 'repair').map((e) => ({ ...e, source: toSource(doc.map, e) }));
  // Layout-only edits (line breaks, space runs) are not repairs a reader needs to audit.
  const repairs = doc.edits
    .filter((e) => !(WHITESPACE.test(e.from) && WHITESPACE.test(e.to)) || e.stage === 'repair')
    .map(({ start, end, source, pieces, from, to, rules }) => ({
      start, end, source, ...(pieces ? { pieces } : {}),
      // what was replaced is the pieces, not the text a moved line end left between them
      from: pieces ? piecesText(doc, pieces) : from,
      to, rule: rules.join('+'),
    }));
  return {
    id: doc.id,
    source: { path: doc.path, sha256: doc.sha256, bytes: doc.bytes.length, encoding: doc.encoding },
    profile: profileRecord(doc),
    text: doc.text,
    garbled: garbledOf(doc, repairEdits).map((g) => spanWithOriginal(g, doc, true)),
    repairs,
    ...Object.fromEntries(ENTITY_KINDS.map(({ kind }) => [kind, (doc.entities[kind] ?? []).map((e) => spanWithOriginal(e, doc, false))])),
    footnotes: doc.footnotes.map(({ start, end, source, marker, note }) => ({ start, end, source, marker, ...(note === undefined ? {} : { note }) })),
    messages: doc.messages,
  };
}
