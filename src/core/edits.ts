import type { Doc } from './doc.js';
import { composeMap, toSource, type Replacement } from './offset-map.js';
import type { Edit, Located, LoggedEdit, Message, Range } from './types.js';

/** Sorted, non-overlapping, effective edits; the rest become messages. */
function prepare(text: string, edits: readonly Edit[], stage: string): { kept: Edit[]; messages: Message[] } {
  const sorted = edits
    .filter((e) => text.slice(e.range.start, e.range.end) !== e.text)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const kept: Edit[] = [];
  const messages: Message[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const e of sorted) {
    const { start, end } = e.range;
    const bad = start < 0 || end > text.length || end < start;
    // Two insertions at one point, or any overlap, would make the result depend on order.
    const overlaps = start < lastEnd || (start === lastStart && start === end);
    if (bad || overlaps) {
      messages.push({
        ruleId: 'edits/conflict', stage, severity: 'warning', place: { start, end: Math.max(start, end) },
        note: `edit by ${e.rule} ${bad ? 'is out of range' : 'overlaps an earlier edit'} and was not applied`,
        actual: text.slice(start, end), expected: e.text,
      });
      continue;
    }
    kept.push(e);
    lastEnd = end;
    lastStart = start;
  }
  return { kept, messages };
}

/** Moves a position of the old text to the new text; `side` says which end of a span it is. */
export function forwardMapper(reps: readonly Replacement[]) {
  const starts = reps.map((r) => r.start);
  const deltas: number[] = [];
  let d = 0;
  for (const r of reps) {
    deltas.push(d);
    d += r.length - (r.end - r.start);
  }
  return (pos: number, side: 'start' | 'end'): number => {
    // last replacement with start <= pos
    let lo = 0;
    let hi = reps.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= pos) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (idx < 0) return pos;
    const r = reps[idx];
    const p = r.start + deltas[idx];
    if (pos === r.start && side === 'end') return p;
    if (pos < r.end || (pos === r.end && side === 'start' && r.start === r.end)) {
      return side === 'start' ? p : p + r.length;
    }
    return pos + deltas[idx] + r.length - (r.end - r.start);
  };
}

function moveRange<T extends Range>(span: T, move: (p: number, s: 'start' | 'end') => number): T {
  const start = move(span.start, 'start');
  const end = Math.max(start, move(span.end, 'end'));
  return { ...span, start, end };
}

/**
 * The one place where text changes. Applies a stage's edits, extends the offset map, logs each
 * edit with its original range, and moves every span already in the doc to the new text.
 */
export function applyEdits(doc: Doc, edits: readonly Edit[], stage: string): Doc {
  if (edits.length === 0) return doc;
  const { kept, messages } = prepare(doc.text, edits, stage);
  if (kept.length === 0) return messages.length ? { ...doc, messages: [...doc.messages, ...messages] } : doc;

  const parts: string[] = [];
  const reps: Replacement[] = [];
  const logged: LoggedEdit[] = [];
  let pos = 0;
  let newPos = 0;
  for (const e of kept) {
    parts.push(doc.text.slice(pos, e.range.start));
    newPos += e.range.start - pos;
    parts.push(e.text);
    reps.push({ start: e.range.start, end: e.range.end, length: e.text.length });
    logged.push({
      start: newPos, end: newPos + e.text.length,
      source: toSource(doc.map, e.range),
      from: doc.text.slice(e.range.start, e.range.end), to: e.text, rule: e.rule, stage,
    });
    newPos += e.text.length;
    pos = e.range.end;
  }
  parts.push(doc.text.slice(pos));
  const text = parts.join('');
  const map = composeMap(doc.map, reps, text.length);
  const move = forwardMapper(reps);
  const moveAll = <T extends Located>(xs: T[]) => xs.map((x) => moveRange(x, move));
  const moveMsg = (m: Message): Message => ({ ...m, place: moveRange(m.place, move) });
  return {
    ...doc,
    text,
    map,
    edits: [...moveAll(doc.edits), ...logged].sort((a, b) => a.start - b.start || a.end - b.end),
    footnotes: moveAll(doc.footnotes),
    garbled: moveAll(doc.garbled),
    dates: moveAll(doc.dates),
    places: moveAll(doc.places),
    organisations: moveAll(doc.organisations),
    events: moveAll(doc.events),
    messages: [...doc.messages.map(moveMsg), ...messages.map(moveMsg)],
    segments: undefined,
  };
}

/** Locates a current-text range in the original: every span in a record goes through here. */
export function locate(doc: Doc, range: Range): Located {
  return { start: range.start, end: range.end, source: toSource(doc.map, range) };
}
