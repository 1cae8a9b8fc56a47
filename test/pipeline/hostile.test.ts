import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { buildPipeline } from '../../src/pipeline/build.js';
import { docFromBytes, validateDoc } from '../../src/pipeline/document.js';
import { processDocs } from '../../src/pipeline/run.js';

const pipeline = buildPipeline(parseConfig({}));
const HOSTILE: [string, string][] = [
  ['an e-mail-like token of 2 KB', `Contact ${'a'.repeat(1000)}@${'b.'.repeat(500)} now.`],
  ['a 200 KB token with no space', 'x'.repeat(200_000)],
  ['a chain of slashes', 'A/'.repeat(20_000)],
  ['a run of one letter, 1 MB', 'a'.repeat(1_000_000)],
  ['a 1 MB line of sentences', 'The Committee met in Bangkok on 3 May 2024. '.repeat(23_000)],
];

describe('hostile texts still become records', () => {
  it.each(HOSTILE)('%s', (_name, text) => {
    const [doc] = processDocs([docFromBytes('hostile.txt', new TextEncoder().encode(text))], pipeline);
    expect(doc.rejected).toBeUndefined();
    const outcome = validateDoc({ ...doc, sha256: 'a'.repeat(64) });
    expect('record' in outcome).toBe(true);
  });

  it('a token too long to read is garbage by its length alone', () => {
    const [doc] = processDocs([docFromBytes('long.txt', new TextEncoder().encode(`Before ${'ab1'.repeat(1000)} after.`))], pipeline);
    expect(doc.garbled.map((g) => g.reasons)).toEqual([['long-token']]);
  });
});
