import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
// Worker threads load compiled modules: this runs the CLI as `npm test` builds it first (pretest).
const cli = path.join(root, 'dist', 'src', 'app', 'main.js');

function freshInput(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-workers-'));
  cpSync(path.join(here, '..', 'fixtures', 'batch'), path.join(dir, 'input'), { recursive: true });
  return dir;
}

function run(workers: string, dir = freshInput()) {
  let code = 0;
  try {
    execFileSync(process.execPath, [cli, 'run', '-q', '-i', path.join(dir, 'input'), '-o', path.join(dir, 'output'), '-w', workers], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    code = (e as { status: number }).status;
  }
  const read = (f: string) => readFileSync(path.join(dir, 'output', f), 'utf8');
  const manifest = JSON.parse(read('manifest.json'));
  const left = readdirSync(path.join(dir, 'output')).filter((f) => f.includes('.tmp'));
  return { code, dataset: read('dataset.jsonl'), errors: read('errors.jsonl'), configHash: manifest.configHash, counts: manifest.counts, left };
}

describe('worker threads', () => {
  it('two threads write the same dataset as one', () => {
    const one = run('1');
    const two = run('2');
    expect(two.code).toBe(one.code);
    expect(two.counts).toEqual({ inputs: 8, records: 6, rejected: 2, quarantined: 0 });
    expect(two.dataset).toBe(one.dataset);
    expect(two.errors).toBe(one.errors);
    expect(two.configHash).toBe(one.configHash);
    expect(two.left).toEqual([]);
  }, 60_000);

  it('a rerun in threads after one input changed gives what one thread gives from scratch', () => {
    const dir = freshInput();
    run('2', dir);
    const changed = path.join(dir, 'input', 'clean-report.txt');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nThe Commission met again in Bangkok on 3 May 2024.\n`);
    const again = run('2', dir);
    const scratch = freshInput();
    writeFileSync(path.join(scratch, 'input', 'clean-report.txt'), readFileSync(changed));
    expect(again.dataset).toBe(run('1', scratch).dataset);
    expect(again.dataset).toContain('Bangkok on 3 May 2024');
    expect(again.left).toEqual([]);
  }, 60_000);

  it('refuses a thread count that is no whole number', () => {
    expect(() => execFileSync(process.execPath, [cli, 'run', '-w', 'many'], { cwd: root, stdio: 'pipe' })).toThrow(/workers/);
  });
});
