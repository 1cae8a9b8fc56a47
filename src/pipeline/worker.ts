import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { createContext, type StageContext } from '../core/stage.js';
import { batchFromJson, contributionOf } from './batch.js';
import { buildPipeline } from './build.js';
import { perDocumentStages, readInput } from './document.js';
import type { CountOutcome, WorkerSetup, WorkerTask } from './parallel.js';
import { processInput } from './process-input.js';
import { createHeapCeiling } from './heap-ceiling.js';
import { writeSpilled } from './spill.js';

// One pipeline per worker thread, for every input it is given, and the batch context once pass 2
// names its file; `held` is the thread's whole state.
const { config, env } = workerData as WorkerSetup;
const pipeline = buildPipeline(config);
const heap = createHeapCeiling();
const held: { batch?: { file: string; ctx: StageContext } } = {};

function batchContext(file: string): StageContext {
  if (held.batch?.file !== file) held.batch = { file, ctx: createContext(batchFromJson(JSON.parse(readFileSync(file, 'utf8')))) };
  return held.batch.ctx;
}

function count(rel: string, spill: boolean): CountOutcome {
  let first;
  try {
    first = perDocumentStages(readInput(env.inputDir, rel), pipeline, createContext());
  } catch {
    // gone since it was hashed: pass 2 reports it
    return undefined;
  }
  try {
    if (spill && env.spill) writeSpilled(env.spill, first);
  } catch {
    // its spill not written: pass 2 reads it again
  }
  return contributionOf(first);
}

/** A worker's task: one input, read and carried through one pass whole. */
export default function run(task: WorkerTask) {
  const done = task.kind === 'count' ? count(task.rel, task.spill) : processInput(task, env, pipeline, batchContext(task.batchFile));
  heap.between();
  return done;
}
