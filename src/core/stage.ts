import type { Doc } from './doc.js';

/** What a batch knows that a single document does not (vocabulary seen across all inputs, ...). */
export interface BatchContext {
  /** Lower-cased word -> number of documents of the batch it was seen clean in. */
  vocabulary: Map<string, number>;
  /** Acronyms (all-caps tokens) seen anywhere in the batch. */
  acronyms: Set<string>;
  /** Lower-cased "word next" pairs -> count across the batch: the context model for repairs. */
  bigrams: Map<string, number>;
  /** Reference date for resolving dates without a year, when nothing in the document gives one. */
  now?: Date;
}

export interface StageContext {
  batch: BatchContext;
}

export type Transform = (doc: Doc, ctx: StageContext) => Doc;

/** A stage factory checks its options (TypeError when misconfigured) and returns a pure transform. */
export type StageFactory<O> = (options?: Partial<O>) => Transform;

export function emptyBatch(): BatchContext {
  return { vocabulary: new Map(), acronyms: new Set(), bigrams: new Map() };
}

/** Fills defaults and rejects unknown option keys: misconfiguration is a TypeError, at start-up. */
export function resolveOptions<O extends object>(stage: string, defaults: O, options: Partial<O> | undefined): O {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${stage}: options must be an object, got ${JSON.stringify(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) {
      throw new TypeError(`${stage}: unknown option "${key}" (known: ${Object.keys(defaults).join(', ')})`);
    }
    const want = typeof (defaults as Record<string, unknown>)[key];
    const got = typeof (options as Record<string, unknown>)[key];
    if (want !== got) throw new TypeError(`${stage}: option "${key}" must be a ${want}, got ${got}`);
  }
  return { ...defaults, ...options };
}
