import type { Doc } from './doc.js';
import { adjoins, composeMap, sourcePieces, toSource, type Replacement } from './offset-map.js';
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

/** Do an earlier log entry (old-text range) and a new edit's old-text range touch the same text? */
function intersects(a: Range, b: Range): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  // an empty range (a deletion point or an insertion) inside the other counts
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return false;
}

/** Sorted pieces, those that overlap or only white space parts made one; undefined when one is left. */
function mergePieces(original: string, pieces: Range[]): Range[] | undefined {
  if (pieces.length < 2) return undefined;
  const out: Range[] = [];
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && adjoins(original, last.end, p.start)) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out.length > 1 ? out : undefined;
}

/**
 * The one place where text changes. Applies a stage's edits, extends the offset map, logs each
 * edit with its original range, and moves every span already in the doc to the new text.
 * A new edit that touches an earlier one merges with it, so that every log entry always says:
 * `original.slice(source)` was `from`, and `text.slice(start, end)` is now `to`.
 */
export function applyEdits(doc: Doc, edits: readonly Edit[], stage: string): Doc {
  if (edits.length === 0) return doc;
  const { kept, messages } = prepare(doc.text, edits, stage);
  if (kept.length === 0) return messages.length ? { ...doc, messages: [...doc.messages, ...messages] } : doc;

  const parts: string[] = [];
  const reps: Replacement[] = [];
  const placed = new Map<Edit, Range>(); // where each new edit's text lands in the new text
  let pos = 0;
  let delta = 0;
  for (const e of kept) {
    parts.push(doc.text.slice(pos, e.range.start), e.text);
    reps.push({ start: e.range.start, end: e.range.end, length: e.text.length, moved: e.moved });
    placed.set(e, { start: e.range.start + delta, end: e.range.start + delta + e.text.length });
    delta += e.text.length - (e.range.end - e.range.start);
    pos = e.range.end;
  }
  parts.push(doc.text.slice(pos));
  const text = parts.join('');
  const map = composeMap(doc.map, reps, text.length);
  const move = forwardMapper(reps);

  // Group new edits with the earlier log entries they touch (both in old-text coordinates).
  type Item = { range: Range; old?: LoggedEdit; edit?: Edit };
  const items: Item[] = [
    ...doc.edits.map((old) => ({ range: { start: old.start, end: old.end }, old })),
    ...kept.map((edit) => ({ range: edit.range, edit })),
  ].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const groups: Item[][] = [];
  let span: Range | undefined;
  for (const item of items) {
    if (span && intersects(span, item.range)) {
      groups[groups.length - 1].push(item);
      span = { start: span.start, end: Math.max(span.end, item.range.end) };
    } else {
      groups.push([item]);
      span = { ...item.range };
    }
  }
  const logged: LoggedEdit[] = groups.map((group) => {
    const olds = group.filter((i) => i.old).map((i) => i.old!);
    const news = group.filter((i) => i.edit).map((i) => i.edit!);
    if (news.length === 0 && olds.length === 1) return moveRange(olds[0], move);
    const at = group.map((i) => (i.edit ? placed.get(i.edit)! : moveRange(i.range, move)));
    const start = at.reduce((m, r) => Math.min(m, r.start), Infinity);
    const end = at.reduce((m, r) => Math.max(m, r.end), -Infinity);
    // in the old map, each member's own original range; together they cover the group
    const sources = group.map((i) => (i.old ? i.old.source : toSource(doc.map, i.range)));
    const source = { start: sources.reduce((m, r) => Math.min(m, r.start), Infinity), end: sources.reduce((m, r) => Math.max(m, r.end), -Infinity) };
    const rules = [...new Set([...olds.flatMap((o) => o.rules), ...news.map((n) => n.rule)])];
    const pieces = mergePieces(doc.original, group.flatMap((i, k) => (i.old ? i.old.pieces : sourcePieces(doc.map, doc.original, i.range)) ?? [sources[k]]));
    return {
      start, end, source, ...(pieces ? { pieces } : {}),
      from: doc.original.slice(source.start, source.end), to: text.slice(start, end),
      rules, stage: news.length ? stage : olds[0].stage,
    };
  });

  const moveAll = <T extends Located>(xs: T[]) => xs.map((x) => moveRange(x, move));
  const moveMsg = (m: Message): Message => ({ ...m, place: moveRange(m.place, move) });
  return {
    ...doc,
    text,
    map,
    edits: logged,
    footnotes: moveAll(doc.footnotes),
    languages: moveAll(doc.languages),
    garbled: moveAll(doc.garbled),
    entities: Object.fromEntries(Object.entries(doc.entities).map(([kind, xs]) => [kind, moveAll([...xs])])),
    messages: [...doc.messages.map(moveMsg), ...messages.map(moveMsg)],
    segments: undefined,
  };
}

/** Locates a current-text range in the original: every span in a record goes through here. */
export function locate(doc: Doc, range: Range): Located {
  return { start: range.start, end: range.end, source: toSource(doc.map, range) };
}
