import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, ocrDocOf, editsBy } from '../../helpers.js';

const ctx = createContext();
// `for`, `in`, `to`, `on`, `by` and `from` ten times, `the`, `of` and `and` more: the document's own counts
const BODY = 'The report of the Council and the work of the Committee and the Commission for peace in the region, sent to the Assembly on time by the Secretariat from Geneva. '.repeat(10);
const frequentEdits = (text: string, asScan = true) => {
  const doc = (asScan ? ocrDocOf : docOf)(`${BODY}${text}`);
  return editsBy(createRepair()(createDetectGarble()(doc, ctx), ctx), 'repair/frequent-word');
};

describe('repair/frequent-word', () => {
  it.each([
    ['political missions und offices', ['und>and']],
    ['the protection ef human rights', ['ef>of']],
    ['The purpose oF the seminar', ['oF>of']],
    ['exacerbated hy conflicts', ['hy>by']],
    ['increased modestly trom the start', ['trom>from']],
  ])('reads a token as the short word the document writes ten times as often: %s', (text, edits) => {
    expect(frequentEdits(text)).toEqual(edits);
  });

  // a scan that misreads a word everywhere: `trom` as often as `from`
  const MISREAD_EVERYWHERE = 'The report trom Geneva and the report trom Bangkok. '.repeat(12);
  it.each([
    // no spelling list has the token, and its reading is a function word of English
    ['increased trom the start', ['trom>from']],
  ])('reads a token no spelling list has as the function word it nearly is, however often the scan misreads it: %s', (text, edits) => {
    expect(frequentEdits(`${MISREAD_EVERYWHERE}${text}`).slice(-1)).toEqual(edits);
  });

  it.each([
    // two letters are as often a shred of a word: the document's counts must say
    ['two letters', 'the ts and the ts of the ts'],
    // a token the spelling list has (`tor`, a hill) is read only by the document's counts
    ['a word of the spelling list', 'the tor and the tor of the tor'],
  ])('leaves %s the scan writes as often as its reading: %s', (_, text) => {
    expect(frequentEdits(`${'The report is ready, it is late and it is done. '.repeat(3)}${'The report tor Geneva and the report for Bangkok. '.repeat(3)}${text}`)).toEqual([]);
  });

  it.each([
    ['a common word in its own right', 'at the end of the war'],
    ['a word of the spelling list, four letters long', 'the arid and semi-arid lands'],
    ['an abbreviation', 'the findings (cf. the annex) of the Council'],
    ['a contraction', "ai n't it tho' said the delegate"],
    ['a Roman numeral', 'under item (ii) of the agenda and item iv of the list'],
    ['half of a word a space split', 'migration da ta and the im prove ments'],
    ['another language', 'el informe de la Comisión und die Kommission'],
    ['a reading the document writes too seldom', 'as it wit hess and its ut most'],
    // `af` is one confusion from `of` and from `at`: the document's counts do not choose between readings
    ['two readings', 'the protection af human rights'],
  ])('leaves %s: %s', (_, text) => expect(frequentEdits(text)).toEqual([]));

  it('runs on OCR output only: born-digital text keeps its words', () => {
    expect(frequentEdits('political missions und offices', false)).toEqual([]);
  });
});
