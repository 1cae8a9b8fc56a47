import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entriesDone, generatedBatch, outputSnapshot } from '../output-helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
// The CLI as `npm test` builds it first (pretest): a real process, killed for real.
const cli = path.join(root, 'dist', 'src', 'app', 'main.js');

const args = (input: string, output: string) => [cli, 'run', '-q', '-i', input, '-o', output];

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

describe('a run killed at any point resumes to the same output as a clean run', () => {
  it('SIGKILL while counting, after the first record, half-way and at the end; then a rerun', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'escap-kill-'));
    const input = path.join(dir, 'input');
    generatedBatch(input, 12);
    const clean = path.join(dir, 'clean');
    expect(spawnSync(process.execPath, args(input, clean), { cwd: root }).status).toBe(1);

    const output = path.join(dir, 'killed');
    const points: [string, () => boolean][] = [
      ['while counting', () => existsSync(path.join(output, 'INCOMPLETE'))],
      ['after the first record', () => entriesDone(output) >= 1],
      ['half-way', () => entriesDone(output) >= 7],
      ['with every input done', () => entriesDone(output) >= 13],
    ];
    const outcomes: string[] = [];
    for (const [, when] of points) outcomes.push(await runAndKill(input, output, when));
    // at least the first kills land inside the run (later ones may find it already finished)
    expect(outcomes.slice(0, 2)).toEqual(['killed', 'killed']);
    expect(existsSync(path.join(output, 'INCOMPLETE')) || outcomes.at(-1) === 'finished').toBe(true);

    const rerun = spawnSync(process.execPath, args(input, output), { cwd: root });
    expect(rerun.status).toBe(1);
    expect(outputSnapshot(output)).toEqual(outputSnapshot(clean));
    const left = readdirSync(output, { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('.tmp') || f.endsWith('INCOMPLETE'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toEqual({ inputs: 13, records: 12, rejected: 1, quarantined: 0 });
    expect(readdirSync(path.join(output, 'records')).length).toBe(12);
  }, 180_000);
});
