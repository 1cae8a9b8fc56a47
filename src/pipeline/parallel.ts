import { availableParallelism } from 'node:os';
import type { PipelineConfig } from '../config/schema.js';
import type { BatchContext } from '../core/stage.js';
import type { JournalEntry } from '../io/journal.js';
import type { InputTask, TaskEnv, Unreadable } from './process-input.js';

/** `auto` never asks for more threads than this: memory grows with each (about 0.5 GB). */
const AUTO_MAX = 4;

/**
 * How many threads the second pass gets: as asked, or for `auto` one per core (at most
 * `AUTO_MAX`), never more than there are inputs to process.
 */
export function workerCount(setting: number | 'auto', inputs: number): number {
  const wanted = setting === 'auto' ? Math.min(availableParallelism(), AUTO_MAX) : setting;
  return Math.max(1, Math.min(wanted, inputs));
}

/** What each worker thread is started with. */
export interface WorkerSetup {
  config: PipelineConfig;
  batch: BatchContext;
  env: TaskEnv;
}

/**
 * The second pass in a pool of worker threads (piscina). Each worker builds the pipeline from
 * the same config and holds the batch context, sent once as worker data; it is given inputs by
 * path, reads and processes each whole and writes its record itself, and sends back only the
 * journal entry. `finished` is called as each ends, in whatever order. Each worker loads the
 * lexicons and gazetteers anew (about 3 s here), so threads pay off only on big batches.
 */
export async function processInWorkers<T extends InputTask>(
  inputs: readonly T[], batch: BatchContext, config: PipelineConfig, env: TaskEnv, workers: number,
  finished: (input: T, outcome: JournalEntry | Unreadable) => void,
): Promise<void> {
  const setup: WorkerSetup = { config, batch, env };
  // (loaded here: a run on one thread, the default for small batches, never needs it)
  const { Piscina } = await import('piscina');
  const pool = new Piscina<InputTask, JournalEntry | Unreadable>({
    // (from this module's folder or a bundle's beside it: `dist/src/pipeline/` or `dist/src/app/`)
    filename: new URL('../pipeline/worker.js', import.meta.url).href,
    workerData: setup,
    minThreads: workers,
    maxThreads: workers,
  });
  try {
    await Promise.all(inputs.map(async (input) => finished(input, await pool.run({ rel: input.rel, id: input.id }))));
  } finally {
    await pool.destroy();
  }
}
