import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffOutputs } from '../../src/audit/diff.js';
import { readOutputFolder } from '../../src/audit/read-output.js';
import { diffCommand, diffTable } from '../../src/cli/diff-command.js';

const span = (start: number, end: number) => ({ start, end, source: { start, end } });

/** An output folder with a manifest and the given records (the fields a diff reads). */
function folder(records: Record<string, Record<string, unknown> | { status: string; sha256?: string }>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-diff-'));
  mkdirSync(path.join(dir, 'records'));
  const inputs = Object.entries(records).map(([id, r]) => {
    const status = 'status' in r ? String(r.status) : 'record';
    if (status === 'record') writeFileSync(path.join(dir, 'records', `${id}.json`), JSON.stringify(r));
    return { path: `${id}.txt`, id, sha256: ('sha256' in r ? String(r.sha256) : 'a'.repeat(64)), status };
  });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ inputs }));
  return dir;
}

const base = {
  text: 'The Committee met in Bangkok on 3 May 2024.',
  repairs: [{ ...span(4, 13), from: 'Cornmittee', to: 'Committee', rule: 'repair/word' }],
  dates: [{ ...span(32, 42), text: '3 May 2024', value: '2024-05-03', producers: ['chrono'] }],
  places: [{ ...span(21, 28), text: 'Bangkok', name: 'Bangkok', kind: 'city', producers: ['gazetteer'] }],
  organisations: [], events: [],
};

describe('diff between two output folders', () => {
  it('the same records are no difference: exit 0', () => {
    const lines: string[] = [];
    expect(diffCommand(folder({ a: base }), folder({ a: base }), {}, (s) => lines.push(s), () => {})).toBe(0);
    expect(lines.join('')).toMatch(/0 added, 0 removed, 0 changed, 1 unchanged/);
  });

  it('documents added and removed, entities gained, lost and changed, repairs added and removed', () => {
    const changed = {
      ...base,
      text: 'The Committee met in Bangkok on 4 May 2024.',
      repairs: [],
      dates: [{ ...span(32, 42), text: '4 May 2024', value: '2024-05-04', producers: ['chrono'] }],
      places: [],
      organisations: [{ ...span(4, 13), text: 'Committee', name: 'Committee', producers: ['head-noun'] }],
    };
    const d = diffOutputs(readOutputFolder(folder({ a: base, gone: base })), readOutputFolder(folder({ a: changed, fresh: base })));
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    const a = d.documents.find((x) => x.id === 'a')!;
    expect(a.textChange).toBeCloseTo(1 / base.text.length);
    expect(a.repairs!.removed.map((r) => r.to)).toEqual(['Committee']);
    expect(a.entities!.dates.changed.map((c) => [c.old.value, c.new.value])).toEqual([['2024-05-03', '2024-05-04']]);
    expect(a.entities!.places.lost.map((p) => p.name)).toEqual(['Bangkok']);
    expect(a.entities!.organisations.gained.map((o) => o.name)).toEqual(['Committee']);
    expect(diffTable(d)).toMatch(/a\s+changed.*\+0 -1.*~1/s);
  });

  it('a document that became rejected, and one whose input changed, are changed', () => {
    const d = diffOutputs(readOutputFolder(folder({ a: base, b: base })), readOutputFolder(folder({ a: { status: 'rejected' }, b: { ...base, sha256: 'b'.repeat(64) } })));
    expect(d.documents.map((x) => [x.id, x.status, x.outcome.new, x.inputChanged])).toEqual([['a', 'changed', 'rejected', false], ['b', 'changed', 'record', true]]);
    // offsets into two different originals do not compare: no entity or repair changes are claimed
    expect(d.documents[1].entities).toBeUndefined();
  });

  it('a folder that is no output is exit 2, naming it', () => {
    const log: string[] = [];
    const empty = mkdtempSync(path.join(tmpdir(), 'escap-diff-none-'));
    expect(diffCommand(empty, folder({ a: base }), {}, () => {}, (l) => log.push(l))).toBe(2);
    expect(log.join('')).toContain(empty);
  });
});
