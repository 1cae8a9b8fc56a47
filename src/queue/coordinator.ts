import { existsSync, readFileSync } from 'node:fs';
import { Job, Queue, QueueEvents } from 'bullmq';
import { configHash } from '../config/load.js';
import { writeAtomic } from '../io/files.js';
import { reusable, type JournalEntry } from '../io/journal.js';
import { BatchCounter, batchToJson, type Contribution } from '../pipeline/batch.js';
import type { Unreadable } from '../pipeline/process-input.js';
import { planRun, summarise, type BatchOptions, type BatchSummary, type PlannedInput } from '../pipeline/run.js';
import { batchFile, countJobId, countsFile, processJobId, queueName, type CountJob, type PipelineJob, type ProcessJob } from './jobs.js';
import type { QueueAddress } from './redis-url.js';

export interface QueueProgress { phase: 'count' | 'process'; queued: number; active: number; done: number; failed: number; total: number }

const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'fixed', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

type Outcome<R> = { ok: R } | { failed: string };

/**
 * Adds the jobs (one per id: a restarted coordinator finds the ones it added before), and
 * waits until each has completed or failed its last attempt. `stands` says whether a completed
 * job's result is still on disk: a job completed for an output folder since wiped is added again.
 */
async function runJobs<R>(
  queue: Queue, events: QueueEvents, jobs: { id: string; data: PipelineJob }[], stands: (result: R) => boolean,
  onProgress: (p: Omit<QueueProgress, 'phase' | 'total'>) => void,
): Promise<Map<string, Outcome<R>>> {
  const outcomes = new Map<string, Outcome<R>>();
  const pending = new Set(jobs.map((j) => j.id));
  let wake: (() => void) | undefined;
  const settle = (id: string, outcome: Outcome<R>) => {
    if (!pending.delete(id)) return;
    outcomes.set(id, outcome);
    wake?.();
  };
  const onCompleted = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
    if (!pending.has(jobId)) return;
    const value = typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue;
    // no value in the event: the next round of the loop reads it from the job
    if (value !== null && value !== undefined) settle(jobId, { ok: value as R });
  };
  /**
   * A completed job's result. Its data is read before its state, so a job that completed in
   * between reads as completed with no result yet: read it again.
   */
  const resultOf = async (job: Job, id: string): Promise<R | undefined> => {
    if (job.returnvalue !== null && job.returnvalue !== undefined) return job.returnvalue as R;
    const again = await Job.fromId(queue, id);
    return (again?.returnvalue ?? undefined) as R | undefined;
  };
  const onFailed = async ({ jobId }: { jobId: string }) => {
    if (!pending.has(jobId)) return;
    try {
      const job = await Job.fromId(queue, jobId);
      // a failure with attempts left goes back to the queue; only the last one counts
      if (job && (await job.getState()) === 'failed') settle(jobId, { failed: job.failedReason });
    } catch {
      // the next round of the loop below asks again
    }
  };
  events.on('completed', onCompleted);
  events.on('failed', onFailed);
  try {
    for (const { id, data } of jobs) {
      const job = await queue.add(data.kind, data, { ...JOB_OPTIONS, jobId: id });
      const state = await job.getState();
      if (state === 'completed') {
        const result = await resultOf(job, id);
        if (result === undefined) continue; // just completed: the loop below reads its result
        if (stands(result)) settle(id, { ok: result });
        else {
          // completed for an output folder since wiped: do it again
          await job.remove();
          await queue.add(data.kind, data, { ...JOB_OPTIONS, jobId: id });
        }
      } else if (state === 'failed') {
        // failed in an earlier run: try again
        await job.retry('failed');
      }
    }
    // events can be missed (a reconnect): every few seconds, ask for the state of what is pending
    while (pending.size > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 2_000);
      });
      wake = undefined;
      const counts = { queued: 0, active: 0 };
      for (const id of [...pending]) {
        let job;
        let state = 'unknown';
        try {
          job = await Job.fromId(queue, id);
          state = job ? await job.getState() : 'unknown';
        } catch {
          // a moment's trouble with Redis (a worker's takeover, a reconnect): ask again next round
        }
        if (state === 'completed' && job) {
          const result = await resultOf(job, id).catch(() => undefined);
          if (result !== undefined) settle(id, { ok: result });
        }
        else if (state === 'failed' && job) settle(id, { failed: job.failedReason });
        else if (state === 'active') counts.active++;
        else counts.queued++;
      }
      onProgress({ ...counts, done: [...outcomes.values()].filter((o) => 'ok' in o).length, failed: [...outcomes.values()].filter((o) => 'failed' in o).length });
    }
  } finally {
    events.off('completed', onCompleted);
    events.off('failed', onFailed);
  }
  return outcomes;
}

/**
 * The batch through a BullMQ queue: the same two passes as a local run, each input a job that
 * any worker may take (workers share the input and output folders). Pass 1 jobs write each
 * input's counts to the output folder's state; the coordinator merges them in input order into
 * the batch context, writes it for the workers, and adds the pass 2 jobs, which write the records
 * and journal entries themselves. The journal, the counts files and the job ids make a restarted
 * coordinator resume the same run. The result is the local run's, byte for byte.
 */
export async function runQueued(opts: BatchOptions & { address: QueueAddress; onQueue?: (p: QueueProgress) => void }): Promise<BatchSummary> {
  const { inputDir, outputDir, config } = opts;
  const plan = planRun(opts);
  if (plan.todo.length === 0) return summarise(plan, opts.scan);
  const hash = configHash(config);
  const connection = opts.address.options;
  const name = queueName(outputDir);
  const queue = new Queue(name, { connection });
  const events = new QueueEvents(name, { connection });
  try {
    await events.waitUntilReady();
    // pass 1: every input's counts (kept in the state folder from any earlier try)
    const contributions = new Map<string, Contribution>();
    const readCounts = (input: PlannedInput) => {
      const file = countsFile(outputDir, input.sha256, hash);
      if (!existsSync(file)) return undefined;
      try {
        const c = JSON.parse(readFileSync(file, 'utf8')) as { sha256: string; contribution: Contribution };
        return c.sha256 === input.sha256 ? c.contribution : undefined;
      } catch {
        return undefined;
      }
    };
    const countJobs: { id: string; data: CountJob; input: PlannedInput }[] = [];
    for (const input of plan.inputs) {
      const known = readCounts(input);
      if (known) contributions.set(input.id, known);
      else {
        const data: CountJob = { kind: 'count', inputDir, outputDir, rel: input.rel, id: input.id, config, sha256: input.sha256 };
        countJobs.push({ id: countJobId(data, hash), data, input });
      }
    }
    const counted = await runJobs<{ counts: string }>(queue, events, countJobs, (r) => existsSync(r.counts),
      (p) => opts.onQueue?.({ phase: 'count', total: countJobs.length, ...p }));
    const failedCount = new Set<string>();
    for (const j of countJobs) {
      const outcome = counted.get(j.id)!;
      const c = 'ok' in outcome ? readCounts(j.input) : undefined;
      if (c) contributions.set(j.input.id, c);
      else {
        failedCount.add(j.input.id);
        plan.unread.push({ path: j.input.rel, stage: 'queue', code: 'job-failed', message: `pass 1 failed on every attempt: ${'failed' in outcome ? outcome.failed : 'its counts were not written'}` });
      }
    }
    const counter = new BatchCounter();
    for (const input of plan.inputs) {
      const c = contributions.get(input.id);
      if (c) counter.merge(c);
    }
    const batch = batchFile(outputDir, plan.key);
    if (!existsSync(batch)) writeAtomic(batch, JSON.stringify(batchToJson(counter.context())));
    // pass 2: every input to do
    const processJobs = plan.todo.filter((i) => !failedCount.has(i.id)).map((input) => {
      const data: ProcessJob = { kind: 'process', inputDir, outputDir, rel: input.rel, id: input.id, config, key: plan.key, batchFile: batch, run: opts.run };
      return { id: processJobId(data), data, input };
    });
    const processed = await runJobs<JournalEntry | Unreadable>(queue, events, processJobs,
      (r) => 'unreadable' in r || reusable(outputDir, r, { path: r.path, sha256: r.sha256, key: plan.key }),
      (p) => opts.onQueue?.({ phase: 'process', total: processJobs.length, ...p }));
    for (const j of processJobs) {
      const outcome = processed.get(j.id)!;
      if ('failed' in outcome) plan.unread.push({ path: j.input.rel, stage: 'queue', code: 'job-failed', message: `failed on every attempt: ${outcome.failed}` });
      else if ('unreadable' in outcome.ok) plan.unread.push(outcome.ok.unreadable);
      else plan.done.set(j.input.id, outcome.ok);
    }
    return summarise(plan, opts.scan);
  } finally {
    await events.close();
    await queue.close();
  }
}
