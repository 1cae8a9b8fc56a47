import { z } from 'zod';
import type { StageDefinition } from '../core/stage.js';
import { decodeStage } from '../stages/decode/index.js';
import { detectGarbleStage } from '../stages/detect-garble/index.js';
import { extractDatesStage } from '../stages/extract-dates/index.js';
import { extractEventsStage } from '../stages/extract-events/index.js';
import { extractOrganisationsStage } from '../stages/extract-organisations/index.js';
import { extractPlacesStage } from '../stages/extract-places/index.js';
import { normaliseStage } from '../stages/normalise/index.js';
import { repairStage } from '../stages/repair/index.js';
import { resolveEntitiesStage } from '../stages/resolve-entities/index.js';
import { segmentStage } from '../stages/segment/index.js';

/**
 * The pipeline, in order. This list is the only place the order is declared. Text changes
 * come first (decode, normalise, repair), then segmentation, then the extractors, each owning
 * one entity kind (their order is the record's key order; organisations before events, whose
 * sessions end at the body's name), then the refiner across kinds.
 */
export const STAGES: readonly StageDefinition[] = [
  decodeStage,
  normaliseStage,
  detectGarbleStage,
  repairStage,
  segmentStage,
  extractDatesStage,
  extractPlacesStage,
  extractOrganisationsStage,
  extractEventsStage,
  resolveEntitiesStage,
] as unknown as readonly StageDefinition[];

/** The entity kinds of a record, in the order their extractors run. */
export const ENTITY_KINDS: readonly { kind: string; schema: z.ZodObject }[] = STAGES.flatMap((s) => (s.produces ? [s.produces] : []));

/** Stages the runner owns (they produce files, not documents); configured in the same place. */
export const OUTPUT_STAGES = [
  { name: 'validate', summary: 'Checks every record against its schema; a bad record goes to quarantine.', options: z.strictObject({}) },
  {
    name: 'write', summary: 'Writes records, dataset.jsonl, errors and the manifest, atomically.',
    options: z.strictObject({
      pretty: z.boolean().default(true).describe('Indent `records/<stem>.json` for people to read; dataset.jsonl is always one line each.'),
    }),
  },
] as const;

export const STAGE_NAMES = [...STAGES.map((s) => s.name), ...OUTPUT_STAGES.map((s) => s.name)];
