import { rmSync } from 'node:fs';
import { forDocument, type StageContext } from '../core/stage.js';
import { meterFor } from '../core/work.js';
import { writeAtomic } from '../io/files.js';
import { outputFileOf, readError, writeEntry, type ErrorLine, type JournalEntry } from '../io/journal.js';
import type { BuiltPipeline } from './build.js';
import { readInput, runSteps, validateDoc } from './document.js';
import { takeSpilled, type Spill } from './spill.js';

/** One input of the second pass. */
export interface InputTask {
  rel: string;
  id: string;
}

/** What every task of a run shares. */
export interface TaskEnv {
  inputDir: string;
  outputDir: string;
  /** The run's key (see `runKey`) and its id, written into the journal entry. */
  key: string;
  run: string;
  /** Where pass 1 left its documents (a local run; the queue's workers compute them again). */
  spill?: Spill;
}

/** The journal entry of an input that could not be read: not written, so the next run tries again. */
export interface Unreadable {
  unreadable: ErrorLine;
}

/**
 * The whole way of one input: read, every stage, validation, then its record (or quarantine
 * file) and, last, its journal entry. Only the entry comes back, so nothing of the document
 * outlives this call.
 */
export function processInput(task: InputTask, env: TaskEnv, pipeline: BuiltPipeline, ctx: StageContext): JournalEntry | Unreadable {
  let doc;
  try {
    doc = { ...readInput(env.inputDir, task.rel), id: task.id };
  } catch (e) {
    // vanished or unreadable since the scan: a line in errors.jsonl, the batch goes on
    return { unreadable: readError(task.rel, e) };
  }
  const docCtx = forDocument(ctx, meterFor(pipeline.budget, doc.bytes.length));
  const spilled = env.spill && takeSpilled(env.spill, doc);
  doc = runSteps(spilled ?? runSteps(doc, pipeline.before, docCtx), pipeline.after, docCtx);
  const entry: JournalEntry = { id: task.id, path: task.rel, sha256: doc.sha256, bytes: doc.bytes.length, key: env.key, status: 'record', errors: [], run: env.run };
  if (doc.rejected) {
    entry.status = 'rejected';
    entry.errors.push({ path: doc.path, ...doc.rejected });
  } else {
    const outcome = validateDoc(doc);
    if ('record' in outcome) {
      writeAtomic(outputFileOf(env.outputDir, entry)!, `${JSON.stringify(outcome.record, null, pipeline.write.pretty ? 2 : 0)}\n`);
    } else {
      entry.status = 'quarantined';
      writeAtomic(outputFileOf(env.outputDir, entry)!, `${JSON.stringify(outcome.quarantined, null, 2)}\n`);
      const first = outcome.quarantined.issues[0];
      entry.errors.push({
        path: doc.path, stage: 'validate', code: first?.code ?? 'invalid',
        message: outcome.quarantined.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    }
  }
  // an input that changed status leaves no file of its old one behind
  for (const status of ['record', 'quarantined'] as const) {
    if (status !== entry.status) rmSync(outputFileOf(env.outputDir, { id: task.id, status })!, { force: true });
  }
  writeEntry(env.outputDir, entry);
  return entry;
}
