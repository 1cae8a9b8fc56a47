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
