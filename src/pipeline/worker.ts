import { workerData } from 'node:worker_threads';
import type { PipelineConfig } from '../config/schema.js';
import type { Doc } from '../core/doc.js';
import { createContext, type BatchContext } from '../core/stage.js';
import { buildPipeline } from './build.js';
import { runSteps } from './run.js';

// One pipeline and one batch context per worker thread, for every document it is given.
const { config, batch } = workerData as { config: PipelineConfig; batch: BatchContext };
const pipeline = buildPipeline(config);
const ctx = createContext(batch);

/** A worker's task: the after-batch stages on one document. */
export default function runAfter(doc: Doc): Doc {
  return runSteps(doc, pipeline.after, ctx);
}
