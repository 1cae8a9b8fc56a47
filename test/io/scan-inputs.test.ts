import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/io/files.js';
import { assignIds, scanInputs } from '../../src/io/scan-inputs.js';

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'escap-scan-'));
  mkdirSync(path.join(dir, 'sub'));
  for (const f of ['a.txt', 'B.TXT', 'notes.md', 'README', '.hidden.txt', 'sub/c.txt']) writeFileSync(path.join(dir, f), 'text\n');
  symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
  symlinkSync(path.join(dir, 'loop.txt'), path.join(dir, 'loop.txt'));
  symlinkSync(dir, path.join(dir, 'sub', 'back')); // a folder link back up: read once
  return dir;
}

describe('which files are inputs', () => {
  it('takes the configured extensions, lists the rest as skipped and unreadable links as problems', () => {
    const scan = scanInputs(folder(), ['.txt']);
    expect(scan.inputs).toEqual(['B.TXT', 'a.txt', 'sub/c.txt']);
    expect(scan.skipped).toEqual([
      { path: '.hidden.txt', reason: 'hidden' },
      { path: 'README', reason: 'extension not in .txt' },
      { path: 'notes.md', reason: 'extension not in .txt' },
    ]);
    expect(scan.problems.map((p) => [p.path, p.code])).toEqual([['dangling.txt', 'ENOENT'], ['loop.txt', 'ELOOP']]);
  });

  it('never gives two inputs one id', () => {
    const ids = assignIds(['report.TXT', 'report.txt', 'sub/x.txt'], stemOf);
    expect([...ids.values()]).toEqual(['report', 'report.txt', 'sub/x']);
    expect(new Set(ids.values()).size).toBe(3);
  });
});
