import { availableParallelism } from 'node:os';
import type { PipelineConfig } from '../config/schema.js';
import type { JournalEntry } from '../io/journal.js';
import type { Contribution } from './batch.js';
import type { InputTask, TaskEnv, Unreadable } from './process-input.js';

/** `auto` never asks for more threads than this: memory grows with each. */
const AUTO_MAX = 4;

/**
 * How many threads a run gets: as asked, or for `auto` one per core (at most `AUTO_MAX`),
 * never more than there are inputs to process.
 */
export function workerCount(setting: number | 'auto', inputs: number): number {
  const wanted = setting === 'auto' ? Math.min(availableParallelism(), AUTO_MAX) : setting;
  return Math.max(1, Math.min(wanted, inputs));
}

/** What each worker thread is started with. */
export interface WorkerSetup {
  config: PipelineConfig;
  env: TaskEnv;
}

/** Pass 1 of one input: its contribution to the batch counts, its pass-1 document spilled when pass 2 will need it. */
export interface CountTask {
  kind: 'count';
  rel: string;
  spill: boolean;
}

/** Pass 2 of one input, with the batch context read from `batchFile` (see `batchToJson`). */
export interface ProcessTask extends InputTask {
  kind: 'process';
  batchFile: string;
}

export type WorkerTask = CountTask | ProcessTask;

/** A count task's answer: undefined when the input could not be read (pass 2 reports it). */
export type CountOutcome = Contribution | undefined;

/** Threads that own whole documents from the start of a run: both passes run in them. */
export interface WorkerPool {
  count(task: Omit<CountTask, 'kind'>): Promise<CountOutcome>;
  process(task: Omit<ProcessTask, 'kind'>): Promise<JournalEntry | Unreadable>;
  close(): Promise<void>;
}

/**
 * A pool of worker threads (piscina). Each builds the pipeline from the same config and loads
 * its resources once, on its first document; it is given inputs by path and reads them itself,
 * so only contributions (pass 1) and journal entries (pass 2) cross between threads. The main
 * thread merges the counts and never loads the stages' resources.
 */
export async function openPool(config: PipelineConfig, env: TaskEnv, workers: number): Promise<WorkerPool> {
  const setup: WorkerSetup = { config, env };
  // (loaded here: a run on one thread, the default for small batches, never needs it)
  const { Piscina } = await import('piscina');
  const pool = new Piscina<WorkerTask, CountOutcome | JournalEntry | Unreadable>({
    // (from this module's folder or a bundle's beside it: `dist/src/pipeline/` or `dist/src/app/`)
    filename: new URL('../pipeline/worker.js', import.meta.url).href,
    workerData: setup,
    minThreads: workers,
    maxThreads: workers,
  });
  return {
    count: async (task) => (await pool.run({ kind: 'count', ...task })) as CountOutcome,
    process: async (task) => (await pool.run({ kind: 'process', ...task })) as JournalEntry | Unreadable,
    close: () => pool.destroy(),
  };
}

/**
 * Runs `work` on every item at once (the pool queues them) and hands each result to `take` in
 * item order, as soon as all before it are in: results that finish early wait, and only those.
 */
export async function inOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>, take: (item: T, result: R, index: number) => void): Promise<void> {
  const waiting = new Map<number, R>();
  let next = 0;
  await Promise.all(items.map(async (item, i) => {
    waiting.set(i, await work(item));
    while (waiting.has(next)) {
      const result = waiting.get(next) as R;
      waiting.delete(next);
      take(items[next], result, next);
      next++;
    }
  }));
}
