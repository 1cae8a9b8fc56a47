import { ConfigError } from '../config/load.js';
import type { PipelineConfig } from '../config/schema.js';
import { resolveOptions, type Transform } from '../core/stage.js';
import { STAGES } from './stages.js';

export interface WriteOptions {
  /** Indent `records/<stem>.json` for people to read; dataset.jsonl is always one line each. Default `true`. */
  pretty: boolean;
}
export const writeDefaults: WriteOptions = { pretty: true };

export interface BuiltPipeline {
  /** Stages that run on each document before the batch context exists. */
  before: { name: string; run: Transform }[];
  /** Stages that use the batch context. */
  after: { name: string; run: Transform }[];
  write: WriteOptions;
  /** Names of the stages that run, in order (for the manifest). */
  ran: string[];
}

/** Turns the config into stage transforms; every misconfiguration is a ConfigError naming its key. */
export function buildPipeline(config: PipelineConfig): BuiltPipeline {
  const built: BuiltPipeline = { before: [], after: [], write: writeDefaults, ran: [] };
  const order = [...STAGES.map((s) => s.name), 'validate', 'write'];
  const given = Object.keys(config.stages);
  const positions = given.map((k) => order.indexOf(k));
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
    throw new ConfigError(`stages: must be listed in pipeline order (${order.join(' -> ')}); got ${given.join(', ')}`);
  }
  let batchReached = false;
  for (const stage of STAGES) {
    const setting = config.stages[stage.name];
    if (setting === false) {
      if (stage.required) throw new ConfigError(`stages.${stage.name}: this stage cannot be turned off (expected an object of options)`);
      continue;
    }
    let run: Transform;
    try {
      run = stage.create(setting);
    } catch (e) {
      if (e instanceof TypeError) throw new ConfigError(`stages.${stage.name}: ${e.message}`);
      throw e;
    }
    batchReached ||= !!stage.needsBatch;
    (batchReached ? built.after : built.before).push({ name: stage.name, run });
    built.ran.push(stage.name);
  }
  for (const name of ['validate', 'write'] as const) {
    const setting = config.stages[name];
    if (setting === false) throw new ConfigError(`stages.${name}: this stage cannot be turned off (expected an object of options)`);
    try {
      if (name === 'write') built.write = resolveOptions('write', writeDefaults, setting);
      else resolveOptions('validate', {}, setting);
    } catch (e) {
      throw new ConfigError(`stages.${name}: ${(e as Error).message}`);
    }
    built.ran.push(name);
  }
  return built;
}
