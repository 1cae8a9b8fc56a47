import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { removeStaleTemporaries } from '../../src/io/guards.js';
import { buildPipeline } from '../../src/pipeline/build.js';
import { docFromBytes, perDocumentStages } from '../../src/pipeline/document.js';
import { createSpill, removeSpill, takeSpilled, writeSpilled } from '../../src/pipeline/spill.js';
import { createContext } from '../../src/core/stage.js';

const pipeline = buildPipeline(loadConfig(path.join(import.meta.dirname, '..', '..', 'pipeline.config.json')).config);
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s));
const firstPass = (rel: string, text: string) => perDocumentStages(docFromBytes(rel, bytesOf(text)), pipeline, createContext());

describe('pass-1 spill', () => {
  it('gives back the document pass 1 made, offset maps and all, whatever the text', () => {
    const spill = createSpill(mkdtempSync(path.join(tmpdir(), 'escap-spill-')));
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('a.txt', 'sub/b c.txt'), (text, rel) => {
      const first = firstPass(rel, `UNITED NATIONS\n\n${text}\n\nThe devel-\nopment of  the  region¹ was re-\nviewed.\f\n3\n`);
      writeSpilled(spill, first);
      const again = docFromBytes(rel, first.bytes);
      expect(takeSpilled(spill, { ...again, id: 'renamed' })).toEqual({ ...first, id: 'renamed' });
    }), { numRuns: 60 });
    removeSpill(spill);
  });

  it.each([
    ['the input changed since pass 1', 'a.txt', 'The Committee met in Bangkok.'],
    ['another input', 'b.txt', 'The Commission met in Geneva.'],
  ])('is not taken for %s, and pass 2 computes again', (_, rel, text) => {
    const spill = createSpill(mkdtempSync(path.join(tmpdir(), 'escap-spill-')));
    writeSpilled(spill, firstPass('a.txt', 'The Council met in Nairobi.'));
    expect(takeSpilled(spill, docFromBytes(rel, bytesOf(text)))).toBeUndefined();
    removeSpill(spill);
    expect(existsSync(spill.dir)).toBe(false);
  });

  it('a file is taken once: pass 2 removes it as it reads it', () => {
    const spill = createSpill(mkdtempSync(path.join(tmpdir(), 'escap-spill-')));
    const first = firstPass('a.txt', 'The Council met in Nairobi.');
    writeSpilled(spill, first);
    expect(takeSpilled(spill, docFromBytes('a.txt', first.bytes))).toBeDefined();
    expect(readdirSync(spill.dir)).toEqual([]);
    expect(takeSpilled(spill, docFromBytes('a.txt', first.bytes))).toBeUndefined();
  });

  it("a killed run's spill folder is removed by the next run's clean-up, other folders are not", () => {
    const output = mkdtempSync(path.join(tmpdir(), 'escap-spill-'));
    const spill = createSpill(output);
    writeSpilled(spill, firstPass('a.txt', 'The Council met in Nairobi.'));
    mkdirSync(path.join(output, 'records'));
    writeFileSync(path.join(output, 'records', 'a.json'), '{}\n');
    removeStaleTemporaries(output);
    expect(existsSync(spill.dir)).toBe(false);
    expect(readdirSync(path.join(output, 'records'))).toEqual(['a.json']);
  });
});
