import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc, type Doc } from '../core/doc.js';
import { createContext, type BatchContext, type StageContext } from '../core/stage.js';
import { stemOf } from '../io/files.js';
import { assignIds, scanInputs, type InputScan } from '../io/scan-inputs.js';
import { buildRecord } from '../record/build.js';
import { recordSchema, type RecordOut } from '../record/schema.js';
import { buildBatchContext } from './batch.js';
import type { BuiltPipeline } from './build.js';
import type { PipelineConfig } from '../config/schema.js';
import { runAfterInWorkers, workerCount } from './parallel.js';

export interface ErrorLine {
  path: string;
  stage: string;
  code: string;
  message: string;
}

export interface Quarantined {
  /** The record id it would have had: its quarantine file is named after it. */
  id: string;
  path: string;
  record: unknown;
  issues: { code: string; path: (string | number)[]; message: string }[];
}

export interface InputInfo {
  path: string;
  sha256: string;
  bytes: number;
  status: 'record' | 'rejected' | 'quarantined';
}

export interface BatchResult {
  records: RecordOut[];
  errors: ErrorLine[];
  quarantined: Quarantined[];
  inputs: InputInfo[];
  /** Files in the input folder that are not inputs, with the reason. */
  skipped: { path: string; reason: string }[];
}

type Step = { name: string; run: BuiltPipeline['before'][number]['run'] };

/** Runs steps until one rejects the document; a thrown error is a bug, reported, never fatal. */
export function runSteps(doc: Doc, steps: Step[], ctx: StageContext): Doc {
  let current = doc;
  for (const step of steps) {
    if (current.rejected) return current;
    try {
      current = step.run(current, ctx);
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return { ...current, rejected: { stage: step.name, code: 'internal-error', message } };
    }
  }
  return current;
}

/** A document from bytes; `rel` is its path relative to the input folder. */
export function docFromBytes(rel: string, bytes: Uint8Array): Doc {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return createDoc({ id: stemOf(rel), path: rel, bytes, sha256 });
}

export function readInput(inputDir: string, rel: string): Doc {
  return docFromBytes(rel, new Uint8Array(readFileSync(path.join(inputDir, rel))));
}

/** Validates a finished document into a record, or the zod issues that keep it out. */
export function validateDoc(doc: Doc): { record: RecordOut } | { quarantined: Quarantined } {
  const candidate = buildRecord(doc);
  const parsed = recordSchema.safeParse(candidate);
  if (parsed.success) return { record: parsed.data };
  return {
    quarantined: {
      id: doc.id,
      path: doc.path,
      record: candidate,
      issues: parsed.error.issues.map((i) => ({
        code: i.code, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message,
      })),
    },
  };
}

/** The per-document stages on every input, then the batch context built from all of them. */
function firstPass(docs: readonly Doc[], pipeline: BuiltPipeline, onDoc?: (rel: string) => void): { docs: Doc[]; batch: BatchContext } {
  const ctx = createContext();
  const done = docs.map((doc) => {
    onDoc?.(doc.path);
    return runSteps(doc, pipeline.before, ctx);
  });
  return { docs: done, batch: buildBatchContext(done) };
}

/** Per-document stages, then the batch context from all of them, then the rest. */
export function processDocs(docs: readonly Doc[], pipeline: BuiltPipeline, onDoc?: (rel: string) => void): Doc[] {
  const first = firstPass(docs, pipeline, onDoc);
  const ctx = createContext(first.batch);
  return first.docs.map((doc) => runSteps(doc, pipeline.after, ctx));
}

/**
 * The batch: every input goes through the per-document stages, the batch context is built from
 * all of them, then the remaining stages (in `workers` threads when more than one) and
 * validation run. One bad input never stops the rest.
 */
export async function runBatch(
  inputDir: string, pipeline: BuiltPipeline, onDoc?: (rel: string) => void,
  parallel?: { config: PipelineConfig; workers: number | 'auto' },
  /** The input folder as the caller already scanned it (the guards read it first). */
  scanned?: InputScan,
): Promise<BatchResult> {
  const result: BatchResult = { records: [], errors: [], quarantined: [], inputs: [], skipped: [] };
  const scan = scanned ?? scanInputs(inputDir, parallel?.config.extensions ?? ['.txt']);
  result.skipped = scan.skipped;
  result.errors.push(...scan.problems);
  const ids = assignIds(scan.inputs, stemOf);
  const inputs: Doc[] = [];
  for (const rel of scan.inputs) {
    try {
      inputs.push({ ...readInput(inputDir, rel), id: ids.get(rel)! });
    } catch (e) {
      // vanished or unreadable between listing and reading: a line in errors.jsonl, the batch goes on
      result.errors.push({ path: rel, stage: 'read', code: (e as { code?: string }).code ?? 'unreadable', message: `cannot read: ${(e as Error).message}` });
    }
  }
  const workers = parallel ? workerCount(parallel.workers, inputs) : 1;
  let done: Doc[];
  if (workers > 1) {
    const first = firstPass(inputs, pipeline, onDoc);
    done = await runAfterInWorkers(first.docs, first.batch, parallel!.config, workers);
  } else {
    done = processDocs(inputs, pipeline, onDoc);
  }
  for (const doc of done) {
    const info: InputInfo = { path: doc.path, sha256: doc.sha256, bytes: doc.bytes.length, status: 'record' };
    result.inputs.push(info);
    if (doc.rejected) {
      info.status = 'rejected';
      result.errors.push({ path: doc.path, ...doc.rejected });
      continue;
    }
    const outcome = validateDoc(doc);
    if ('record' in outcome) {
      result.records.push(outcome.record);
    } else {
      info.status = 'quarantined';
      result.quarantined.push(outcome.quarantined);
      const first = outcome.quarantined.issues[0];
      result.errors.push({
        path: doc.path, stage: 'validate', code: first?.code ?? 'invalid',
        message: outcome.quarantined.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    }
  }
  return result;
}
