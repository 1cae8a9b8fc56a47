import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configHash, loadConfig } from '../config/load.js';
import { stemOf } from '../io/files.js';
import { assignIds, scanInputs, type InputScan } from '../io/scan-inputs.js';
import { checkOutputFolder, checkRemovals, GuardError, lockOutput, markComplete, markIncomplete, removeStaleTemporaries } from '../io/guards.js';
import { logRun, writeOutput } from '../io/write-output.js';
import { progressReporter, queueLine } from './progress.js';
import { buildPipeline } from '../pipeline/build.js';
import { errorLines, runBatch } from '../pipeline/run.js';
import { packageRoot, toolVersion } from '../version.js';

export interface RunFlags {
  input?: string;
  output?: string;
  /** The config file; without it, `pipeline.config.json` is looked for (see `findConfig`). */
  config?: string;
  quiet?: boolean;
  /** Overrides the config's `workers`: a number or `auto`. */
  workers?: string;
  /** Allow a run that removes most (or all) of the existing records. */
  prune?: boolean;
  /** Process every input again, even those whose records are up to date. */
  force?: boolean;
  /** Show progress as a bar (on a terminal) rather than plain lines. */
  progressBar?: boolean;
  /** Run through a BullMQ queue on this Redis (`redis://HOST:PORT`): workers do the documents. */
  queue?: string;
}


/** The config schema's cap on threads: the flag has the same. */
const MAX_WORKERS = 64;
const CONFIG_NAME = 'pipeline.config.json';

/**
 * `pipeline.config.json` where a user would keep it: the working folder, next to the input or
 * output folder given, or the package's own (its defaults and shipped settings).
 */
export function findConfig(flags: Pick<RunFlags, 'input' | 'output'>): string {
  const candidates = [
    process.cwd(),
    ...[flags.input, flags.output].filter((d): d is string => !!d).map((d) => path.dirname(path.resolve(d))),
    ...(packageRoot() ? [packageRoot()!] : []),
  ].map((d) => path.join(d, CONFIG_NAME));
  return candidates.find((f) => existsSync(f)) ?? candidates[0];
}

/** The input and output folders: the flags', or the config's (relative to the config file). */
export function foldersOf(flags: Pick<RunFlags, 'input' | 'output'>, loaded: { dir: string; config: { input: string; output: string } }): { input: string; output: string } {
  return {
    input: flags.input ? path.resolve(flags.input) : path.resolve(loaded.dir, loaded.config.input),
    output: flags.output ? path.resolve(flags.output) : path.resolve(loaded.dir, loaded.config.output),
  };
}

/** `escap-pipeline run`: returns the exit code (0 all recorded, 1 some rejected, 2 misconfigured). */
export async function runCommand(flags: RunFlags, log: (line: string) => void): Promise<number> {
  let loaded;
  let pipeline;
  try {
    loaded = loadConfig(flags.config ?? findConfig(flags));
    pipeline = buildPipeline(loaded.config);
  } catch (e) {
    if (e instanceof ConfigError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const workers = flags.workers === undefined ? loaded.config.workers : flags.workers === 'auto' ? 'auto' : Number(flags.workers);
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 1 && workers <= MAX_WORKERS)) {
    log(`escap-pipeline: --workers must be a whole number from 1 to ${MAX_WORKERS} or "auto", got ${JSON.stringify(flags.workers)}`);
    return 2;
  }
  let address;
  if (flags.queue !== undefined) {
    try {
      // the queue's libraries (BullMQ, ioredis) load only for a queued run
      const { parseQueueUrl } = await import('../queue/redis-url.js');
      const { checkRedis } = await import('../queue/connect.js');
      address = parseQueueUrl(flags.queue);
      await checkRedis(address);
    } catch (e) {
      log(`escap-pipeline: ${(e as Error).message}`);
      return 2;
    }
  }
  const { input: inputDir, output: outputDir } = foldersOf(flags, loaded);
  let release: () => Promise<void>;
  let scan: InputScan;
  try {
    // guards before any work: a bad output folder is found now, not after the whole batch
    checkOutputFolder(inputDir, outputDir);
    scan = scanInputs(inputDir, loaded.config.extensions);
    checkRemovals(outputDir, [...assignIds(scan.inputs, stemOf).values()], !!flags.prune);
    release = await lockOutput(outputDir);
    removeStaleTemporaries(outputDir);
    markIncomplete(outputDir);
  } catch (e) {
    if (e instanceof GuardError || (e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'ENOTDIR') {
      log(`escap-pipeline: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
  let manifest;
  let summary;
  let errors;
  const run = `${new Date().toISOString()} pid ${process.pid}`;
  const progress = progressReporter(log, !!flags.progressBar);
  try {
    const batch = { inputDir, outputDir, config: loaded.config, pipeline, workers, scan, run, force: flags.force };
    summary = address
      ? await (await import('../queue/coordinator.js')).runQueued({ ...batch, address, onQueue: flags.quiet ? undefined : queueLine(log) })
      : await runBatch({ ...batch, onProgress: flags.quiet ? undefined : progress.report });
    progress.stop();
    manifest = writeOutput(outputDir, summary, { tool: toolVersion(), configHash: configHash(loaded.config), stages: pipeline.ran });
    // the manifest is written last: only now is the output whole again
    markComplete(outputDir);
    errors = errorLines(summary);
    logRun(outputDir, {
      run, finished: new Date().toISOString(), runKey: summary.key, processed: summary.processed,
      reused: summary.entries.length - summary.processed.length, errors: errors.length,
    });
  } catch (e) {
    progress.stop();
    // the disk, not the text: what was written stays, marked incomplete, and the next run resumes
    log(`escap-pipeline: the run stopped: ${(e as Error).message}; records written so far are kept and the next run resumes`);
    return 2;
  } finally {
    await release();
  }
  for (const err of errors) log(`  rejected ${err.path} [${err.stage}/${err.code}]: ${err.message}`);
  const c = manifest.counts;
  const reused = summary.entries.length - summary.processed.length;
  log(`escap-pipeline: ${c.inputs} inputs -> ${c.records} records, ${c.rejected} rejected, ${c.quarantined} quarantined (${summary.processed.length} processed, ${reused} up to date); output in ${outputDir}`);
  return errors.length === 0 ? 0 : 1;
}
