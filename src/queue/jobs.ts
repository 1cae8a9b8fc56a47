import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PipelineConfig } from '../config/schema.js';
import { BATCH_FORMAT } from '../pipeline/batch.js';

const short = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);

/**
 * One queue per output folder: the workers started for a dataset take only its jobs, and a
 * worker of another dataset on the same Redis never sees them. Every machine mounts the shared
 * folders at the same path (jobs carry absolute paths), so every machine names the same queue.
 */
export const queueName = (outputDir: string) => `escap-pipeline-${short(path.resolve(outputDir)).slice(0, 16)}`;

/** Pass 1 of one input: decode and normalise it, and write what it adds to the batch's counts. */
export interface CountJob {
  kind: 'count';
  inputDir: string;
  outputDir: string;
  rel: string;
  id: string;
  config: PipelineConfig;
  /** The input's hash when the coordinator listed it: its counts file is named after it. */
  sha256: string;
}

/** Pass 2 of one input: every stage, validation, its record and journal entry. */
export interface ProcessJob {
  kind: 'process';
  inputDir: string;
  outputDir: string;
  rel: string;
  id: string;
  config: PipelineConfig;
  /** The run key and the file holding the merged batch context. */
  key: string;
  batchFile: string;
  run: string;
}

/** Job payloads hold paths, hashes and the config: never a document's text. */
export type PipelineJob = CountJob | ProcessJob;


/**
 * Job ids are made from what the job depends on, so a coordinator that starts again adds the
 * same jobs (BullMQ keeps one job per id) and finds the ones already done.
 */
// (the counts' format is part of a count job's name and file: one done by an older version is done again)
export const countJobId = (j: Pick<CountJob, 'outputDir' | 'rel' | 'sha256'>, configHash: string) => `count-${short(j.outputDir, j.rel, j.sha256, configHash)}-v${BATCH_FORMAT}`;
export const processJobId = (j: Pick<ProcessJob, 'outputDir' | 'id' | 'key'>) => `process-${short(j.outputDir, j.id, j.key)}`;

/** Where an input's pass-1 counts are kept (in the output folder's state, shared by every worker). */
export const countsFile = (outputDir: string, sha256: string, configHash: string) =>
  path.join(outputDir, '.state', 'counts', `${short(sha256, configHash)}.v${BATCH_FORMAT}.json`);

export const batchFile = (outputDir: string, key: string) => path.join(outputDir, '.state', 'batch', `${key}.v${BATCH_FORMAT}.json`);
