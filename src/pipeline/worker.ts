import { workerData } from 'node:worker_threads';
import { createContext, type StageContext } from '../core/stage.js';
import { contributionOf, readBatchFile } from './batch.js';
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
  if (held.batch?.file !== file) held.batch = { file, ctx: createContext(readBatchFile(file)) };
  return held.batch.ctx;
}

/** As pass 1 on the main thread: an input that cannot be read or counted adds no counts; one whose spill is not written is read again in pass 2. */
function count(rel: string, spill: boolean): CountOutcome {
  let contribution: CountOutcome;
  try {
    const first = perDocumentStages(readInput(env.inputDir, rel), pipeline, createContext());
    contribution = contributionOf(first);
    if (spill && env.spill) writeSpilled(env.spill, first);
  } catch {
    // gone since it was hashed (pass 2 reports it), or its spill not written (pass 2 reads it again)
  }
  return contribution;
}

/** A worker's task: one input, read and carried through one pass whole. */
export default function run(task: WorkerTask) {
  const done = task.kind === 'count' ? count(task.rel, task.spill) : processInput(task, env, pipeline, batchContext(task.batchFile));
  heap.between();
  return done;
}
