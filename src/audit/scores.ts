import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc } from '../core/doc.js';
import { createContext } from '../core/stage.js';
import { cer } from '../eval/cer.js';
import { addMatch, emptyPRF, ENTITY_TYPES, f1, matchKind, type Gold, type PRF } from '../eval/entity-metrics.js';
import { createDecode } from '../stages/decode/index.js';
import type { OutputFolder } from './read-output.js';

/** The decoded text of an input, as the pipeline read it (the decode stage itself). */
export function originalOf(inputDir: string | undefined, rel: string): string | undefined {
  if (!inputDir) return undefined;
  try {
    const bytes = new Uint8Array(readFileSync(path.join(inputDir, rel)));
    const doc = createDecode()(createDoc({ id: rel, path: rel, bytes, sha256: '' }), createContext());
    return doc.rejected ? undefined : doc.original;
  } catch {
    return undefined;
  }
}

function goldOf(dir: string | undefined, id: string): Gold | undefined {
  const file = dir ? path.join(dir, `${path.basename(id)}.gold.json`) : undefined;
  try {
    return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Gold : undefined;
  } catch {
    return undefined;
  }
}

export interface KindScore {
  kind: string;
  counts: PRF;
  p: number;
  r: number;
  f: number;
  falsePositives: { doc: string; identity: string }[];
  misses: { doc: string; name: string }[];
}

export interface OutputScores {
  /** Per kind, over the documents that have a gold file (undefined: none has). */
  entities?: KindScore[];
  goldDocuments: number;
  /** Mean character error rate of the input and of the cleaned text against the true texts. */
  cer?: { before: number; after: number; documents: number; perDocument: Record<string, { before: number; after: number }> };
}

/**
 * How good an output folder is against a user's gold files (`NAME.gold.json`, the guidelines'
 * format) and true texts (`NAME.gt.txt`): the same measures as the project's evaluation.
 */
export function scoreOutput(folder: OutputFolder, opts: { input?: string; gold?: string; truth?: string }): OutputScores {
  const counts = Object.fromEntries(ENTITY_TYPES.map((k) => [k, emptyPRF()]));
  const lists = Object.fromEntries(ENTITY_TYPES.map((k) => [k, { fp: [] as KindScore['falsePositives'], miss: [] as KindScore['misses'] }]));
  let goldDocuments = 0;
  const perDocument: Record<string, { before: number; after: number }> = {};
  for (const [id, info] of [...folder.inputs].sort((a, b) => a[0].localeCompare(b[0]))) {
    const record = folder.record(id);
    if (!record) continue;
    const gold = goldOf(opts.gold, id);
    if (gold) {
      goldDocuments++;
      for (const kind of ENTITY_TYPES) {
        const m = matchKind((record[kind] ?? []) as { text: string }[], gold, kind);
        addMatch(counts[kind], m);
        lists[kind].fp.push(...m.predictions.filter((p) => p.hit < 0).map((p) => ({ doc: id, identity: p.identity })));
        lists[kind].miss.push(...m.missed.map((i) => ({ doc: id, name: String(m.gold[i].value ?? m.gold[i].name) })));
      }
    }
    const truthFile = opts.truth ? path.join(opts.truth, `${path.basename(id)}.gt.txt`) : undefined;
    if (truthFile && existsSync(truthFile)) {
      const original = originalOf(opts.input, info.path);
      if (original === undefined) continue;
      const truth = readFileSync(truthFile, 'utf8');
      perDocument[id] = { before: cer(original, truth), after: cer(String(record.text), truth) };
    }
  }
  const scored = Object.values(perDocument);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    goldDocuments,
    entities: goldDocuments ? ENTITY_TYPES.map((kind) => ({ kind, counts: counts[kind], ...f1(counts[kind]), falsePositives: lists[kind].fp, misses: lists[kind].miss })) : undefined,
    cer: scored.length ? { before: mean(scored.map((s) => s.before)), after: mean(scored.map((s) => s.after)), documents: scored.length, perDocument } : undefined,
  };
}
