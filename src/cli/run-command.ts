import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configHash, loadConfig } from '../config/load.js';
import { stemOf } from '../io/files.js';
import { assignIds, scanInputs, type InputScan } from '../io/scan-inputs.js';
import { checkOutputFolder, checkRemovals, GuardError, lockOutput, markComplete, markIncomplete, removeStaleTemporaries } from '../io/guards.js';
import { writeOutput } from '../io/write-output.js';
import { buildPipeline } from '../pipeline/build.js';
import { runBatch } from '../pipeline/run.js';
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
  const inputDir = flags.input ? path.resolve(flags.input) : path.resolve(loaded.dir, loaded.config.input);
  const outputDir = flags.output ? path.resolve(flags.output) : path.resolve(loaded.dir, loaded.config.output);
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
  // lines of errors.jsonl: rejected and quarantined inputs, and files that could not be read at all
  let failed = 0;
  try {
    let result;
    try {
      result = await runBatch(inputDir, pipeline, flags.quiet ? undefined : (rel) => log(`  read ${rel}`), { config: loaded.config, workers }, scan);
    } catch (e) {
      log(`escap-pipeline: cannot read input folder ${inputDir}: ${(e as Error).message}`);
      return 2;
    }
    manifest = writeOutput(outputDir, result, {
      tool: toolVersion(), configHash: configHash(loaded.config), stages: pipeline.ran,
    }, pipeline.write.pretty);
    // the manifest is written last: only now is the output whole again
    markComplete(outputDir);
    for (const err of result.errors) log(`  rejected ${err.path} [${err.stage}/${err.code}]: ${err.message}`);
    failed = result.errors.length;
  } finally {
    await release();
  }
  const c = manifest.counts;
  log(`escap-pipeline: ${c.inputs} inputs -> ${c.records} records, ${c.rejected} rejected, ${c.quarantined} quarantined; output in ${outputDir}`);
  return failed === 0 ? 0 : 1;
}
