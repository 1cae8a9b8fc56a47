import { appendFileSync, existsSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { appendCompactJson, copyBuffers } from './compact-json.js';
import { removeStale, writeAtomic, writeThroughAtomic } from './files.js';
import { outputFileOf, pruneJournal, type JournalEntry } from './journal.js';
import { errorLines, type BatchSummary } from '../pipeline/run.js';

export interface Manifest {
  tool: { name: string; version: string };
  configHash: string;
  /** What every record of this output depends on besides its input (see `runKey`). */
  runKey: string;
  stages: string[];
  counts: { inputs: number; records: number; rejected: number; quarantined: number };
  /** Per input: its hash, what became of it, and the run that wrote its outputs. */
  inputs: { path: string; id: string; sha256: string; bytes: number; status: string; run: string }[];
  /** Files of the input folder that were not read, with the reason. */
  skipped: { path: string; reason: string }[];
}

/**
 * Completes the output once every input has its journal entry: drops records, quarantine files
 * and entries of inputs that are gone, streams dataset.jsonl from the record files in input
 * order, writes errors.jsonl, and writes manifest.json last. Nothing time-dependent goes in
 * besides the run ids, so an unchanged rerun is byte-identical.
 */
export function writeOutput(outDir: string, summary: BatchSummary, manifest: Pick<Manifest, 'tool' | 'configHash' | 'stages'>): Manifest {
  const { entries } = summary;
  const files = (status: JournalEntry['status'], dir: string) => new Set(entries.filter((e) => e.status === status)
    .map((e) => path.relative(path.join(outDir, dir), outputFileOf(outDir, e)!).split(path.sep).join('/')));
  removeStale(path.join(outDir, 'records'), files('record', 'records'));
  removeStale(path.join(outDir, 'quarantine'), files('quarantined', 'quarantine'));
  pruneJournal(outDir, entries.map((e) => e.id));
  const full: Manifest = {
    ...manifest,
    runKey: summary.key,
    counts: {
      inputs: entries.length,
      records: entries.filter((e) => e.status === 'record').length,
      rejected: entries.filter((e) => e.status === 'rejected').length,
      quarantined: entries.filter((e) => e.status === 'quarantined').length,
    },
    inputs: entries.map((e) => ({ path: e.path, id: e.id, sha256: e.sha256, bytes: e.bytes, status: e.status, run: e.run })),
    skipped: summary.skipped,
  };
  const manifestText = `${JSON.stringify(full, null, 2)}\n`;
  const datasetFile = path.join(outDir, 'dataset.jsonl');
  // The manifest names every record by the run that wrote it and is written last: where the one
  // a finished run left is this one, dataset.jsonl was streamed from these very files. An
  // unchanged rerun keeps it instead of reading every record again.
  if (!(existsSync(datasetFile) && readIfThere(path.join(outDir, 'manifest.json')) === manifestText)) {
    writeThroughAtomic(datasetFile, (fd) => {
      const buffers = copyBuffers();
      for (const e of entries) {
        if (e.status !== 'record') continue;
        appendCompactJson(outputFileOf(outDir, e)!, fd, buffers);
        writeSync(fd, '\n');
      }
    });
  }
  writeAtomic(path.join(outDir, 'errors.jsonl'), errorLines(summary).map((x) => `${JSON.stringify(x)}\n`).join(''));
  writeAtomic(path.join(outDir, 'manifest.json'), manifestText);
  return full;
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** One line per finished run in `runs.jsonl`: when it ran and what it did (the manifest names it per input). */
export function logRun(outDir: string, line: { run: string; finished: string; runKey: string; processed: string[]; reused: number; errors: number }): void {
  appendFileSync(path.join(outDir, 'runs.jsonl'), `${JSON.stringify(line)}\n`);
}
