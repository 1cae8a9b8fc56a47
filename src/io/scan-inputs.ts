import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ScanProblem {
  path: string;
  stage: 'read';
  code: string;
  message: string;
}

export interface InputScan {
  /** Input files, as sorted relative paths with `/` separators. */
  inputs: string[];
  /** Files seen and left out, with the reason (listed in the manifest). */
  skipped: { path: string; reason: string }[];
  /** Entries that could not be read: each an `errors.jsonl` line; the batch goes on. */
  problems: ScanProblem[];
}

const codeOf = (e: unknown) => (e as { code?: string }).code ?? 'unreadable';

/**
 * Which files of `dir` are inputs: regular files (or links to them) below it whose extension is
 * one of `extensions` (case-insensitive). Hidden files and other extensions are listed as
 * skipped; unreadable folders, dangling or looping links become problems; none stops the scan.
 * A folder reached twice through links is read once.
 */
export function scanInputs(dir: string, extensions: readonly string[]): InputScan {
  const out: InputScan = { inputs: [], skipped: [], problems: [] };
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const seen = new Set<string>();
  const walk = (rel: string) => {
    const abs = path.join(dir, rel);
    try {
      const real = realpathSync(abs);
      if (seen.has(real)) return;
      seen.add(real);
    } catch { /* the listing below reports it */ }
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      out.problems.push({ path: rel || '.', stage: 'read', code: codeOf(e), message: `cannot list folder: ${(e as Error).message}` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) {
        out.skipped.push({ path: child, reason: 'hidden' });
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(path.join(dir, child));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (e) {
          const code = codeOf(e);
          const why = code === 'ELOOP' ? 'a link that loops' : code === 'ENOENT' ? 'a link to nothing (dangling)' : (e as Error).message;
          out.problems.push({ path: child, stage: 'read', code, message: `cannot read: ${why}` });
          continue;
        }
      }
      if (isDir) walk(child);
      else if (!isFile) out.skipped.push({ path: child, reason: 'not a regular file' });
      else if (wanted.has(path.extname(entry.name).toLowerCase())) out.inputs.push(child);
      else out.skipped.push({ path: child, reason: `extension not in ${[...wanted].join(', ')}` });
    }
  };
  walk('');
  out.inputs.sort();
  return out;
}

/**
 * A record id per input: its path without the extension, unless another input already has that
 * id (`report.txt` and `report.TXT`, or names that differ only in case on a case-blind disk):
 * then the path itself, and failing that a number. Deterministic: inputs in sorted order.
 */
export function assignIds(inputs: readonly string[], stem: (rel: string) => string): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const rel of inputs) {
    let id = stem(rel);
    if (taken.has(id.toLowerCase())) id = rel;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${rel}~${n}`;
    taken.add(id.toLowerCase());
    ids.set(rel, id);
  }
  return ids;
}
