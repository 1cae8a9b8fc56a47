import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every regular, non-hidden file below `dir`, as sorted relative paths with `/` separators. */
export function listInputs(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() || statSync(path.join(dir, child)).isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** Input path -> record id: relative path without its `.txt` extension. */
export function stemOf(relPath: string): string {
  return relPath.replace(/\.txt$/i, '');
}

/** The temporary file an atomic write goes through first, beside its target: `.NAME.RANDOM.tmp`. */
const temporaryFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

/** A temporary file a killed run left behind (see `temporaryFor`). */
export const isTemporary = (name: string) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
export function writeAtomic(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = temporaryFor(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Removes files below `dir` (relative paths) that are not in `keep`: stale records of a rerun. */
export function removeStale(dir: string, keep: Set<string>): string[] {
  let existing: string[];
  try {
    existing = listInputs(dir);
  } catch {
    return [];
  }
  const removed = existing.filter((f) => !keep.has(f));
  for (const f of removed) rmSync(path.join(dir, f), { force: true });
  return removed;
}

/** Writes through an open temporary file (`write` gets its descriptor), then renames: readers never see half a file. */
export function writeThroughAtomic(file: string, write: (fd: number) => void): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = temporaryFor(file);
  const fd = openSync(tmp, 'w');
  try {
    write(fd);
    closeSync(fd);
    renameSync(tmp, file);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    rmSync(tmp, { force: true });
    throw e;
  }
}
