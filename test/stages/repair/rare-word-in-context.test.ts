import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, ocrDocOf, editsBy, inNoisyScan } from '../../helpers.js';

const ctx = createContext();
/** The profile judged from the text itself: a noisy scan is one. */
const judgedEdits = (text: string) => editsBy(createRepair()(createDetectGarble()(docOf(text), ctx), ctx), 'repair/rare-word-in-context');
const rareEdits = (text: string, asScan = true) =>
  editsBy(createRepair()(createDetectGarble()((asScan ? ocrDocOf : docOf)(text), ctx), ctx), 'repair/rare-word-in-context');

describe('repair/rare-word-in-context', () => {
  it.each([
    // a rare word of the spelling list between two clean words that ask for a function word
    ['the money was set aside tor the work of the office', ['tor>for']],
    ['the report was sent te the office in time', ['te>to']],
    // two readings (`of`, `at`): the neighbours choose
    ['the protection af the people was the aim', ['af>of']],
  ])('reads %s', (text, edits) => expect(rareEdits(text)).toEqual(edits));

  it('in a noisy scan, lets one clean neighbour decide where the other is misread, for a token with one reading', () => {
    expect(judgedEdits(inNoisyScan('the Council was able te qzxvtw the work')).slice(-1)).toEqual(['te>to']);
    // `af` reads as `of` or `at`: one neighbour does not choose between two readings
    expect(judgedEdits(inNoisyScan('the protection af qzxvtw rights'))).not.toContain('af>of');
    // outside a noisy scan both neighbours must be clean
    expect(rareEdits('the Council was able te qzxvtw the work')).toEqual([]);
  });
});

/** Tokens the rule must leave: words as printed, in born-digital text, beside punctuation or other languages. */
const KEPT: [why: string, text: string][] = [
  ['born-digital text keeps its words', 'the money was set aside tor the work'],
  ['a common word, whatever its neighbours prefer', 'they went to the hut of the guard'],
  ['punctuation glued to the token', 'the money was set aside tor, the work'],
  ['a neighbour that is no clean word', 'the money was 12 tor the work'],
  ['`et al`', 'as Smith et al reported for the work'],
  ['a capital: a name or an initial', 'the money was set aside Tor the work'],
];

describe('repair/rare-word-in-context leaves', () => {
  it.each(KEPT)('%s: %s', (why, text) => expect(rareEdits(text, !why.startsWith('born-digital'))).toEqual([]));
});
