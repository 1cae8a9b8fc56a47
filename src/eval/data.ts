import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LEVELS = ['light', 'medium', 'heavy'] as const;
export type Level = (typeof LEVELS)[number];

export interface EvalDoc {
  name: string;
  gt: string;
  ocr: Partial<Record<Level, Uint8Array>>;
  gold?: unknown;
}

/** The dev layout: NAME.gt.txt, NAME.{light,medium,heavy}.ocr.txt, NAME.gold.json. */
export function loadEvalSet(dir: string): EvalDoc[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.gt.txt')).map((f) => f.slice(0, -'.gt.txt'.length)).sort();
  return names.map((name) => {
    const ocr: EvalDoc['ocr'] = {};
    for (const level of LEVELS) {
      const f = path.join(dir, `${name}.${level}.ocr.txt`);
      if (existsSync(f)) ocr[level] = new Uint8Array(readFileSync(f));
    }
    const goldFile = path.join(dir, `${name}.gold.json`);
    return {
      name,
      gt: readFileSync(path.join(dir, `${name}.gt.txt`), 'utf8'),
      ocr,
      gold: existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')) : undefined,
    };
  });
}

/** Clean documents for do-no-harm runs: every .txt in the folder except SOURCES-like notes. */
export function loadCorpus(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}
