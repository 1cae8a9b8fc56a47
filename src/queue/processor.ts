import type { Job } from 'bullmq';
import { configHash } from '../config/load.js';
import { createContext, type StageContext } from '../core/stage.js';
import { writeAtomic } from '../io/files.js';
import { contributionOf, readBatchFile } from '../pipeline/batch.js';
import { buildPipeline, type BuiltPipeline } from '../pipeline/build.js';
import { perDocumentStages, readInput } from '../pipeline/document.js';
import { processInput } from '../pipeline/process-input.js';
import { countsFile, type PipelineJob } from './jobs.js';
import { refusal, ROOTS_ENV, type Roots } from './roots.js';

/**
 * A BullMQ sandboxed processor: it runs in a thread of its own, so the worker's main thread keeps
 * renewing the job's lock while a long document is processed. The thread lives as long as the
 * worker and keeps what is costly to build (the pipeline with its resources, the batch context)
 * between jobs; this object is the thread's whole state.
 */
const held: { pipelines: Map<string, BuiltPipeline>; batch?: { file: string; ctx: StageContext } } = { pipelines: new Map() };

function pipelineFor(config: PipelineJob['config']): BuiltPipeline {
  const hash = configHash(config);
  let p = held.pipelines.get(hash);
  if (!p) held.pipelines.set(hash, (p = buildPipeline(config)));
  return p;
}

function batchContext(file: string): StageContext {
  if (held.batch?.file !== file) held.batch = { file, ctx: createContext(readBatchFile(file)) };
  return held.batch.ctx;
}

export default async function processJob(job: Job<PipelineJob>) {
  const data = job.data;
  const roots = JSON.parse(process.env[ROOTS_ENV] ?? 'null') as Roots | null;
  const refused = roots ? refusal(roots, data) : 'the worker was started without its folders';
  // a refusal is no failure worth retrying: the same job would be refused again
  if (refused) throw Object.assign(new Error(`refused: ${refused}`), { name: 'UnrecoverableError' });
  const pipeline = pipelineFor(data.config);
  if (data.kind === 'count') {
    const doc = readInput(data.inputDir, data.rel);
    const done = perDocumentStages(doc, pipeline, createContext());
    const file = countsFile(data.outputDir, data.sha256, configHash(data.config));
    writeAtomic(file, `${JSON.stringify({ sha256: doc.sha256, contribution: contributionOf(done) })}\n`);
    return { counts: file };
  }
  return processInput({ rel: data.rel, id: data.id }, { inputDir: data.inputDir, outputDir: data.outputDir, key: data.key, run: data.run }, pipeline, batchContext(data.batchFile));
}
