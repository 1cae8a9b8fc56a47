import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

/** Parses and validates a config object; errors name the key path and what was expected. */
export function parseConfig(raw: unknown, where = 'config'): PipelineConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const key = i.path.length ? i.path.join('.') : '(top level)';
      const extra = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
      return `  ${key}: ${i.message}${extra}`;
    });
    throw new ConfigError(`${where} is invalid:\n${lines.join('\n')}`);
  }
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
