import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';
import { lockOutput } from '../../src/io/guards.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const config = path.join(root, 'pipeline.config.json');

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-guards-'));
  const input = path.join(dir, 'input');
  mkdirSync(input);
  writeFileSync(path.join(input, 'a.txt'), 'The Committee met in Bangkok on 3 May 2024.\n');
  writeFileSync(path.join(input, 'b.txt'), 'The Commission met in Geneva on 4 May 2024.\n');
  return { dir, input, output: path.join(dir, 'output') };
}

async function run(flags: { input: string; output: string; prune?: boolean }) {
  const lines: string[] = [];
  const code = await runCommand({ config, quiet: true, ...flags }, (l) => lines.push(l));
  return { code, log: lines.join('\n') };
}

const records = (output: string) => (existsSync(path.join(output, 'records')) ? readdirSync(path.join(output, 'records')).sort() : []);

describe('guards before work', () => {
  it('an empty input keeps the dataset and exits 2, unless --prune', async () => {
    const w = workspace();
    expect((await run(w)).code).toBe(0);
    expect(records(w.output)).toEqual(['a.json', 'b.json']);
    const empty = path.join(w.dir, 'empty');
    mkdirSync(empty);
    const refused = await run({ ...w, input: empty });
    expect(refused.code).toBe(2);
    expect(refused.log).toMatch(/input folder is empty.*--prune/);
    expect(records(w.output)).toEqual(['a.json', 'b.json']);
    expect((await run({ ...w, input: empty, prune: true })).code).toBe(0);
    expect(records(w.output)).toEqual([]);
  });

  it('a run that would remove most records stops; one that keeps most goes on', async () => {
    const w = workspace();
    for (const n of ['c', 'd', 'e']) writeFileSync(path.join(w.input, `${n}.txt`), `Report ${n} on the Committee.\n`);
    expect((await run(w)).code).toBe(0);
    const few = path.join(w.dir, 'few');
    mkdirSync(few);
    cpSync(path.join(w.input, 'a.txt'), path.join(few, 'a.txt'));
    expect((await run({ ...w, input: few })).code).toBe(2);
    expect(records(w.output)).toHaveLength(5);
    const most = path.join(w.dir, 'most');
    cpSync(w.input, most, { recursive: true });
    writeFileSync(path.join(most, 'e.txt'), '');
    expect((await run({ ...w, input: most })).code).toBe(1); // e is now empty: rejected, the rest kept
  });

  it('an output folder inside the input folder, or that is a file, stops the run before any work', async () => {
    const w = workspace();
    const inside = await run({ ...w, output: path.join(w.input, 'out') });
    expect(inside.code).toBe(2);
    expect(inside.log).toMatch(/inside the input folder/);
    expect(existsSync(path.join(w.input, 'out'))).toBe(false);
    const same = await run({ ...w, output: w.input });
    expect(same.code).toBe(2);
    const file = path.join(w.dir, 'a-file');
    writeFileSync(file, 'x');
    const notFolder = await run({ ...w, output: file });
    expect(notFolder.code).toBe(2);
    expect(notFolder.log).toMatch(/is a file/);
  });

  it('a second run on a locked output folder exits 2 naming the holder', async () => {
    const w = workspace();
    mkdirSync(w.output);
    const release = await lockOutput(w.output);
    try {
      const second = await run(w);
      expect(second.code).toBe(2);
      expect(second.log).toMatch(new RegExp(`in use by process ${process.pid}`));
    } finally {
      await release();
    }
    expect((await run(w)).code).toBe(0);
  });
});

describe('isolation per document', () => {
  it('a dangling link is a line in errors.jsonl; the rest of the batch gets its records', async () => {
    const w = workspace();
    symlinkSync(path.join(w.dir, 'gone.txt'), path.join(w.input, 'c.txt'));
    expect((await run(w)).code).toBe(1);
    expect(records(w.output)).toEqual(['a.json', 'b.json']);
    const errors = readFileSync(path.join(w.output, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([expect.objectContaining({ path: 'c.txt', stage: 'read', code: 'ENOENT' })]);
  });
});

describe('consistent outputs', () => {
  it('a run removes what a killed run left: temporary files and the INCOMPLETE mark', async () => {
    const w = workspace();
    mkdirSync(path.join(w.output, 'records'), { recursive: true });
    writeFileSync(path.join(w.output, 'records', '.a.json.0123456789ab.tmp'), 'half');
    writeFileSync(path.join(w.output, '.dataset.jsonl.ba9876543210.tmp'), 'half');
    writeFileSync(path.join(w.output, 'INCOMPLETE'), 'killed');
    expect((await run(w)).code).toBe(0);
    expect(readdirSync(w.output).sort()).toEqual(['.state', 'dataset.jsonl', 'errors.jsonl', 'manifest.json', 'records', 'runs.jsonl']);
    expect(records(w.output)).toEqual(['a.json', 'b.json']);
  });

  it('refuses a thread count beyond the config cap', async () => {
    const w = workspace();
    const lines: string[] = [];
    expect(await runCommand({ config, quiet: true, ...w, workers: '1000' }, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/from 1 to 64/);
  });

  it('finds pipeline.config.json beside the input folder when none is named', async () => {
    const w = workspace();
    writeFileSync(path.join(w.dir, 'pipeline.config.json'), JSON.stringify({ stages: { write: { pretty: false } } }));
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      const lines: string[] = [];
      expect(await runCommand({ quiet: true, input: w.input, output: w.output }, (l) => lines.push(l))).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    // the config found says records are written on one line
    expect(readFileSync(path.join(w.output, 'records', 'a.json'), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
