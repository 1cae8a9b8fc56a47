import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { PipelineConfig } from '../config/schema.js';
import type { Doc } from '../core/doc.js';
import type { BatchContext } from '../core/stage.js';

/** `auto` never asks for more threads than this: memory grows with each (about 0.5 GB). */
const AUTO_MAX = 4;

/**
 * How many threads the after-batch stages get: as asked, or for `auto` one per core (at most
 * `AUTO_MAX`), never more than there are documents.
 */
export function workerCount(setting: number | 'auto', docs: readonly Doc[]): number {
  const wanted = setting === 'auto' ? Math.min(availableParallelism(), AUTO_MAX) : setting;
  return Math.max(1, Math.min(wanted, docs.length));
}

/**
 * Runs the stages that need the batch context in a pool of worker threads (piscina). Each
 * worker builds the pipeline from the same config and holds the batch context, sent once as
 * worker data; documents go over one by one and come back in input order. Each worker loads
 * the lexicons and gazetteers anew (about 3 s here), so threads pay off only on big batches
 * and many cores.
 */
export async function runAfterInWorkers(docs: Doc[], batch: BatchContext, config: PipelineConfig, workers: number): Promise<Doc[]> {
  const pool = new Piscina<Doc, Doc>({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: { config, batch },
    minThreads: workers,
    maxThreads: workers,
  });
  try {
    return await Promise.all(docs.map((doc) => (doc.rejected ? doc : pool.run(doc))));
  } finally {
    await pool.destroy();
  }
}
