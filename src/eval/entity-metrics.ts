import type { Doc } from '../core/doc.js';

export const ENTITY_TYPES = ['dates', 'places', 'organisations', 'events'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface GoldEntity { value?: string; name?: string; acronym?: string; variants?: string[] }
export type Gold = Partial<Record<EntityType, GoldEntity[]>>;

export interface PRF { tp: number; predicted: number; gold: number; goldFound: number }
export const emptyPRF = (): PRF => ({ tp: 0, predicted: 0, gold: 0, goldFound: 0 });

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Keys of a gold entity: its value (dates), or its name, acronym and variants. */
function goldKeys(type: EntityType, g: GoldEntity): Set<string> {
  if (type === 'dates') return new Set([norm(g.value ?? '')]);
  return new Set([g.name, g.acronym, ...(g.variants ?? [])].filter((x): x is string => !!x).map(norm));
}

/** Keys of a predicted entity: value for dates; name, acronym and its text otherwise. */
function predictedKeys(type: EntityType, p: { value?: string; name?: string; acronym?: string; text: string }): string[] {
  if (type === 'dates') return [norm(p.value ?? '')];
  return [p.name, p.acronym, p.text].filter((x): x is string => !!x).map(norm);
}

type Predicted = { value?: string; name?: string; acronym?: string; text: string };

/** How one document's entities of one kind meet its gold: the distinct predictions, which hit, and the gold entities missed. */
export interface KindMatch {
  /** Distinct predictions (by value or name) with the gold entity each hit, if any. */
  predictions: { identity: string; hit: number }[];
  gold: GoldEntity[];
  /** Indexes into `gold` that no prediction found. */
  missed: number[];
}

/**
 * Set-level matching as the guidelines say: distinct predicted entities (by value or name)
 * against distinct gold entities; a prediction matches a gold entity when any of its keys
 * equals any of the gold's, case-insensitively.
 */
export function matchKind(predicted: readonly Predicted[], gold: Gold, type: EntityType): KindMatch {
  const goldList = gold[type] ?? [];
  const golds = goldList.map((g) => goldKeys(type, g));
  const byIdentity = new Map<string, string[]>();
  for (const p of predicted) {
    const id = type === 'dates' ? norm(p.value ?? '') : norm(p.name ?? p.text);
    const keys = byIdentity.get(id) ?? [];
    keys.push(...predictedKeys(type, p));
    byIdentity.set(id, keys);
  }
  const predictions = [...byIdentity].map(([identity, keys]) => ({ identity, hit: golds.findIndex((g) => keys.some((k) => g.has(k))) }));
  const found = new Set(predictions.map((p) => p.hit).filter((h) => h >= 0));
  return { predictions, gold: goldList, missed: goldList.map((_, i) => i).filter((i) => !found.has(i)) };
}

/** Adds one document's match of one kind to the counts. */
export function addMatch(into: PRF, m: KindMatch): void {
  into.tp += m.predictions.filter((p) => p.hit >= 0).length;
  into.predicted += m.predictions.length;
  into.gold += m.gold.length;
  into.goldFound += m.gold.length - m.missed.length;
}

export function entityCounts(doc: Doc, gold: Gold, type: EntityType, into: PRF): void {
  addMatch(into, matchKind((doc.entities[type] ?? []) as readonly Predicted[], gold, type));
}

export function f1(c: PRF): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.goldFound / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** How an event's date or place, where the event was found, meets the gold's. */
export interface DetailCounts { right: number; wrong: number; missed: number; extra: number; bothNone: number }
export const emptyDetails = (): DetailCounts => ({ right: 0, wrong: 0, missed: 0, extra: 0, bothNone: 0 });
export const EVENT_DETAILS = ['date', 'place'] as const;

type PredictedEvent = Predicted & { date?: string; place?: string };
type GoldEvent = GoldEntity & { date?: string | null; place?: string | null };

/**
 * The date and place given to each gold event that the document's events found (any mention:
 * mentions of one event share them), against the gold's: right, wrong, missed (gold has one,
 * none given), extra (given where the gold has none) or both none.
 */
export function eventDetailCounts(doc: Doc, gold: Gold, into: Record<(typeof EVENT_DETAILS)[number], DetailCounts>): void {
  const predicted = (doc.entities.events ?? []) as readonly PredictedEvent[];
  for (const g of (gold.events ?? []) as GoldEvent[]) {
    const keys = goldKeys('events', g);
    const mine = predicted.filter((p) => predictedKeys('events', p).some((k) => keys.has(k)));
    if (mine.length === 0) continue;
    for (const detail of EVENT_DETAILS) {
      const got = mine.find((p) => p[detail])?.[detail];
      const want = g[detail] ?? undefined;
      const c = into[detail];
      if (!got && !want) c.bothNone++;
      else if (!want) c.extra++;
      else if (!got) c.missed++;
      else if (norm(got) === norm(want)) c.right++;
      else c.wrong++;
    }
  }
}
