import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDoc, type Doc } from '../core/doc.js';
import { forDocument, type StageContext, type Transform } from '../core/stage.js';
import { meterFor } from '../core/work.js';
import type { BuiltPipeline } from './build.js';
import { stemOf } from '../io/files.js';
import { buildRecord } from '../record/build.js';
import { recordSchema, type RecordOut } from '../record/schema.js';

export interface Quarantined {
  /** The record id it would have had: its quarantine file is named after it. */
  id: string;
  path: string;
  record: unknown;
  issues: { code: string; path: (string | number)[]; message: string }[];
}

type Step = { name: string; run: Transform };

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


/** The stages before the batch context (decode, normalise), with the document's own work meter: pass 1 of a run. */
export function perDocumentStages(doc: Doc, pipeline: BuiltPipeline, ctx: StageContext): Doc {
  return runSteps(doc, pipeline.before, forDocument(ctx, meterFor(pipeline.budget, doc.bytes.length)));
}
