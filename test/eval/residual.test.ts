import { describe, expect, it } from 'vitest';
import { emptyResidual, residualCounts, type ResidualCounts } from '../../src/eval/residual.js';

type Case = [name: string, output: string, truth: string, expected: Partial<ResidualCounts>];

describe("a cleaned text's remaining errors, by kind, in characters", () => {
  const cases: Case[] = [
    ['nothing left', 'The Committee met in Bangkok.', 'The Committee met in Bangkok.', {}],
    // a line the scan cut off: each true word and its space (and the stop now on `met.`)
    ['words the scan lost', 'The Committee met.', 'The Committee met in Bangkok today.', { lost: 3 + 8 + 7, marks: 1 }],
    ['a shred the scan added', 'The Committee ~~ met in Bangkok.', 'The Committee met in Bangkok.', { extra: 3 }],
    ['a misread letter', 'The Cornmittee met in Bangkok.', 'The Committee met in Bangkok.', { letters: 2 }],
    ['a misread digit', 'on 3 May 2O24.', 'on 3 May 2024.', { digits: 1 }],
    ['punctuation and case alone', 'the Committee met, in Bangkok', 'The Committee met in Bangkok.', { marks: 3 }],
  ];
  it.each(cases)('%s', (_, output, truth, expected) => {
    expect(residualCounts(output, truth, emptyResidual())).toEqual({ ...emptyResidual(), ...expected });
  });

  it('adds to the counts it is given: one table over a set', () => {
    const into = emptyResidual();
    residualCounts('The Cornmittee met.', 'The Committee met.', into);
    residualCounts('on 3 May 2O24.', 'on 3 May 2024.', into);
    expect(into).toEqual({ ...emptyResidual(), letters: 2, digits: 1 });
  });
});
