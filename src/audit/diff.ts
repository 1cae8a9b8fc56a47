import { ENTITY_TYPES } from '../eval/entity-metrics.js';
import { levenshtein } from '../eval/cer.js';
import type { OutputFolder } from './read-output.js';


type Item = Record<string, unknown> & { source: { start: number; end: number } };

export interface EntityChanges {
  gained: Item[];
  lost: Item[];
  /** Same place in the original, another reading (value, name, kind...). */
  changed: { old: Item; new: Item }[];
}

export interface DocumentDiff {
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Old and new status in the manifests (record, rejected, quarantined). */
  outcome: { old?: string; new?: string };
  inputChanged: boolean;
  /** Top-level record fields whose content differs (messages, garbled, profile...). */
  fields?: string[];
  /** Character edits from the old cleaned text to the new, per character of the old. */
  textChange?: number;
  repairs?: { added: Item[]; removed: Item[] };
  entities?: Record<string, EntityChanges>;
}

export interface DatasetDiff {
  documents: DocumentDiff[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

const at = (x: Item) => `${x.source.start}:${x.source.end}`;
/** What an entity says, apart from where it sits in the cleaned text and who found it. */
const reading = (x: Item) => JSON.stringify(Object.fromEntries(Object.entries(x).filter(([k]) => !['start', 'end', 'producers', 'original'].includes(k))));

function entityChanges(olds: Item[], news: Item[]): EntityChanges {
  const byPlace = new Map<string, Item[]>();
  for (const o of olds) byPlace.set(at(o), [...(byPlace.get(at(o)) ?? []), o]);
  const out: EntityChanges = { gained: [], lost: [], changed: [] };
  const matched = new Set<Item>();
  for (const n of news) {
    const candidates = (byPlace.get(at(n)) ?? []).filter((o) => !matched.has(o));
    const same = candidates.find((o) => reading(o) === reading(n));
    const other = same ?? candidates[0];
    if (!other) out.gained.push(n);
    else {
      matched.add(other);
      if (!same) out.changed.push({ old: other, new: n });
    }
  }
  out.lost = olds.filter((o) => !matched.has(o));
  return out;
}

const repairKey = (r: Item) => `${at(r)}:${String(r.to)}:${String(r.rule)}`;

/** One document, old against new record. Offsets in the original compare only when the input is the same. */
export function diffDocument(id: string, old: OutputFolder, neu: OutputFolder): DocumentDiff {
  const o = old.inputs.get(id);
  const n = neu.inputs.get(id);
  const outcome = { old: o?.status, new: n?.status };
  if (!o) return { id, status: 'added', outcome, inputChanged: true };
  if (!n) return { id, status: 'removed', outcome, inputChanged: true };
  const inputChanged = o.sha256 !== n.sha256;
  const a = old.record(id);
  const b = neu.record(id);
  if (!a || !b) return { id, status: outcome.old === outcome.new && inputChanged === false ? 'unchanged' : 'changed', outcome, inputChanged };
  if (JSON.stringify(a) === JSON.stringify(b)) return { id, status: 'unchanged', outcome, inputChanged };
  const text = [String(a.text), String(b.text)];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const diff: DocumentDiff = {
    id, status: 'changed', outcome, inputChanged,
    fields: keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])),
    textChange: levenshtein(text[0], text[1]) / Math.max(1, text[0].length),
  };
  if (!inputChanged) {
    const ra = (a.repairs ?? []) as Item[];
    const rb = (b.repairs ?? []) as Item[];
    const ka = new Set(ra.map(repairKey));
    const kb = new Set(rb.map(repairKey));
    diff.repairs = { added: rb.filter((r) => !ka.has(repairKey(r))), removed: ra.filter((r) => !kb.has(repairKey(r))) };
    diff.entities = Object.fromEntries(ENTITY_TYPES.map((k) => [k, entityChanges((a[k] ?? []) as Item[], (b[k] ?? []) as Item[])]));
  }
  return diff;
}

/** Every document of either folder, in id order. */
export function diffOutputs(old: OutputFolder, neu: OutputFolder): DatasetDiff {
  const ids = [...new Set([...old.inputs.keys(), ...neu.inputs.keys()])].sort();
  const documents = ids.map((id) => diffDocument(id, old, neu));
  const count = (s: DocumentDiff['status']) => documents.filter((d) => d.status === s).length;
  return { documents, counts: { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged: count('unchanged') } };
}

/** `+gained -lost ~changed`, or nothing when there is no change: a cell of the change tables. */
export const plusMinus = (gained: number, lost: number, changed?: number) =>
  (gained || lost || changed ? `+${gained} -${lost}${changed === undefined ? '' : ` ~${changed}`}` : '');
