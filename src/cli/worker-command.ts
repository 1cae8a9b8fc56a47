import { Worker } from 'bullmq';
import { ConfigError, loadConfig } from '../config/load.js';
import { checkRedis } from '../queue/connect.js';
import { queueName } from '../queue/jobs.js';
import { parseQueueUrl, QueueUrlError } from '../queue/redis-url.js';
import { ROOTS_ENV } from '../queue/roots.js';
import { findConfig, foldersOf } from './run-command.js';

export interface WorkerFlags {
  queue: string;
  concurrency?: string;
  input?: string;
  output?: string;
  config?: string;
  /** Seconds without a lock renewal after which another worker takes a job over (a killed worker's). */
  stalledAfter?: string;
}

/**
 * `escap-pipeline worker --queue URL`: serves the queue's jobs until SIGTERM or SIGINT, which
 * let the jobs in hand finish first. Each of `concurrency` threads loads the resources once.
 * Only jobs whose folders lie inside this worker's input and output folders are taken.
 * Resolves with the exit code: 0 after a clean stop, 2 when it cannot start.
 */
export async function workerCommand(flags: WorkerFlags, log: (line: string) => void, stop?: Promise<unknown>): Promise<number> {
  let address;
  let loaded;
  try {
    address = parseQueueUrl(flags.queue);
    loaded = loadConfig(flags.config ?? findConfig(flags));
  } catch (e) {
    if (e instanceof QueueUrlError || e instanceof ConfigError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const concurrency = flags.concurrency === undefined ? 1 : Number(flags.concurrency);
  const stalledAfter = flags.stalledAfter === undefined ? 30 : Number(flags.stalledAfter);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    log(`escap-pipeline: --concurrency must be a whole number from 1 to 64, got ${JSON.stringify(flags.concurrency)}`);
    return 2;
  }
  if (!(stalledAfter >= 1)) {
    log(`escap-pipeline: --stalled-after must be a number of seconds, at least 1, got ${JSON.stringify(flags.stalledAfter)}`);
    return 2;
  }
  try {
    await checkRedis(address);
  } catch (e) {
    log(`escap-pipeline: ${(e as Error).message}`);
    return 2;
  }
  const { input, output } = foldersOf(flags, loaded);
  // the processor threads read their folders from the environment they inherit
  process.env[ROOTS_ENV] = JSON.stringify({ input, output });
  const worker = new Worker(queueName(output), new URL('../queue/processor.js', import.meta.url), {
    connection: address.options,
    concurrency,
    useWorkerThreads: true,
    lockDuration: stalledAfter * 1000,
    stalledInterval: stalledAfter * 1000,
    maxStalledCount: 3,
  });
  worker.on('completed', (job) => log(`  done ${job.data.kind} ${job.data.rel}`));
  worker.on('failed', (job, err) => log(`  failed ${job?.data.kind} ${job?.data.rel}: ${err.message}`));
  worker.on('error', (err) => log(`  queue error: ${err.message}`));
  log(`escap-pipeline worker: serving ${address.shown} with ${concurrency} thread(s); input ${input}, output ${output}`);
  await (stop ?? new Promise((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  }));
  log('escap-pipeline worker: stopping after the jobs in hand');
  await worker.close();
  return 0;
}
