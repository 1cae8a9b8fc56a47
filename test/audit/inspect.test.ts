import { describe, expect, it } from 'vitest';
import { inspectDocument } from '../../src/audit/inspect.js';
import { parseConfig } from '../../src/config/load.js';
import { buildPipeline } from '../../src/pipeline/build.js';
import { docFromBytes } from '../../src/pipeline/document.js';
import { processDocs } from '../../src/pipeline/run.js';
import { inspectCommand } from '../../src/cli/inspect-command.js';

const pipeline = buildPipeline(parseConfig({}));
const TEXT = 'The Commission held its session in Bangkok on 3 May 2024 to review the develop-\nment of regional cooperation in Asia and the Pacific.\n';
const doc = () => docFromBytes('report.txt', new TextEncoder().encode(TEXT));

describe('inspect: one document, stage by stage', () => {
  const { steps, doc: done } = inspectDocument(doc(), pipeline);

  it('has a step for every stage that runs, in order', () => {
    expect(steps.map((s) => s.stage)).toEqual([...pipeline.before, ...pipeline.after].map((s) => s.name));
  });

  it('each edit is listed under the stage that made it, with offsets into the original', () => {
    const normalise = steps.find((s) => s.stage === 'normalise')!;
    const joined = normalise.edits.find((e) => e.rules.includes('normalise/dehyphenate'))!;
    expect(joined.from).toContain('-');
    expect(TEXT.slice(joined.source.start, joined.source.end)).toBe(joined.from);
    expect(steps.find((s) => s.stage === 'extract-dates')!.entities.dates.added.map((d) => d.text)).toEqual(['3 May 2024']);
    expect(steps.find((s) => s.stage === 'segment')!.edits).toEqual([]);
  });

  it('ends where a batch of this one document ends', () => {
    const [batch] = processDocs([doc()], pipeline);
    expect(done.text).toBe(batch.text);
    expect(done.entities).toEqual(batch.entities);
  });

  it('prints a readable account, or JSON', () => {
    const text: string[] = [];
    expect(inspectCommand('test/fixtures/batch/clean-report.txt', {}, (s) => text.push(s), () => {})).toBe(0);
    expect(text.join('')).toMatch(/## normalise: text \d+ characters/);
    const json: string[] = [];
    inspectCommand('test/fixtures/batch/clean-report.txt', { json: true }, (s) => json.push(s), () => {});
    expect(JSON.parse(json.join('')).map((s: { stage: string }) => s.stage)).toContain('repair');
  });

  it('a file that cannot be read is exit 2', () => {
    const log: string[] = [];
    expect(inspectCommand('test/fixtures/no-such-file.txt', {}, () => {}, (l) => log.push(l))).toBe(2);
    expect(log.join('')).toMatch(/no-such-file/);
  });
});
