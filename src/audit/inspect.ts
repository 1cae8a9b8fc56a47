import type { Doc } from '../core/doc.js';
import { createContext, forDocument } from '../core/stage.js';
import { meterFor } from '../core/work.js';
import type { LoggedEdit } from '../core/types.js';
import { BatchCounter } from '../pipeline/batch.js';
import type { BuiltPipeline } from '../pipeline/build.js';
import { runSteps } from '../pipeline/document.js';

/** What one stage did to the document. */
export interface StageStep {
  stage: string;
  /** Edits this stage made (its own entries of the edit log), with offsets in both texts. */
  edits: LoggedEdit[];
  textLength: number;
  garbled: number;
  /** Entities of each kind after the stage, where the stage changed them. */
  entities: Record<string, { count: number; added: { text: string; start: number; end: number; source: { start: number; end: number } }[] }>;
  messages: Doc['messages'];
  rejected?: Doc['rejected'];
}

const entityKey = (e: { start: number; end: number; text: string }) => `${e.start}:${e.end}:${e.text}`;

/**
 * One document through the pipeline a stage at a time, with what each changed. The batch is
 * this document alone: in a real batch the vocabulary counts of the other inputs weigh in too,
 * so repairs may differ from the record's.
 */
export function inspectDocument(doc: Doc, pipeline: BuiltPipeline): { steps: StageStep[]; doc: Doc } {
  const steps: StageStep[] = [];
  const meter = meterFor(pipeline.budget, doc.bytes.length);
  let ctx = forDocument(createContext(), meter);
  let current = doc;
  const run = (step: BuiltPipeline['before'][number]) => {
    const before = current;
    current = runSteps(current, [step], ctx);
    const known = new Map(Object.entries(before.entities).map(([k, es]) => [k, new Set(es.map(entityKey))]));
    const entities: StageStep['entities'] = {};
    for (const [kind, es] of Object.entries(current.entities)) {
      const had = known.get(kind);
      const added = es.filter((e) => !had?.has(entityKey(e))).map((e) => ({ text: e.text, start: e.start, end: e.end, source: e.source }));
      if (added.length || (had?.size ?? 0) !== es.length) entities[kind] = { count: es.length, added };
    }
    steps.push({
      stage: step.name,
      edits: current.edits.filter((e) => e.stage === step.name && !before.edits.some((b) => b === e)),
      textLength: current.text.length,
      garbled: current.garbled.length,
      entities,
      messages: current.messages.slice(before.messages.length),
      rejected: current.rejected,
    });
  };
  for (const step of pipeline.before) run(step);
  const counter = new BatchCounter();
  counter.add(current);
  ctx = forDocument(createContext(counter.context()), meter);
  for (const step of pipeline.after) run(step);
  return { steps, doc: current };
}
