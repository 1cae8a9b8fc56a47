import type { StageFactory } from '../core/stage.js';
import { createDecode } from '../stages/decode/index.js';
import { createDetectGarble } from '../stages/detect-garble/index.js';
import { createExtractDates } from '../stages/extract-dates/index.js';
import { createExtractOrganisations } from '../stages/extract-organisations/index.js';
import { createExtractPlaces } from '../stages/extract-places/index.js';
import { createExtractEvents } from '../stages/extract-events/index.js';
import { createNormalise } from '../stages/normalise/index.js';
import { createRepair } from '../stages/repair/index.js';
import { createSegment } from '../stages/segment/index.js';

export interface StageEntry {
  name: string;
  create: StageFactory<any>;
  /** Cannot be turned off: without it there is no record. */
  required?: boolean;
  /** The batch context (vocabulary across all inputs) is built before this stage runs. */
  needsBatch?: boolean;
}

/** The pipeline, in order. This list is the only place the order is declared. */
export const STAGES: StageEntry[] = [
  { name: 'decode', create: createDecode, required: true },
  { name: 'normalise', create: createNormalise },
  { name: 'detect-garble', create: createDetectGarble, needsBatch: true },
  { name: 'repair', create: createRepair },
  { name: 'segment', create: createSegment, required: true },
  { name: 'extract-dates', create: createExtractDates },
  { name: 'extract-organisations', create: createExtractOrganisations },
  { name: 'extract-places', create: createExtractPlaces },
  { name: 'extract-events', create: createExtractEvents },
];

/** Stages the runner owns (they produce files, not documents); configured in the same place. */
export const OUTPUT_STAGES = ['validate', 'write'] as const;

export const STAGE_NAMES = [...STAGES.map((s) => s.name), ...OUTPUT_STAGES] as unknown as [string, ...string[]];
