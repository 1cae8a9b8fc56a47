import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The folders a worker serves: a job naming any other path is refused. */
export interface Roots {
  input: string;
  output: string;
}

export const ROOTS_ENV = 'ESCAP_PIPELINE_WORKER_ROOTS';

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

const within = (root: string, p: string) => {
  const r = real(root);
  const x = real(p);
  return x === r || x.startsWith(r + path.sep);
};

/** Why a job's paths are refused, or undefined when they lie inside the worker's folders. */
export function refusal(roots: Roots, job: { inputDir: string; outputDir: string; rel: string }): string | undefined {
  if (!within(roots.input, job.inputDir)) return `input folder ${job.inputDir} is outside the folder this worker serves`;
  if (!within(roots.output, job.outputDir)) return `output folder ${job.outputDir} is outside the folder this worker serves`;
  if (path.isAbsolute(job.rel) || job.rel.split(/[\\/]/).includes('..')) return `input path ${JSON.stringify(job.rel)} leaves the input folder`;
  return undefined;
}
