import { createContext } from '../../../src/core/stage.js';
import { describe, expect, it } from 'vitest';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, inNoisyScan, editsBy } from '../../helpers.js';

const batch = {
  vocabulary: new Map([['committee', 5], ['assembly', 5], ['territories', 3]]),
  acronyms: new Set(['UNSMA']),
  bigrams: new Map<string, number>(),
};
const ctx = createContext(batch);
const detect = createDetectGarble();
const repair = createRepair();
const run = (text: string) => repair(detect(docOf(text), ctx), ctx);
const farEdits = (text: string) => editsBy(run(text), 'repair/far-word');


describe('repair/far-word', () => {
  const cases: [sentence: string, expected: string][] = [
    ['The Conimuttee met.', 'Conimuttee>Committee'],
    ['the Genetal debate decided', 'Genetal>General'],
    ['the Leriiteries concerned', 'Leriiteries>Territories'],
    ['INTERESTS WHICH IMPEDE THE FORLIGN POWERS', 'FORLIGN>FOREIGN'],
    ['its Octobe report to the Committee', 'Octobe>October'],
    // two forms of one word too close by score: the printed ending chooses
    ['at two sessiems of the Committee', 'sessiems>sessions'],
    ['the Govemments concerned', 'Govemments>Governments'],
    ['the eonferences were held', 'eonferences>conferences'],
    // ordinals, though subtitles hardly say them (before a session, repair/ordinal-word reads them first)
    ['in its Seventicth year of work', 'Seventicth>Seventieth'],
    ['marking the Fiftleth anniversary', 'Fiftleth>Fiftieth'],
  ];
  it.each(cases)('in a noisy scan, %j gets %j', (sentence, expected) => {
    expect(farEdits(inNoisyScan(sentence))).toContain(expected);
  });

  it('writes the reading with both offsets', () => {
    const doc = run(inNoisyScan('The Conimuttee met.'));
    const edit = doc.edits.find((e) => e.from === 'Conimuttee')!;
    expect(doc.text.slice(edit.start, edit.end)).toBe('Committee');
    expect(doc.original.slice(edit.source.start, edit.source.end)).toBe('Conimuttee');
  });

  it('does nothing in a clean text', () => {
    const text = 'The Conimuttee met at the Genetal Assembly in New York to discuss the Leriiteries of the region and what they need.';
    expect(farEdits(text)).toEqual([]);
  });

  it('is off when farDistance is 0', () => {
    const off = createRepair({ farDistance: 0 });
    const doc = off(detect(docOf(inNoisyScan('The Conimuttee met.')), ctx), ctx);
    expect(doc.edits.filter((e) => e.rules.includes('repair/far-word'))).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => createRepair({ farDistance: 1 })).toThrow(TypeError);
    expect(() => createRepair({ farDistance: -0.1 })).toThrow(TypeError);
    expect(() => createRepair({ farMargin: -1 })).toThrow(TypeError);
  });
});
