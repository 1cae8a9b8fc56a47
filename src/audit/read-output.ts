import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a diff or an audit reads of an output folder: its manifest, and records one at a time. */
export interface OutputFolder {
  dir: string;
  /** Input id -> its status and input hash, from the manifest. */
  inputs: Map<string, { path: string; sha256: string; status: string }>;
  record(id: string): Record<string, unknown> | undefined;
}

/** Not an output folder of this tool: exit 2 with this message. */
export class OutputFolderError extends Error {}

export function readOutputFolder(dir: string): OutputFolder {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new OutputFolderError(`${dir} is not an output folder of escap-pipeline (no manifest.json)`);
  let manifest: { inputs?: { path: string; id?: string; sha256: string; status: string }[] };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (e) {
    throw new OutputFolderError(`${manifestFile} cannot be read: ${(e as Error).message}`);
  }
  const inputs = new Map<string, { path: string; sha256: string; status: string }>();
  for (const i of manifest.inputs ?? []) inputs.set(i.id ?? i.path.replace(/\.txt$/i, ''), { path: i.path, sha256: i.sha256, status: i.status });
  return {
    dir,
    inputs,
    record: (id) => {
      const file = path.join(dir, 'records', `${id}.json`);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> : undefined;
    },
  };
}
