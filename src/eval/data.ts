import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A document with its true text, scanned at one or more levels, and its gold entities. */
export interface EvalDoc {
  name: string;
  gt: string;
  ocr: Record<string, Uint8Array>;
  gold?: unknown;
}

/** A folder of `NAME.gt.txt` with `NAME.LEVEL.ocr.txt` scans and `NAME.gold.json` (dev, more, public). */
export interface EvalSet {
  /** `dev`, `more`, `public`. */
  name: string;
  levels: string[];
  docs: EvalDoc[];
}

/** The eval layout: NAME.gt.txt, NAME.<level>.ocr.txt, NAME.gold.json; the levels are what the folder has. */
export function loadEvalSet(dir: string): EvalSet {
  const files = readdirSync(dir);
  const names = files.filter((f) => f.endsWith('.gt.txt')).map((f) => f.slice(0, -'.gt.txt'.length)).sort();
  const levels = new Set<string>();
  const docs = names.map((name) => {
    const ocr: Record<string, Uint8Array> = {};
    for (const f of files) {
      const m = f.startsWith(`${name}.`) ? /^\.([a-z]+)\.ocr\.txt$/.exec(f.slice(name.length)) : null;
      if (!m) continue;
      ocr[m[1]] = new Uint8Array(readFileSync(path.join(dir, f)));
      levels.add(m[1]);
    }
    const goldFile = path.join(dir, `${name}.gold.json`);
    return {
      name,
      gt: readFileSync(path.join(dir, `${name}.gt.txt`), 'utf8'),
      ocr,
      gold: existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')) : undefined,
    };
  });
  return { name: path.basename(dir), levels: [...levels].sort(), docs };
}

/** Clean documents (the true text is the input): every .txt in the folder. */
export function loadCorpus(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}
