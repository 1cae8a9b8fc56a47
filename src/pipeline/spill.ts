import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc } from '../core/doc.js';
import type { OffsetMap } from '../core/offset-map.js';

/**
 * What pass 1 computed for a document (decode and normalise: a third of the work on born-digital
 * text), kept on disk for pass 2 instead of in memory, so that pass 2 does not compute it again
 * and memory stays flat. A folder of the output named as a temporary (`.pass1.RANDOM.tmp`), so
 * a killed run's spill is removed by the next run like any temporary; the run removes it when
 * it ends. A missing or unreadable spill file only means the work is done again.
 */
export interface Spill {
  dir: string;
}

export function createSpill(outputDir: string): Spill {
  const dir = path.join(outputDir, `.pass1.${randomBytes(6).toString('hex')}.tmp`);
  mkdirSync(dir, { recursive: true });
  return { dir };
}

export function removeSpill(spill: Spill): void {
  rmSync(spill.dir, { recursive: true, force: true });
}

/** The file of an input (by its relative path): hex, so that no path can reach out of the folder. */
const fileOf = (spill: Spill, rel: string) => path.join(spill.dir, `${Buffer.from(rel).toString('hex')}.json`);

/**
 * An offset array as the places where it stops counting up by one: `[index, value]` pairs.
 * Long stretches of unchanged text are one pair each.
 */
function runsOf(a: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1] + 1) out.push(i, a[i]);
  return out;
}

function fromRuns(runs: number[], length: number): Int32Array {
  const a = new Int32Array(length);
  for (let k = 0; k < runs.length; k += 2) {
    const end = k + 2 < runs.length ? runs[k + 2] : length;
    for (let i = runs[k], v = runs[k + 1]; i < end; i++, v++) a[i] = v;
  }
  return a;
}

interface Spilled extends Omit<Doc, 'bytes' | 'map'> {
  map: { length: number; starts: number[]; ends: number[] };
}

export function writeSpilled(spill: Spill, doc: Doc): void {
  const { bytes: _bytes, map, ...rest } = doc;
  const spilled: Spilled = { ...rest, map: { length: map.starts.length, starts: runsOf(map.starts), ends: runsOf(map.ends) } };
  writeFileSync(fileOf(spill, doc.path), JSON.stringify(spilled));
}

/**
 * The pass-1 document of `doc` (its input read again) if the spill holds it for the same bytes,
 * under `doc`'s id (decode and normalise do not read it); the file is removed.
 */
export function takeSpilled(spill: Spill, doc: Doc): Doc | undefined {
  const file = fileOf(spill, doc.path);
  if (!existsSync(file)) return undefined;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Spilled;
    if (s.sha256 !== doc.sha256 || s.path !== doc.path) return undefined;
    const map: OffsetMap = { starts: fromRuns(s.map.starts, s.map.length), ends: fromRuns(s.map.ends, s.map.length) };
    return { ...s, id: doc.id, bytes: doc.bytes, map };
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}
