import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { isTemporary, listInputs } from './files.js';

/** A run that must not start: nothing is written, exit code 2. */
export class GuardError extends Error {}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/**
 * The output folder is checked before any work: it exists or can be made, is a folder, can be
 * written to, and is neither the input folder nor inside it (the next run would read its own
 * records as reports).
 */
export function checkOutputFolder(inputDir: string, outputDir: string): void {
  const input = real(inputDir);
  const output = real(outputDir);
  if (output === input || output.startsWith(input + path.sep)) {
    throw new GuardError(`output folder ${outputDir} is ${output === input ? 'the input folder' : 'inside the input folder'}: the next run would read its own records as inputs`);
  }
  if (existsSync(outputDir) && !statSync(outputDir).isDirectory()) throw new GuardError(`output folder ${outputDir} is a file, not a folder`);
  try {
    mkdirSync(outputDir, { recursive: true });
    accessSync(outputDir, constants.W_OK);
  } catch (e) {
    throw new GuardError(`output folder ${outputDir} cannot be written to: ${(e as Error).message}`);
  }
}

/**
 * A run that would remove most of an existing dataset is more likely a share that failed to
 * mount than a wish: an input with no report (`ids`: the record ids the run will write), or one
 * that would remove more than half of the records
 * already there, stops unless `prune` says it is meant.
 */
export function checkRemovals(outputDir: string, ids: readonly string[], prune: boolean): void {
  if (prune) return;
  let existing: string[];
  try {
    existing = listInputs(path.join(outputDir, 'records')).filter((f) => f.endsWith('.json'));
  } catch {
    return;
  }
  if (existing.length === 0) return;
  if (ids.length === 0) {
    throw new GuardError(`the input folder is empty: the run would delete all ${existing.length} records in ${outputDir} (a share that failed to mount?); give --prune to mean it`);
  }
  const kept = new Set(ids.map((id) => `${id}.json`));
  const removed = existing.filter((f) => !kept.has(f)).length;
  if (removed > existing.length / 2) {
    throw new GuardError(`the run would remove ${removed} of the ${existing.length} records in ${outputDir}; give --prune to mean it`);
  }
}

const HOLDER = '.escap-pipeline.lock.json';
const LOCK = '.escap-pipeline.lock';

interface Holder { pid: number; host: string; since: string }

function readHolder(outputDir: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(path.join(outputDir, HOLDER), 'utf8')) as Holder;
  } catch {
    // the note is written just after the lock: it may not be there yet
    return undefined;
  }
}

/** A holder on this machine whose process is gone: a run that was killed (its lock would otherwise block for `stale`). */
function holderIsDead(h: Holder | undefined): boolean {
  if (!h || h.host !== hostname() || h.pid === process.pid) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'ESRCH';
  }
}

/**
 * One run per output folder: a lock (proper-lockfile, refreshed while the run lasts, kept inside
 * the output folder) and a note of who holds it, so that a second run can name the holder. A lock
 * left by a killed run on this machine is taken over at once. Returns the release function.
 */
export async function lockOutput(outputDir: string): Promise<() => Promise<void>> {
  const holderFile = path.join(outputDir, HOLDER);
  const options = { stale: 30_000, update: 5_000, realpath: false, lockfilePath: path.join(outputDir, LOCK) };
  const take = async () => {
    const release = await lockfile.lock(outputDir, options);
    writeFileSync(holderFile, `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`);
    return async () => {
      try {
        rmSync(holderFile, { force: true });
        await release();
      } catch {
        // already released or compromised: nothing left to undo
      }
    };
  };
  try {
    return await take();
  } catch (e) {
    if ((e as { code?: string }).code !== 'ELOCKED') throw new GuardError(`cannot lock output folder ${outputDir}: ${(e as Error).message}`);
    const h = readHolder(outputDir);
    if (holderIsDead(h)) {
      rmSync(path.join(outputDir, LOCK), { recursive: true, force: true });
      try {
        return await take();
      } catch {
        // another run took it first: it is the holder now
      }
    }
    const holder = readHolder(outputDir);
    throw new GuardError(`output folder ${outputDir} is in use by ${holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : 'another run'}; wait for it to finish`);
  }
}

const INCOMPLETE = 'INCOMPLETE';

/**
 * Marks the output as being rewritten: until the run writes its manifest (last) and removes the
 * mark, a reader knows records and manifest may not agree. A killed run leaves the mark in place
 * until a later run completes.
 */
export function markIncomplete(outputDir: string): void {
  writeFileSync(path.join(outputDir, INCOMPLETE), `A run started ${new Date().toISOString()} (process ${process.pid}) has not finished writing this folder: records and manifest may not agree. The next complete run removes this file.\n`);
}

export function markComplete(outputDir: string): void {
  rmSync(path.join(outputDir, INCOMPLETE), { force: true });
}

/** Temporary files and folders a killed run left behind (atomic writes go through `.NAME.RANDOM.tmp` first). */
export function removeStaleTemporaries(outputDir: string): string[] {
  const removed: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && isTemporary(e.name)) {
        // a killed run's pass-1 spill (see pipeline/spill.ts)
        rmSync(p, { recursive: true, force: true });
        removed.push(p);
      } else if (e.isDirectory()) walk(p);
      else if (e.isFile() && isTemporary(e.name)) {
        rmSync(p, { force: true });
        removed.push(p);
      }
    }
  };
  walk(outputDir);
  return removed;
}
