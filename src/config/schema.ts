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
  /** Stage name -> `false` (off) or its options, in pipeline order. Absent stages run with defaults. */
  stages: z
    .partialRecord(z.enum(STAGE_NAMES), stageSetting)
    .default({}),
});

export type PipelineConfig = z.infer<typeof configSchema>;
