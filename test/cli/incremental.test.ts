import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'batch');

function workspace(config: object = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-incremental-'));
  cpSync(fixtures, path.join(dir, 'input'), { recursive: true });
  writeFileSync(path.join(dir, 'pipeline.config.json'), JSON.stringify({ input: 'input', output: 'output', ...config }));
  return dir;
}

async function run(dir: string, flags: { force?: boolean } = {}) {
  const lines: string[] = [];
  const code = await runCommand({ config: path.join(dir, 'pipeline.config.json'), quiet: true, ...flags }, (l) => lines.push(l));
  return { code, summary: lines.at(-1)! };
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, 'output', f), 'utf8');
const manifest = (dir: string) => JSON.parse(read(dir, 'manifest.json'));
const runs = (dir: string) => read(dir, 'runs.jsonl').trim().split('\n').map((l) => JSON.parse(l));
/** Everything a user reads, run ids aside. */
function dataset(dir: string) {
  const m = manifest(dir);
  const files = readdirSync(path.join(dir, 'output', 'records')).sort();
  return {
    dataset: read(dir, 'dataset.jsonl'),
    errors: read(dir, 'errors.jsonl'),
    records: files.map((f) => read(dir, `records/${f}`)),
    manifest: { ...m, inputs: m.inputs.map(({ run: _run, ...rest }: { run: string }) => rest) },
  };
}

describe('incremental runs', () => {
  it('a rerun with nothing changed processes nothing and writes the same bytes', async () => {
    const dir = workspace();
    const first = await run(dir);
    expect(first.summary).toMatch(/\(8 processed, 0 up to date\)/);
    const before = [read(dir, 'dataset.jsonl'), read(dir, 'errors.jsonl'), read(dir, 'manifest.json')];
    const again = await run(dir);
    expect(again.code).toBe(first.code);
    expect(again.summary).toMatch(/\(0 processed, 8 up to date\)/);
    expect([read(dir, 'dataset.jsonl'), read(dir, 'errors.jsonl'), read(dir, 'manifest.json')]).toEqual(before);
    expect(runs(dir).map((r) => r.processed.length)).toEqual([8, 0]);
  }, 60_000);

  it.each([
    ['deleted', (dir: string) => rmSync(path.join(dir, 'output', 'dataset.jsonl'))],
    // a run killed after its records and before its manifest leaves a dataset the manifest does not describe
    ['left by a run that did not finish', (dir: string) => {
      writeFileSync(path.join(dir, 'output', 'dataset.jsonl'), '{"stale": true}\n');
      const m = manifest(dir);
      writeFileSync(path.join(dir, 'output', 'manifest.json'), `${JSON.stringify({ ...m, inputs: m.inputs.slice(1) }, null, 2)}\n`);
    }],
  ])('an unchanged rerun keeps dataset.jsonl only where the manifest vouches for it: %s, it is streamed again', async (_, spoil) => {
    const dir = workspace();
    await run(dir);
    const before = read(dir, 'dataset.jsonl');
    spoil(dir);
    const again = await run(dir);
    expect(again.summary).toMatch(/\(0 processed, 8 up to date\)/);
    expect(read(dir, 'dataset.jsonl')).toBe(before);
  }, 60_000);

  it('the manifest names the run that wrote each record, and runs.jsonl when it ran', async () => {
    const dir = workspace();
    await run(dir);
    await run(dir);
    const [firstRun] = runs(dir);
    expect(new Set(manifest(dir).inputs.map((i: { run: string }) => i.run))).toEqual(new Set([firstRun.run]));
    expect(firstRun.finished).toMatch(/^\d{4}-\d\d-\d\dT/);
  }, 60_000);

  it('--force, a changed config or a changed input processes the batch again; the result is a full run\'s', async () => {
    const dir = workspace();
    await run(dir);
    expect((await run(dir, { force: true })).summary).toMatch(/\(8 processed, 0 up to date\)/);
    writeFileSync(path.join(dir, 'pipeline.config.json'), JSON.stringify({ input: 'input', output: 'output', stages: { 'extract-events': false } }));
    expect((await run(dir)).summary).toMatch(/\(8 processed, 0 up to date\)/);
    expect(read(dir, 'dataset.jsonl')).not.toContain('"events":[{');
    // a changed input changes the batch's vocabulary counts: every input is read again
    writeFileSync(path.join(dir, 'input', 'clean-report.txt'), 'The Commission met in Bangkok on 3 May 2024.\n');
    expect((await run(dir)).summary).toMatch(/\(8 processed, 0 up to date\)/);
    const fresh = workspace({ stages: { 'extract-events': false } });
    writeFileSync(path.join(fresh, 'input', 'clean-report.txt'), 'The Commission met in Bangkok on 3 May 2024.\n');
    await run(fresh);
    expect(dataset(dir)).toEqual(dataset(fresh));
  }, 90_000);
});
