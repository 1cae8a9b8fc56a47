import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configHash } from '../config/load.js';
import type { Doc } from '../core/doc.js';
import { createContext, forDocument } from '../core/stage.js';
import { meterFor } from '../core/work.js';
import { stemOf } from '../io/files.js';
import { readEntry, readError, reusable, type ErrorLine, type JournalEntry } from '../io/journal.js';
import { assignIds, type InputScan } from '../io/scan-inputs.js';
import { perDocumentStages, readInput, runSteps } from './document.js';
import { BatchCounter, batchToJson } from './batch.js';
import type { BuiltPipeline } from './build.js';
import type { PipelineConfig } from '../config/schema.js';
import { inOrder, openPool, workerCount } from './parallel.js';
import { processInput, type TaskEnv, type Unreadable } from './process-input.js';
import { createHeapCeiling } from './heap-ceiling.js';
import { toolVersion } from '../version.js';
import { createSpill, removeSpill, writeSpilled, type Spill } from './spill.js';

/** Per-document stages, then the batch context from all of them, then the rest (in memory: eval, bench, tests). */
export function processDocs(docs: readonly Doc[], pipeline: BuiltPipeline): Doc[] {
  const ctx = createContext();
  const counter = new BatchCounter();
  const meters = docs.map((doc) => meterFor(pipeline.budget, doc.bytes.length));
  const first = docs.map((doc, i) => {
    const done = runSteps(doc, pipeline.before, forDocument(ctx, meters[i]));
    counter.add(done);
    return done;
  });
  const after = createContext(counter.context());
  return first.map((doc, i) => runSteps(doc, pipeline.after, forDocument(after, meters[i])));
}

export interface BatchOptions {
  inputDir: string;
  outputDir: string;
  config: PipelineConfig;
  pipeline: BuiltPipeline;
  workers: number | 'auto';
  /** The input folder as the guards scanned it. */
  scan: InputScan;
  /** This run's id (see the manifest's `run` per input). */
  run: string;
  /** Process every input again, whatever the journal says. */
  force?: boolean;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  phase: 'count' | 'process';
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export interface BatchSummary {
  key: string;
  /** One per input that was read, in input order: reused from an earlier run or written by this one. */
  entries: JournalEntry[];
  /** Lines of errors.jsonl that belong to no entry: entries of the folder that could not be read. */
  unread: ErrorLine[];
  skipped: InputScan['skipped'];
  /** Ids this run processed (the rest were reused). */
  processed: string[];
}

/** Every line of errors.jsonl a run gives: unreadable entries of the folder, then each input's, in input order. */
export const errorLines = (s: BatchSummary): ErrorLine[] => [...s.unread, ...s.entries.flatMap((e) => e.errors)];

/**
 * What an input's outputs depend on besides its own bytes: the tool version, the config and the
 * batch it was read with (its vocabulary counts come from every input, so they are named by the
 * multiset of the inputs' hashes).
 */
export function runKey(tool: string, config: string, shas: readonly string[]): string {
  const h = createHash('sha256').update(`${tool}\n${config}\n`);
  for (const sha of [...shas].sort()) h.update(`${sha}\n`);
  return h.digest('hex');
}

/** An input of the run: its path, record id, hash and size. */
export interface PlannedInput { rel: string; id: string; sha256: string; bytes: number }

/** The inputs of a run with their hashes, the run's key, and which inputs earlier runs already did. */
export interface RunPlan {
  inputs: PlannedInput[];
  unread: ErrorLine[];
  key: string;
  /** Journal entries of inputs whose outputs stand (by id). */
  done: Map<string, JournalEntry>;
  /** Inputs to process, in input order. */
  todo: PlannedInput[];
}

/** Hashes every input, names the run by its key, and reads the journal for what is already done. */
export function planRun(opts: Pick<BatchOptions, 'inputDir' | 'outputDir' | 'config' | 'scan' | 'force'>): RunPlan {
  const { inputDir, outputDir, scan } = opts;
  const unread: ErrorLine[] = [...scan.problems];
  const ids = assignIds(scan.inputs, stemOf);
  const inputs: PlannedInput[] = [];
  for (const rel of scan.inputs) {
    try {
      const bytes = readFileSync(path.join(inputDir, rel));
      inputs.push({ rel, id: ids.get(rel)!, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    } catch (e) {
      unread.push(readError(rel, e));
    }
  }
  const tool = toolVersion();
  const key = runKey(`${tool.name}@${tool.version}`, configHash(opts.config), inputs.map((i) => i.sha256));
  const done = new Map<string, JournalEntry>();
  for (const input of inputs) {
    const entry = opts.force ? undefined : readEntry(outputDir, input.id);
    if (reusable(outputDir, entry, { path: input.rel, sha256: input.sha256, key })) done.set(input.id, entry);
  }
  return { inputs, unread, key, done, todo: inputs.filter((i) => !done.has(i.id)) };
}

/** The summary of a finished run, from its plan and the entries of what it processed. */
export function summarise(plan: RunPlan, scan: InputScan): BatchSummary {
  return {
    key: plan.key,
    entries: plan.inputs.map((i) => plan.done.get(i.id)).filter((e): e is JournalEntry => !!e),
    unread: plan.unread,
    skipped: scan.skipped,
    processed: plan.todo.filter((i) => plan.done.has(i.id)).map((i) => i.id),
  };
}

/**
 * The batch, in two passes that keep only counts: pass 1 reads every input through the
 * per-document stages into the batch counts and drops it; pass 2 reads each input that needs
 * it again, runs every stage and writes its record and journal entry at once. With more than
 * one worker, threads do both passes and this thread only merges the counts. An input whose
 * journal entry matches its bytes and the run's key is not processed again: an unchanged rerun
 * does nothing, a killed run resumes. One bad input never stops the rest.
 */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const plan = planRun(opts);
  if (plan.todo.length > 0) {
    const spill = createSpill(opts.outputDir);
    const env = { inputDir: opts.inputDir, outputDir: opts.outputDir, key: plan.key, run: opts.run, spill };
    const workers = workerCount(opts.workers, plan.todo.length);
    try {
      await (workers > 1 ? runInPool(opts, plan, env, workers) : runHere(opts, plan, env));
    } finally {
      removeSpill(spill);
    }
  }
  return summarise(plan, opts.scan);
}

/** Where each finished input goes: its journal entry (or its line of errors) and the progress. */
function finisherOf(opts: BatchOptions, plan: RunPlan) {
  const todoBytes = plan.todo.reduce((a, i) => a + i.bytes, 0);
  let done = 0;
  let doneBytes = 0;
  return (input: PlannedInput, outcome: JournalEntry | Unreadable) => {
    if ('unreadable' in outcome) plan.unread.push(outcome.unreadable);
    else plan.done.set(input.id, outcome);
    doneBytes += input.bytes;
    opts.onProgress?.({ phase: 'process', done: ++done, total: plan.todo.length, bytes: doneBytes, totalBytes: todoBytes });
  };
}

/** Pass 1's progress, input by input in input order. */
function counterOf(opts: BatchOptions, plan: RunPlan) {
  const totalBytes = plan.inputs.reduce((a, i) => a + i.bytes, 0);
  let bytes = 0;
  return (input: PlannedInput, n: number) => {
    bytes += input.bytes;
    opts.onProgress?.({ phase: 'count', done: n + 1, total: plan.inputs.length, bytes, totalBytes });
  };
}

/** Both passes on this thread. */
async function runHere(opts: BatchOptions, plan: RunPlan, env: TaskEnv & { spill: Spill }): Promise<void> {
  const { inputDir, pipeline } = opts;
  const counter = new BatchCounter();
  const ctx = createContext();
  const toProcess = new Set(plan.todo.map((i) => i.rel));
  const heap = createHeapCeiling();
  const counted = counterOf(opts, plan);
  for (const [n, input] of plan.inputs.entries()) {
    try {
      const first = perDocumentStages(readInput(inputDir, input.rel), pipeline, ctx);
      counter.add(first);
      if (toProcess.has(input.rel)) writeSpilled(env.spill, first);
    } catch {
      // gone since it was hashed (pass 2 reports it), or its spill not written (pass 2 reads it again)
    }
    heap.between();
    counted(input, n);
  }
  const after = createContext(counter.context());
  const finished = finisherOf(opts, plan);
  for (const input of plan.todo) {
    finished(input, processInput(input, env, pipeline, after));
    heap.between();
  }
}

/**
 * Both passes in worker threads. Contributions are merged in input order, whatever order they
 * come back in, so the batch counts (and so every record) are the same as on one thread.
 */
async function runInPool(opts: BatchOptions, plan: RunPlan, env: TaskEnv & { spill: Spill }, workers: number): Promise<void> {
  const pool = await openPool(opts.config, env, workers);
  try {
    const counter = new BatchCounter();
    const toProcess = new Set(plan.todo.map((i) => i.rel));
    const counted = counterOf(opts, plan);
    await inOrder(plan.inputs, (input) => pool.count({ rel: input.rel, spill: toProcess.has(input.rel) }), (input, contribution, n) => {
      if (contribution) counter.merge(contribution);
      counted(input, n);
    });
    const batchFile = path.join(env.spill.dir, 'batch.json');
    writeFileSync(batchFile, JSON.stringify(batchToJson(counter.context())));
    const finished = finisherOf(opts, plan);
    await Promise.all(plan.todo.map(async (input) => finished(input, await pool.process({ rel: input.rel, id: input.id, batchFile }))));
  } finally {
    await pool.close();
  }
}
