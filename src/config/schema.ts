import { z } from 'zod';
import { OUTPUT_STAGES, STAGES } from '../pipeline/stages.js';

/** A stage is `false` (off) or an object of its options, validated by the stage's own schema. */
const stageSettings = Object.fromEntries([...STAGES, ...OUTPUT_STAGES].map((s) => [
  s.name, z.union([z.literal(false), s.options]).optional().describe(`${s.summary} \`false\` turns it off.`),
]));

/** pipeline.config.json. Unknown keys are errors so that a typo never silently does nothing. */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema of this file, for editors; ignored.'),
  input: z.string().min(1).default('input').describe('Folder of input reports, relative to the config file.'),
  output: z.string().min(1).default('output').describe('Folder the dataset is written to, relative to the config file.'),
  extensions: z.array(z.string().regex(/^\.[^./\\]+$/, 'an extension starts with a dot: ".txt"')).min(1).default(['.txt'])
    .describe('Which files of the input folder are reports (case-insensitive); the rest are listed in the manifest as skipped.'),
  workers: z.union([z.literal('auto'), z.number().int().min(1).max(64)]).default(1)
    .describe('Threads for the stages after the batch context: a number, or `auto` (one per core, at most four). Output is the same whatever the count.'),
  workBudget: z.strictObject({
    base: z.number().int().min(0).default(1_000_000).describe('Work units every document may cost, whatever its length.'),
    perByte: z.number().int().min(0).default(1_000).describe('Work units more per byte of input.'),
  }).default({ base: 1_000_000, perByte: 1_000 })
    .describe('How much work one document may cost, in units counted (not seconds), so that where a document stops is the same on every machine. Past it, the costly stages (garble detection, repair) stop for that document with a `work-budget` message and its record is still written.'),
  stages: z.strictObject(stageSettings).default({})
    .describe('Stage name -> `false` (off) or its options, in pipeline order. Absent stages run with their defaults.'),
});

export type PipelineConfig = z.infer<typeof configSchema>;

/** The JSON Schema of pipeline.config.json (what editors complete and check it with). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
}
