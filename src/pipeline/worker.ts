import { workerData } from 'node:worker_threads';
import { createContext } from '../core/stage.js';
import { buildPipeline } from './build.js';
import type { WorkerSetup } from './parallel.js';
import { processInput, type InputTask } from './process-input.js';
import { createHeapCeiling } from './heap-ceiling.js';

// One pipeline and one batch context per worker thread, for every input it is given.
const { config, batch, env } = workerData as WorkerSetup;
const pipeline = buildPipeline(config);
const ctx = createContext(batch);
const heap = createHeapCeiling();

/** A worker's task: one input, read, processed and written whole. */
export default function run(task: InputTask) {
  const done = processInput(task, env, pipeline, ctx);
  heap.between();
  return done;
}
