import type { z } from 'zod';
import { ConfigError } from '../config/load.js';
import type { PipelineConfig } from '../config/schema.js';
import { DEFAULT_SETTINGS, parseStageOptions, type OptionsSchema, type PipelineSettings, type Transform } from '../core/stage.js';
import type { WorkBudget } from '../core/work.js';
import { OUTPUT_STAGES, STAGES } from './stages.js';

export interface WriteOptions {
  /** Indent `records/<stem>.json` for people to read; dataset.jsonl is always one line each. */
  pretty: boolean;
}

export interface BuiltPipeline {
  /** Stages that run on each document before the batch context exists. */
  before: { name: string; run: Transform }[];
  /** Stages that use the batch context. */
  after: { name: string; run: Transform }[];
  write: WriteOptions;
  /** Names of the stages that run, in order (for the manifest). */
  ran: string[];
  /** The work each document may cost. */
  budget: WorkBudget;
}

type Setting = false | Record<string, unknown> | undefined;
interface Configurable { name: string; summary: string; options: OptionsSchema; required?: boolean }

/** A stage's options from its setting, or a ConfigError naming the key. */
function optionsFor(def: Configurable, setting: Setting): z.output<OptionsSchema> {
  if (setting === false) throw new ConfigError(`stages.${def.name}: this stage cannot be turned off (expected an object of options)`);
  try {
    return parseStageOptions({ ...def, create: () => (d) => d }, setting);
  } catch (e) {
    throw new ConfigError(`stages.${(e as Error).message}`);
  }
}

/** Turns the config into stage transforms; every misconfiguration is a ConfigError naming its key. */
export function buildPipeline(config: PipelineConfig): BuiltPipeline {
  const stages = config.stages as Record<string, Setting>;
  const on = STAGES.filter((s) => s.required || stages[s.name] !== false);
  const options = new Map(on.map((s) => [s.name, optionsFor(s, stages[s.name])]));
  const places = options.get('extract-places') as { minCityPopulation: number } | undefined;
  const settings: PipelineSettings = { minCityPopulation: places?.minCityPopulation ?? DEFAULT_SETTINGS.minCityPopulation };
  const built: BuiltPipeline = { before: [], after: [], write: { pretty: true }, ran: [], budget: config.workBudget };
  let batchReached = false;
  for (const stage of on) {
    const run = stage.create(options.get(stage.name)!, settings);
    batchReached ||= !!stage.needsBatch;
    (batchReached ? built.after : built.before).push({ name: stage.name, run });
    built.ran.push(stage.name);
  }
  for (const stage of OUTPUT_STAGES) {
    const opts = optionsFor(stage, stages[stage.name]);
    if (stage.name === 'write') built.write = opts as unknown as WriteOptions;
    built.ran.push(stage.name);
  }
  return built;
}
