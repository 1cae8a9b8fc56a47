import { describe, expect, it } from 'vitest';
import { createOcrDistance, DEGRADED_CONFUSIONS } from '../../../src/text/ocr/distance.js';

const ocrDistance = createOcrDistance(DEGRADED_CONFUSIONS);

describe('ocrDistance', () => {
  const cases: [observed: string, word: string, low: number, high: number][] = [
    ['committee', 'committee', 0, 0],
    ['cornmittee', 'committee', 0.2, 0.5], // rn read for m
    ['clecided', 'decided', 0.2, 0.5], // cl read for d
    ['genetal', 'general', 0.5, 0.7], // r read as t on a degraded page
    ['comnittee', 'committee', 0.5, 0.7],
    ['xyzzy', 'committee', 8, 9],
  ];
  it.each(cases)('%s -> %s costs between %d and %d', (observed, word, low, high) => {
    const d = ocrDistance(observed, word);
    expect(d).toBeGreaterThanOrEqual(low);
    expect(d).toBeLessThanOrEqual(high);
  });

  it('never exceeds the plain edit distance', () => {
    expect(ocrDistance('abc', 'xyz')).toBeLessThanOrEqual(3);
    expect(ocrDistance('', 'word')).toBeCloseTo(4 * 0.9);
  });
});
