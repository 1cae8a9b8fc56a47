import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { createContext, forDocument } from '../../src/core/stage.js';
import { unmetered, WorkMeter } from '../../src/core/work.js';
import { buildPipeline } from '../../src/pipeline/build.js';
import { docFromBytes, runSteps, validateDoc } from '../../src/pipeline/document.js';
import { processDocs } from '../../src/pipeline/run.js';

const pipeline = buildPipeline(parseConfig({}));

/**
 * The most work any one character may cost, by the meter's units: a word is read whole only up to
 * 24 letters (about 1,500 units a letter for its variants), and far readings up to the same
 * length (about 2,000). A path whose enumeration grows with the length of a token or a line
 * would cost more per character the longer the text, and break this bound.
 */
const MAX_WORK_PER_CHAR = 2_500;

const letters = 'etaoinshrdlucmfwypvbgkqjxz';
// Sentences weigh most, so that many texts read as clean reports: the rules that read every
// unknown word run only there, and a hostile token must meet them.
const piece = fc.oneof(
  // sentences of a report
  { weight: 8, arbitrary: fc.constantFrom('The Committee met in Bangkok on 3 May 2024.', 'Delegates of Viet Nam and Fiji reviewed the Regional Roadmap.', 'See A/RES/70/1, para. 12.') },
  // made-up words a bad scan is full of, up to thirty letters
  fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 3, maxLength: 30 }).map((ix) => ix.map((i) => letters[i]).join('')),
  // long tokens and runs of one character
  fc.tuple(fc.constantFrom('a', 'x', 'Q', 'é', '1', '.', '-', "'"), fc.integer({ min: 25, max: 20_000 })).map(([c, n]) => c.repeat(n)),
  // e-mail-like and path-like chains
  fc.tuple(fc.constantFrom('@', '/', '.', '@b.', 'A/', 'www.'), fc.integer({ min: 10, max: 5_000 })).map(([c, n]) => `a${c.repeat(n)}`),
  // a long line: sentences with no line break
  fc.integer({ min: 100, max: 1_000 }).map((n) => 'The Commission met in Geneva on 4 May 2024. '.repeat(n)),
);
const hostile = fc.array(fc.tuple(piece, fc.constantFrom(' ', '\n', '\n\n', ', ')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

function workOf(text: string, meter: WorkMeter) {
  const doc = docFromBytes('hostile.txt', new TextEncoder().encode(text));
  const ctx = forDocument(createContext(), meter);
  return runSteps(runSteps(doc, pipeline.before, ctx), pipeline.after, ctx);
}

describe('work is bounded per character on any text', () => {
  it('generated hostile texts cost at most a fixed amount of work per character, and become records', () => {
    fc.assert(fc.property(hostile, (text) => {
      // a meter with the bound as its limit: a path that breaks it stops there rather than run on
      const meter = new WorkMeter(MAX_WORK_PER_CHAR * text.length);
      const doc = workOf(text, meter);
      expect(doc.rejected).toBeUndefined();
      expect(meter.exhausted).toBe(false);
      expect('record' in validateDoc({ ...doc, sha256: 'a'.repeat(64) })).toBe(true);
    }), { numRuns: 25, seed: 20261130 });
  }, 120_000);

  it('a noisy scan of unknown eight-letter words, among the costliest texts per character, stays within the bound', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => Array.from({ length: 8 }, (_, j) => letters[(i * 7 + j * 13 + ((i * j) % 5)) % 26]).join('')).join(' ');
    const meter = unmetered();
    workOf(text, meter);
    expect(meter.spent / text.length).toBeGreaterThan(100);
    expect(meter.spent / text.length).toBeLessThanOrEqual(MAX_WORK_PER_CHAR);
  }, 60_000);
});

describe('the per-document work budget', () => {
  const NOISY = Array.from({ length: 400 }, (_, i) => ['Tbe', 'Cornrnittee', 'rnet', 'Bangkck', 'Gcneral', 'Asscmbly', 'resolutiou', 'Sccretariat'][i % 8]).join(' ');

  it('stops the costly stages where it runs out, says so, and the record is still written', () => {
    const doc = workOf(NOISY, new WorkMeter(20_000));
    const messages = doc.messages.filter((m) => m.ruleId === 'work-budget');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', stage: expect.stringMatching(/^(detect-garble|repair)$/) });
    expect('record' in validateDoc({ ...doc, sha256: 'a'.repeat(64) })).toBe(true);
  });

  it('a document within its budget has no such message', () => {
    expect(workOf(NOISY, unmetered()).messages.filter((m) => m.ruleId === 'work-budget')).toEqual([]);
  });

  it('where a document stops does not depend on what the batch read before it', () => {
    const small = buildPipeline(parseConfig({ workBudget: { base: 0, perByte: 40 } }));
    const bytes = (t: string) => new TextEncoder().encode(t);
    const [alone] = processDocs([docFromBytes('a.txt', bytes(NOISY))], small);
    const [, after] = processDocs([docFromBytes('b.txt', bytes(`${NOISY} ${NOISY}`)), docFromBytes('a.txt', bytes(NOISY))], small);
    expect(alone.messages.some((m) => m.ruleId === 'work-budget')).toBe(true);
    // the batch context differs (b's words are counted too), so compare where the meter ran out and what it left
    expect(after.messages.filter((m) => m.ruleId === 'work-budget')).toEqual(alone.messages.filter((m) => m.ruleId === 'work-budget'));
  });
});
