import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../src/pipeline/stages.js';
import { runCommand } from '../../src/cli/run-command.js';
import { recordSchema } from '../../src/record/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'batch');

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-batch-'));
  cpSync(fixtures, path.join(dir, 'input'), { recursive: true });
  writeFileSync(path.join(dir, 'pipeline.config.json'), JSON.stringify({ input: 'input', output: 'output' }));
  return dir;
}

const readRecord = (dir: string, stem: string) =>
  JSON.parse(readFileSync(path.join(dir, 'output', 'records', `${stem}.json`), 'utf8'));

describe('a mixed batch', () => {
  let dir: string;
  let code: number;
  const log: string[] = [];
  beforeAll(async () => {
    dir = setup();
    code = await runCommand({ config: path.join(dir, 'pipeline.config.json') }, (l) => log.push(l));
  });

  it('exits 1 because two inputs were rejected', () => expect(code).toBe(1));

  it('writes a valid record for each of the six readable files', () => {
    const records = readdirSync(path.join(dir, 'output', 'records')).sort();
    expect(records).toEqual([
      'clean-report.json', 'latex-residue.json', 'mojibake.json', 'utf16-bom.json', 'utf8-bom.json', 'windows-1252.json',
    ]);
    for (const f of records) expect(recordSchema.safeParse(readRecord(dir, f.replace('.json', ''))).success).toBe(true);
    const lines = readFileSync(path.join(dir, 'output', 'dataset.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
  });

  it('lists the binary and the empty file in errors.jsonl with a reason', () => {
    const errors = readFileSync(path.join(dir, 'output', 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { path: 'binary.txt', stage: 'decode', code: 'binary', message: expect.any(String) },
      { path: 'empty.txt', stage: 'decode', code: 'empty', message: expect.any(String) },
    ]);
  });

  const texts: [string, string, string][] = [
    ['windows-1252', 'The Commission’s report — adopted in São Paulo — was “welcomed” by the café owners.', 'windows-1252'],
    ['utf16-bom', 'The Ministry of Justice of the Republic of Korea hosted the meeting in Seoul.', 'utf-16le-bom'],
    ['utf8-bom', 'General Assembly resolution 52/211 B of 19 December 1997.', 'utf-8-bom'],
    ['mojibake', 'The Commission’s delegates met in São Paulo.', 'utf-8'],
    ['latex-residue', 'The meeting was organized by the Ministry of Justice.', 'utf-8'],
  ];
  it.each(texts)('%s reads as clean text', (stem, text, encoding) => {
    const rec = readRecord(dir, stem);
    expect(rec.text).toBe(text);
    expect(rec.source.encoding).toBe(encoding);
  });

  it('the clean report is reflowed and dehyphenated, with offsets back to the input', () => {
    const rec = readRecord(dir, 'clean-report');
    expect(rec.text).toContain('to review the development of regional cooperation.');
    const original = readFileSync(path.join(fixtures, 'clean-report.txt'), 'utf8');
    const repair = rec.repairs.find((r: { rule: string }) => r.rule === 'normalise/dehyphenate');
    expect(original.slice(repair.source.start, repair.source.end)).toBe(repair.from);
  });

  it('writes a manifest with version, config hash, per-input sha256, counts and stages', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    expect(manifest.tool.name).toBe('escap-pipeline');
    expect(manifest.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.counts).toEqual({ inputs: 8, records: 6, rejected: 2, quarantined: 0 });
    expect(manifest.inputs.map((i: { sha256: string }) => i.sha256)).toSatisfy((xs: string[]) => xs.every((x) => /^[0-9a-f]{64}$/.test(x)));
    expect(manifest.stages).toEqual(STAGE_NAMES);
  });

  it('a second run writes byte-identical output', async () => {
    const snapshot = (d: string) => ['dataset.jsonl', 'errors.jsonl', 'manifest.json', 'records/mojibake.json']
      .map((f) => readFileSync(path.join(d, 'output', f), 'utf8'));
    const first = snapshot(dir);
    const again = await runCommand({ config: path.join(dir, 'pipeline.config.json') }, () => {});
    expect(again).toBe(1);
    expect(snapshot(dir)).toEqual(first);
  });

  it('exits 2 on a bad config and writes nothing', async () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'escap-bad-'));
    writeFileSync(path.join(bad, 'pipeline.config.json'), JSON.stringify({ stages: { normalise: { nope: 1 } } }));
    const lines: string[] = [];
    expect(await runCommand({ config: path.join(bad, 'pipeline.config.json') }, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('nope');
    expect(readdirSync(bad)).toEqual(['pipeline.config.json']);
  });

  it('exits 0 when every input produced a record, and drops stale records of removed inputs', async () => {
    const d = setup();
    for (const f of ['binary.txt', 'empty.txt']) writeFileSync(path.join(d, 'input', f), 'Now readable text.');
    expect(await runCommand({ config: path.join(d, 'pipeline.config.json') }, () => {})).toBe(0);
    writeFileSync(path.join(d, 'input', 'binary.txt'), '');
    expect(await runCommand({ config: path.join(d, 'pipeline.config.json') }, () => {})).toBe(1);
    expect(readdirSync(path.join(d, 'output', 'records'))).not.toContain('binary.json');
  });
});
