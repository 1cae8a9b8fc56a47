import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { removeStale, writeAtomic } from './files.js';

/** One line of errors.jsonl. */
export interface ErrorLine {
  path: string;
  stage: string;
  code: string;
  message: string;
}

/** The `errors.jsonl` line of an input that could not be read (vanished, no permission, ...). */
export function readError(rel: string, e: unknown): ErrorLine {
  return { path: rel, stage: 'read', code: (e as { code?: string }).code ?? 'unreadable', message: `cannot read: ${(e as Error).message}` };
}

export type InputStatus = 'record' | 'rejected' | 'quarantined';

/**
 * What the output holds for one input, written right after its record (or quarantine file): the
 * proof that the input is done. A rerun reuses the input's outputs when the entry's `sha256` and
 * `key` still hold, so a killed run resumes where it stopped and an unchanged input is not
 * processed again.
 */
export interface JournalEntry {
  id: string;
  path: string;
  sha256: string;
  bytes: number;
  /** What the outputs depend on besides the input: tool version, config and batch (see `runKey`). */
  key: string;
  status: InputStatus;
  /** Its lines of errors.jsonl (a rejection, or the issues that quarantined it). */
  errors: ErrorLine[];
  /** The run that wrote its outputs. */
  run: string;
}

/** The journal lives in the output folder, hidden: it is the run's state, not the dataset. */
const JOURNAL = path.join('.state', 'done');

const entryFile = (outputDir: string, id: string) => path.join(outputDir, JOURNAL, `${id}.json`);

/** The file the entry vouches for: the record, or the quarantine file (none for a rejection). */
export function outputFileOf(outputDir: string, entry: Pick<JournalEntry, 'id' | 'status'>): string | undefined {
  if (entry.status === 'record') return path.join(outputDir, 'records', `${entry.id}.json`);
  if (entry.status === 'quarantined') return path.join(outputDir, 'quarantine', `${entry.id}.json`);
  return undefined;
}

/** The entry of `id`, if there is one and it is whole (a damaged entry means: do it again). */
export function readEntry(outputDir: string, id: string): JournalEntry | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryFile(outputDir, id), 'utf8')) as JournalEntry;
    return entry && typeof entry.key === 'string' && typeof entry.sha256 === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the outputs of an earlier run can stand for this input in this run. */
export function reusable(outputDir: string, entry: JournalEntry | undefined, want: { path: string; sha256: string; key: string }): entry is JournalEntry {
  if (!entry || entry.key !== want.key || entry.sha256 !== want.sha256 || entry.path !== want.path) return false;
  const file = outputFileOf(outputDir, entry);
  return file === undefined || existsSync(file);
}

export function writeEntry(outputDir: string, entry: JournalEntry): void {
  writeAtomic(entryFile(outputDir, entry.id), `${JSON.stringify(entry)}\n`);
}

/** Drops entries of inputs that are gone. */
export function pruneJournal(outputDir: string, ids: Iterable<string>): void {
  removeStale(path.join(outputDir, JOURNAL), new Set([...ids].map((id) => `${id}.json`)));
}
