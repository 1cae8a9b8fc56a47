import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { issueLines } from '../core/options.js';
import { OUTPUT_STAGES, STAGES } from '../pipeline/stages.js';
import { configSchema, type PipelineConfig } from './schema.js';

export class ConfigError extends Error {}

/** Stable JSON: keys sorted, so that equal configs hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function configHash(config: PipelineConfig): string {
  // the thread count changes how fast, never what: it stays out of the dataset's identity
  const { workers: _workers, ...rules } = config;
  return createHash('sha256').update(canonicalJson(rules)).digest('hex');
}

/** Stages are listed in pipeline order, so that the file reads as the pipeline runs. */
function checkStageOrder(raw: unknown): void {
  const stages = (raw as { stages?: unknown } | null)?.stages;
  if (!stages || typeof stages !== 'object' || Array.isArray(stages)) return;
  const order = [...STAGES, ...OUTPUT_STAGES].map((s) => s.name);
  const positions = Object.keys(stages).map((k) => order.indexOf(k)).filter((p) => p >= 0);
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
    throw new ConfigError(`stages: must be listed in pipeline order (${order.join(' -> ')}); got ${Object.keys(stages).join(', ')}`);
  }
}

/** Parses and validates a config object; errors name the key path and what was expected. */
export function parseConfig(raw: unknown, where = 'config'): PipelineConfig {
  checkStageOrder(raw);
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(`${where} is invalid:\n${issueLines(result.error.issues).join('\n')}`);
  return result.data;
}

export function loadConfig(file: string): { config: PipelineConfig; dir: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  return { config: parseConfig(raw, file), dir: path.dirname(path.resolve(file)) };
}
