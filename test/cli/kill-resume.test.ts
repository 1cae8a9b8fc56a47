import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
// The CLI as `npm test` builds it first (pretest): a real process, killed for real.
const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');

const SENTENCES = [
  'The Economic and Social Commission for Asia and the Pacific met in Bangkok on 3 May 2024.',
  'Delegates from Viet Nam, Fiji and Mongolia reviewed the regional roadmap for 2030.',
  'The secretariat of the United Nations Development Programme reported on disaster risk.',
  'The Committee on Statistics will hold its ninth session in December 2025 in Bangkok.',
  'Migration governance was discussed with the International Organization for Migration.',
];

/** A batch of reports made from a seed, so every run of the test has the same inputs. */
function batch(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let d = 0; d < n; d++) {
    const paragraphs = Array.from({ length: 60 }, () => Array.from({ length: 4 }, () => SENTENCES[next() % SENTENCES.length]).join(' '));
    writeFileSync(path.join(dir, `report-${String(d).padStart(2, '0')}.txt`), `${paragraphs.join('\n\n')}\n`);
  }
  writeFileSync(path.join(dir, 'zz-empty.txt'), '');
}

const args = (input: string, output: string) => [cli, 'run', '-q', '-i', input, '-o', output];
const done = (output: string) => (existsSync(path.join(output, '.state', 'done')) ? readdirSync(path.join(output, '.state', 'done')).length : 0);

/** Starts the CLI and SIGKILLs it once `when` holds (or lets it finish if it never does). */
function runAndKill(input: string, output: string, when: () => boolean): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args(input, output), { cwd: root, stdio: 'ignore' });
    let killed = false;
    const timer = setInterval(() => {
      if (!killed && when()) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', () => {
      clearInterval(timer);
      resolve(killed ? 'killed' : 'finished');
    });
  });
}

/** Every file of the output a reader uses, by relative path; the manifest without run ids. */
function snapshot(output: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(output, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.name === '.state' || e.name === 'runs.jsonl') continue;
      if (e.isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(output, child), 'utf8');
    }
  };
  walk('');
  const m = JSON.parse(out['manifest.json']);
  out['manifest.json'] = JSON.stringify({ ...m, inputs: m.inputs.map(({ run: _r, ...rest }: { run: string }) => rest) });
  return out;
}

describe('a run killed at any point resumes to the same output as a clean run', () => {
  it('SIGKILL while counting, after the first record, half-way and at the end; then a rerun', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'escap-kill-'));
    const input = path.join(dir, 'input');
    batch(input, 12);
    const clean = path.join(dir, 'clean');
    expect(spawnSync(process.execPath, args(input, clean), { cwd: root }).status).toBe(1);

    const output = path.join(dir, 'killed');
    const points: [string, () => boolean][] = [
      ['while counting', () => existsSync(path.join(output, 'INCOMPLETE'))],
      ['after the first record', () => done(output) >= 1],
      ['half-way', () => done(output) >= 7],
      ['with every input done', () => done(output) >= 13],
    ];
    const outcomes: string[] = [];
    for (const [, when] of points) outcomes.push(await runAndKill(input, output, when));
    // at least the first kills land inside the run (later ones may find it already finished)
    expect(outcomes.slice(0, 2)).toEqual(['killed', 'killed']);
    expect(existsSync(path.join(output, 'INCOMPLETE')) || outcomes.at(-1) === 'finished').toBe(true);

    const rerun = spawnSync(process.execPath, args(input, output), { cwd: root });
    expect(rerun.status).toBe(1);
    expect(snapshot(output)).toEqual(snapshot(clean));
    const left = readdirSync(output, { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('.tmp') || f.endsWith('INCOMPLETE'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toEqual({ inputs: 13, records: 12, rejected: 1, quarantined: 0 });
    expect(readdirSync(path.join(output, 'records')).length).toBe(12);
  }, 180_000);
});
