import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAuditSite } from '../../src/audit/build-site.js';
import { readOutputFolder } from '../../src/audit/read-output.js';
import { scoreOutput } from '../../src/audit/scores.js';
import { evalCommand } from '../../src/cli/eval-command.js';
import { runCommand } from '../../src/cli/run-command.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = path.join(here, '..', '..', 'pipeline.config.json');
const TRUTH = 'The Committee met in Bangkok on 3 May 2024 with delegates from Fiji.\n';
const SCAN = 'The Committee met in Bangkok on 3 May 2024 with delegates frorn Fiji.\n';

describe('scores of an output folder against gold files and true texts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'escap-scores-'));
    for (const d of ['input', 'gold', 'truth']) mkdirSync(path.join(dir, d));
    writeFileSync(path.join(dir, 'input', 'r1.txt'), SCAN);
    writeFileSync(path.join(dir, 'truth', 'r1.gt.txt'), TRUTH);
    // one right date, one place found and one missed (Geneva), no organisation in the gold
    writeFileSync(path.join(dir, 'gold', 'r1.gold.json'), JSON.stringify({
      doc: 'r1', dates: [{ value: '2024-05-03', variants: ['3 May 2024'] }],
      places: [{ name: 'Bangkok', variants: ['Bangkok'] }, { name: 'Fiji', variants: ['Fiji'] }, { name: 'Geneva', variants: ['Geneva'] }],
    }));
    await runCommand({ config, quiet: true, input: path.join(dir, 'input'), output: path.join(dir, 'output') }, () => {});
  }, 60_000);

  it('precision, recall and the misses per kind; the error rate before and after', () => {
    const s = scoreOutput(readOutputFolder(path.join(dir, 'output')), { input: path.join(dir, 'input'), gold: path.join(dir, 'gold'), truth: path.join(dir, 'truth') });
    const places = s.entities!.find((k) => k.kind === 'places')!;
    expect(places.counts).toMatchObject({ gold: 3, goldFound: 2 });
    expect(places.r).toBeCloseTo(2 / 3);
    expect(places.misses).toEqual([{ doc: 'r1', name: 'Geneva' }]);
    expect(s.entities!.find((k) => k.kind === 'dates')!.f).toBe(1);
    expect(s.cer!.before).toBeCloseTo(2 / TRUTH.trim().length);
    expect(s.cer!.after).toBeLessThanOrEqual(s.cer!.before);
  });

  it('eval prints the same in the terminal, and asks for gold or truth', () => {
    const out: string[] = [];
    expect(evalCommand({ output: path.join(dir, 'output'), input: path.join(dir, 'input'), gold: path.join(dir, 'gold'), config }, (s) => out.push(s), () => {})).toBe(0);
    expect(out.join('')).toMatch(/places\s+100\.0%\s+66\.7%/);
    const log: string[] = [];
    expect(evalCommand({ output: path.join(dir, 'output'), config }, () => {}, (l) => log.push(l))).toBe(2);
    expect(log.join('')).toMatch(/--gold/);
  });

  it('the audit index shows the scores, the misses linked, and the changes since an earlier output', async () => {
    await buildAuditSite({ output: path.join(dir, 'output'), input: path.join(dir, 'input'), gold: path.join(dir, 'gold'), truth: path.join(dir, 'truth'), against: path.join(dir, 'output') });
    const index = readFileSync(path.join(dir, 'output', 'audit', 'index.html'), 'utf8');
    expect(index).toMatch(/<a href="docs\/0.html">r1<\/a>: Geneva/);
    expect(index).toContain('Changes since');
    expect(index).toMatch(/0 added, 0 removed, 0 changed, 1 unchanged/);
    const page = readFileSync(path.join(dir, 'output', 'audit', 'docs', '0.html'), 'utf8');
    expect(page).toMatch(/<select id="rule-filter">.*extractor\/gazetteer/s);
  });
});
