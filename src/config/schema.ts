import { z } from 'zod';
import { STAGE_NAMES } from '../pipeline/stages.js';

const stageSetting = z.union([z.literal(false), z.record(z.string(), z.unknown())], {
  error: 'expected false (stage off) or an object of options',
});

/** pipeline.config.json. Unknown keys are errors so that a typo never silently does nothing. */
export const configSchema = z.strictObject({
  /** JSON Schema hint for editors; ignored. */
  $schema: z.string().optional(),
  /** Folder of input reports, relative to the config file. Default `input`. */
  input: z.string().min(1).default('input'),
  /** Folder the dataset is written to, relative to the config file. Default `output`. */
  output: z.string().min(1).default('output'),
  /**
   * Threads for the stages after the batch context: a number, or `auto` (one per core, at most
   * four). Output is the same whatever the count; each thread costs about 3 s of start-up and
   * 0.5 GB, so more than one pays off only on big batches with many cores. Default `1`.
   */
  workers: z.union([z.literal('auto'), z.number().int().min(1).max(64)]).default(1),
  /** Stage name -> `false` (off) or its options, in pipeline order. Absent stages run with defaults. */
  stages: z
    .partialRecord(z.enum(STAGE_NAMES), stageSetting)
    .default({}),
});

export type PipelineConfig = z.infer<typeof configSchema>;
