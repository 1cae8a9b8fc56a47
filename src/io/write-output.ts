import path from 'node:path';
import type { BatchResult } from '../pipeline/run.js';
import { removeStale, writeAtomic } from './files.js';

export interface Manifest {
  tool: { name: string; version: string };
  configHash: string;
  stages: string[];
  counts: { inputs: number; records: number; rejected: number; quarantined: number };
  inputs: { path: string; sha256: string; bytes: number; status: string }[];
  /** Files of the input folder that were not read, with the reason. */
  skipped: { path: string; reason: string }[];
}

/**
 * Writes the dataset: records/<stem>.json, dataset.jsonl, errors.jsonl, quarantine/<stem>.json and
 * manifest.json, each atomically. Nothing time-dependent goes in, so reruns are byte-identical.
 */
export function writeOutput(outDir: string, result: BatchResult, manifest: Omit<Manifest, 'counts' | 'inputs' | 'skipped'>, pretty: boolean): Manifest {
  const recordFiles = new Set<string>();
  for (const rec of result.records) {
    const rel = `${rec.id}.json`;
    recordFiles.add(rel);
    writeAtomic(path.join(outDir, 'records', rel), `${JSON.stringify(rec, null, pretty ? 2 : 0)}\n`);
  }
  removeStale(path.join(outDir, 'records'), recordFiles);
  const quarantineFiles = new Set<string>();
  for (const q of result.quarantined) {
    const rel = `${q.id}.json`;
    quarantineFiles.add(rel);
    writeAtomic(path.join(outDir, 'quarantine', rel), `${JSON.stringify(q, null, 2)}\n`);
  }
  removeStale(path.join(outDir, 'quarantine'), quarantineFiles);
  const jsonl = (xs: unknown[]) => xs.map((x) => `${JSON.stringify(x)}\n`).join('');
  writeAtomic(path.join(outDir, 'dataset.jsonl'), jsonl(result.records));
  writeAtomic(path.join(outDir, 'errors.jsonl'), jsonl(result.errors));
  const full: Manifest = {
    ...manifest,
    counts: {
      inputs: result.inputs.length,
      records: result.records.length,
      rejected: result.inputs.filter((i) => i.status === 'rejected').length,
      quarantined: result.quarantined.length,
    },
    inputs: result.inputs,
    skipped: result.skipped,
  };
  writeAtomic(path.join(outDir, 'manifest.json'), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}
