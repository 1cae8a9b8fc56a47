import { z } from 'zod';
import type { Doc } from './doc.js';
import { issueLines } from './options.js';
import { unmetered, type WorkMeter } from './work.js';

/** What a batch knows that a single document does not (vocabulary seen across all inputs, ...). */
export interface BatchContext {
  /** Lower-cased word -> number of documents of the batch it was seen clean in. */
  vocabulary: Map<string, number>;
  /** Acronyms (all-caps tokens) seen anywhere in the batch. */
  acronyms: Set<string>;
  /** Lower-cased "word next" pairs -> count across the batch: the context model for repairs. */
  bigrams: { get(pair: string): number | undefined };
  /** Reference date for resolving dates without a year, when nothing in the document gives one. */
  now?: Date;
}

/**
 * What stages derive from the batch and reuse across its documents (a lexicon weighted by the
 * batch's vocabulary, answers about words). Made for one batch and dropped with it; each stage
 * keys its entries with a symbol of its own.
 */
export class BatchCache {
  private readonly entries = new Map<symbol, unknown>();

  get<T>(key: symbol, make: () => T): T {
    if (!this.entries.has(key)) this.entries.set(key, make());
    return this.entries.get(key) as T;
  }
}

export interface StageContext {
  batch: BatchContext;
  cache: BatchCache;
  /** The work the current document may still cost (one meter per document; see `forDocument`). */
  work: WorkMeter;
}

export type Transform = (doc: Doc, ctx: StageContext) => Doc;

export function emptyBatch(): BatchContext {
  return { vocabulary: new Map(), acronyms: new Set(), bigrams: new Map() };
}

/** The context the stages of one batch share. */
export function createContext(batch: BatchContext = emptyBatch()): StageContext {
  return { batch, cache: new BatchCache(), work: unmetered() };
}

/** The batch's context for one document, with that document's own work meter. */
export function forDocument(ctx: StageContext, work: WorkMeter): StageContext {
  return { ...ctx, work };
}

/** A stage's options: a strict zod object whose fields carry their defaults and, in `describe`, their documentation. */
export type OptionsSchema = z.ZodObject<z.ZodRawShape, z.core.$strict>;

/**
 * A stage as data: its name, its options schema (the single source of defaults, checks and the
 * config's JSON Schema), and the factory that turns valid options into a pure transform.
 */
export interface StageDefinition<S extends OptionsSchema = OptionsSchema> {
  name: string;
  /** One line: what the stage does (shown in the config's JSON Schema). */
  summary: string;
  options: S;
  /** Cannot be turned off: without it there is no record. */
  required?: boolean;
  /** The batch context (vocabulary across all inputs) is built before this stage runs. */
  needsBatch?: boolean;
  /** An extractor's kind of entity (`dates`) and the zod schema of one entity in the record. */
  produces?: { kind: string; schema: z.ZodObject };
  create(options: z.output<S>, settings: PipelineSettings): Transform;
}

/**
 * Settings one stage owns that others must share: the gazetteer's city floor is set once
 * (`extract-places.minCityPopulation`), and every stage that asks whether a name is a place uses it.
 */
export interface PipelineSettings {
  minCityPopulation: number;
}

export const DEFAULT_SETTINGS: PipelineSettings = { minCityPopulation: 100000 };

export function defineStage<S extends OptionsSchema>(def: StageDefinition<S>): StageDefinition<S> {
  return def;
}

/** Valid options, defaults filled; anything else is a TypeError naming the stage and the key. */
export function parseStageOptions<S extends OptionsSchema>(def: StageDefinition<S>, options: unknown): z.output<S> {
  const parsed = def.options.safeParse(options ?? {});
  if (!parsed.success) throw new TypeError(`${def.name}: invalid options\n${issueLines(parsed.error.issues).join('\n')}`);
  return parsed.data;
}

/** `createX(options)`: the stage's factory, which checks its options with the stage's own schema. */
export function stageFactory<S extends OptionsSchema>(def: StageDefinition<S>): (options?: z.input<S>, settings?: PipelineSettings) => Transform {
  return (options, settings = DEFAULT_SETTINGS) => def.create(parseStageOptions(def, options), settings);
}
