import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SENTENCES = [
  'The Economic and Social Commission for Asia and the Pacific met in Bangkok on 3 May 2024.',
  'Delegates from Viet Nam, Fiji and Mongolia reviewed the regional roadmap for 2030.',
  'The secretariat of the United Nations Development Programme reported on disaster risk.',
  'The Committee on Statistics will hold its ninth session in December 2025 in Bangkok.',
  'Migration governance was discussed with the International Organization for Migration.',
];

/** `n` reports of 60 paragraphs made from a seed (the same on every run), and one empty file. */
export function generatedBatch(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let d = 0; d < n; d++) {
    const paragraphs = Array.from({ length: 60 }, () => Array.from({ length: 4 }, () => SENTENCES[next() % SENTENCES.length]).join(' '));
    writeFileSync(path.join(dir, `report-${String(d).padStart(2, '0')}.txt`), `${paragraphs.join('\n\n')}\n`);
  }
  writeFileSync(path.join(dir, 'zz-empty.txt'), '');
}

/** Every file of an output folder a reader uses, by relative path; the manifest without run ids. */
export function outputSnapshot(output: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(output, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.') || e.name === 'runs.jsonl') continue;
      if (e.isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(output, child), 'utf8');
    }
  };
  walk('');
  const m = JSON.parse(out['manifest.json']);
  out['manifest.json'] = JSON.stringify({ ...m, inputs: m.inputs.map(({ run: _r, ...rest }: { run: string }) => rest) });
  return out;
}

/** Journal entries written so far: how far a run has come. */
export const entriesDone = (output: string) => (existsSync(path.join(output, '.state', 'done')) ? readdirSync(path.join(output, '.state', 'done')).length : 0);
