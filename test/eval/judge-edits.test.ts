import { describe, expect, it } from 'vitest';
import { readsAsTruth } from '../../src/eval/judge-edits.js';

type Case = [before: string, after: string, truth: string, expected: boolean];

describe('an edit that writes the reading of a true text which keeps its layout is neither right nor wrong', () => {
  const cases: Case[] = [
    // the truth keeps a printed line-end hyphen
    ['atten dant', 'attendant', 'atten- dant', true],
    ['ar rangement', 'arrangement', 'ar- rangement', true],
    // the truth keeps a word the source PDF split
    ['cl imate', 'climate', 'cl imate', true],
    ['r egional', 'regional', 'r egional', true],
    // a wrong join stays wrong: two words in the truth, or another text
    ['in to', 'into', 'in to', false],
    ['reas on', 'reason', 'areas on', false],
    ['activa tor', 'activator', 'action for', false],
    // a misreading is no layout
    ['tions', 'lions', 'tions', false],
  ];
  it.each(cases)('%j -> %j against %j: %s', (before, after, truth, expected) => {
    expect(readsAsTruth(before, after, truth)).toBe(expected);
  });
});
