/** What the audit pages show of one record: its items, the text cut where they start and end, and its figures. */
import { RangeIndex } from '../core/range-index.js';
import { ENTITY_TYPES, type EntityType } from '../eval/entity-metrics.js';

type Span = { start: number; end: number; source: { start: number; end: number } };

export type ItemKind = EntityType | 'garbled' | 'repairs';
export const ITEM_KINDS: ItemKind[] = [...ENTITY_TYPES, 'garbled', 'repairs'];

/** One thing the pipeline found or did, with its evidence: what a reader hovers to see. */
export interface Item {
  i: number;
  kind: ItemKind;
  start: number;
  end: number;
  source: { start: number; end: number };
  /** The cleaned text at its offsets, and the original where it differs. */
  text: string;
  original?: string;
  /** The reading: a date's value, a name, a repair's `from -> to`, a passage's action and score. */
  label: string;
  /** An entity's identity as gold files write it: a date's value, a name (and an organisation's acronym). */
  value?: string;
  acronym?: string;
  /** Producers, rule or reasons. */
  by: string[];
  /** A close call: a passage left as printed, or an entity a message questions. */
  unsure: boolean;
}

export interface DocModel {
  id: string;
  text: string;
  items: Item[];
  messages: { ruleId: string; severity: string; note: string; start: number; end: number; actual?: string; expected?: string }[];
  stats: DocStats;
}

export interface DocStats {
  characters: number;
  /** Characters the repairs and normalisation replaced (the longer side of each edit). */
  changed: number;
  garbled: Record<string, number>;
  repairsByRule: Record<string, number>;
  entities: Record<string, number>;
  messagesByRule: Record<string, number>;
  /** Share of the text in passages left garbled, plus close decisions and warnings per 1,000 characters: how unsure the pipeline was. */
  unsure: number;
}

const count = (into: Record<string, number>, key: string) => { into[key] = (into[key] ?? 0) + 1; };

function entityLabel(kind: ItemKind, e: Record<string, unknown>): string {
  if (kind === 'dates') return `${String(e.value)}${e.inferred ? ' (year inferred)' : ''}`;
  if (kind === 'places') return `${String(e.name)} (${String(e.kind)}${e.countryCode ? `, ${String(e.countryCode)}` : ''})`;
  if (kind === 'organisations') return `${String(e.name)}${e.acronym ? ` (${String(e.acronym)})` : ''}`;
  return `${String(e.name)}${e.date ? `, ${String(e.date)}` : ''}${e.place ? `, ${String(e.place)}` : ''}`;
}

/** The view of a record (as written to records/<id>.json). */
export function docModel(record: Record<string, unknown>): DocModel {
  const text = String(record.text ?? '');
  const items: Item[] = [];
  const messages = ((record.messages ?? []) as { ruleId: string; severity: string; note: string; place: { start: number; end: number }; actual?: string; expected?: string }[])
    .map((m) => ({ ruleId: m.ruleId, severity: m.severity, note: m.note, start: m.place.start, end: m.place.end, actual: m.actual, expected: m.expected }));
  // warnings and errors by place: each entity asks its own stretch, not every message
  const warnings = new RangeIndex(messages.filter((m) => m.severity !== 'info'), (m) => m);
  const questioned = (s: Span) => warnings.overlapping(s).some((m) => m.start < s.end && m.end > s.start);
  for (const kind of ENTITY_TYPES) {
    for (const e of (record[kind] ?? []) as (Span & Record<string, unknown>)[]) {
      items.push({
        i: items.length, kind, start: e.start, end: e.end, source: e.source, text: String(e.text),
        original: e.original === undefined ? undefined : String(e.original),
        label: entityLabel(kind, e), by: (e.producers ?? []) as string[], unsure: questioned(e),
        value: String(kind === 'dates' ? e.value : e.name), ...(e.acronym ? { acronym: String(e.acronym) } : {}),
      });
    }
  }
  for (const g of (record.garbled ?? []) as (Span & { text: string; original?: string; score: number; reasons: string[]; action: string })[]) {
    items.push({
      i: items.length, kind: 'garbled', start: g.start, end: g.end, source: g.source, text: g.text, original: g.original,
      label: `${g.action}, score ${g.score}`, by: g.reasons, unsure: g.action === 'kept',
    });
  }
  for (const r of (record.repairs ?? []) as (Span & { from: string; to: string; rule: string })[]) {
    items.push({
      i: items.length, kind: 'repairs', start: r.start, end: r.end, source: r.source, text: r.to, original: r.from,
      label: `${JSON.stringify(r.from)} -> ${JSON.stringify(r.to)}`, by: [r.rule], unsure: false,
    });
  }
  const stats: DocStats = { characters: text.length, changed: 0, garbled: {}, repairsByRule: {}, entities: {}, messagesByRule: {}, unsure: 0 };
  let keptChars = 0;
  for (const it of items) {
    if (it.kind === 'repairs') {
      stats.changed += Math.max(it.text.length, it.original?.length ?? 0);
      count(stats.repairsByRule, it.by[0]);
    } else if (it.kind === 'garbled') {
      count(stats.garbled, it.label.split(',')[0]);
      if (it.unsure) keptChars += it.end - it.start;
    } else count(stats.entities, it.kind);
  }
  for (const m of messages) count(stats.messagesByRule, m.ruleId);
  const close = messages.filter((m) => /too close|ambiguous|several/.test(m.note) || m.severity !== 'info').length;
  stats.unsure = keptChars / Math.max(1, text.length) + (close * 1000) / Math.max(1000, text.length) / 100;
  return { id: String(record.id), text, items, messages, stats };
}

export interface Segment {
  start: number;
  end: number;
  /** Items covering it (indexes into the model's items). */
  covers: number[];
}

/**
 * The text cut wherever an item starts or ends: each segment is covered by the same items
 * throughout, so overlapping entities, passages and repairs can all be marked and hovered.
 */
export function segmentsOf(model: DocModel): Segment[] {
  const cuts = new Set<number>([0, model.text.length]);
  for (const it of model.items) {
    cuts.add(Math.max(0, Math.min(it.start, model.text.length)));
    cuts.add(Math.max(0, Math.min(it.end, model.text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // sweep: items sorted by start enter, and leave at their end
  const byStart = [...model.items].filter((it) => it.end > it.start).sort((a, b) => a.start - b.start);
  const active: Item[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const [s, e] = [points[p], points[p + 1]];
    while (next < byStart.length && byStart[next].start <= s) active.push(byStart[next++]);
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= s) active.splice(k, 1);
    out.push({ start: s, end: e, covers: active.filter((it) => it.start < e).map((it) => it.i) });
  }
  return out;
}

/** Original and cleaned text side by side: the stretches that are the same, and each change between them. */
export interface AlignedPart { same: boolean; original: string; cleaned: string; rule?: string }

/**
 * Aligns the original with the cleaned text through the edit log: between two edits the texts
 * agree, and each edit is one change. `original` is the decoded input (the record does not hold
 * it; the audit reads it from the input folder when it can).
 */
export function alignOriginal(model: DocModel, original: string): AlignedPart[] {
  const edits = model.items.filter((it) => it.kind === 'repairs').sort((a, b) => a.source.start - b.source.start || a.start - b.start);
  const parts: AlignedPart[] = [];
  let src = 0;
  let dst = 0;
  for (const e of edits) {
    if (e.source.start < src || e.start < dst) continue; // nested in one already shown
    if (e.source.start > src) parts.push({ same: true, original: original.slice(src, e.source.start), cleaned: model.text.slice(dst, e.start) });
    parts.push({ same: false, original: original.slice(e.source.start, e.source.end), cleaned: model.text.slice(e.start, e.end), rule: e.by[0] });
    src = e.source.end;
    dst = e.end;
  }
  if (src < original.length || dst < model.text.length) parts.push({ same: true, original: original.slice(src), cleaned: model.text.slice(dst) });
  return parts;
}
