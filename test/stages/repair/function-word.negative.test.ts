import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, editsBy, inNoisyScan } from '../../helpers.js';

const ctx = createContext({ vocabulary: new Map<string, number>(), acronyms: new Set<string>(), bigrams: new Map<string, number>() });
// the context rules, which run first, off: what is left is this rule's own reading
const repair = createRepair({ rules: { 'repair/context-word': false, 'repair/rare-word-in-context': false, 'repair/function-word': true } });
const functionEdits = (text: string) => editsBy(repair(createDetectGarble()(docOf(text), ctx), ctx), 'repair/function-word');

/** Short tokens the rule must leave, even in a noisy scan. */
const KEPT: [why: string, sentence: string][] = [
  ['a word of its own', 'the land and aid of the region'],
  ['longer than any function word it is near: the shred of a longer word', 'the ies of the report'],
  ['more than one cheap confusion from any function word (`dhe`)', 'the report dhe Committee'],
  ['two readings its neighbours cannot choose between (`io`: `to` or `in`)', 'the change io the plan'],
  ['no neighbour is a known word', 'qzxvw ot qqvvx'],
  ['no known neighbour has been seen beside the reading', 'qzxvw ot chromatography'],
  ['another language', 'el informe ot la Comisión de la mujer'],
  // a rare word of three letters is its own rival: its neighbours must fit the function word far better
  ['a rare word its neighbours fit as well as the function word', 'the hill ere she arrived'],
  ['a word of three letters too common to be a misreading', 'the net income of the fund'],
];

describe('repair/function-word leaves', () => {
  it.each(KEPT)('%s: %s', (_, sentence) => expect(functionEdits(inNoisyScan(sentence))).toEqual([]));

  it('in a clean text, reads nothing', () => {
    expect(functionEdits('The report ot the Committee te the meeting was noted by the Assembly at its session in the city.')).toEqual([]);
  });

  it('the same sentence in a noisy scan is read (the cases above fail for their own reason)', () => {
    expect(functionEdits(inNoisyScan('the report ot the Committee'))).toEqual(['ot>of']);
  });

  it('reads a rare word of three letters as the function word its neighbours call for', () => {
    expect(functionEdits(inNoisyScan('the need tor data and the road map tor the Governments'))).toEqual(['tor>for', 'tor>for']);
  });
});
