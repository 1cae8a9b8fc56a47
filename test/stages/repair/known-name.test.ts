import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, ocrDocOf, editsBy } from '../../helpers.js';

const ctx = createContext();
const knownNameEdits = (text: string, asScan = true) => {
  const doc = (asScan ? ocrDocOf : docOf)(text);
  return editsBy(createRepair()(createDetectGarble()(doc, ctx), ctx), 'repair/known-name');
};

describe('repair/known-name', () => {
  it.each([
    ['a body, one word misread', 'The report of the Department of Economic and Social Aftairs was noted.', ['Aftairs>Affairs']],
    ['a body, two words misread in a long name', 'It thanked the Office of the United Natiens High Cornmissioner for Human Rights.', ['Natiens>Nations', 'Cornmissioner>Commissioner']],
    ['a country of two words', 'The delegation of Sri Lanka and of Saudi Arabla spoke.', ['Arabla>Arabia']],
    ['a heading in capitals', 'ECONOMIC AND SOCLAL COUNCIL', ['SOCLAL>SOCIAL']],
    ['a name written with its own comma', 'the United Nations Educational, Scientilic and Cultural Organization', ['Scientilic>Scientific']],
  ])('reads %s from its other words', (_, text, edits) => expect(knownNameEdits(text)).toEqual(edits));

  it("reads a name the document itself writes twice the same way", () => {
    const text = 'The Northern Farmers Party met. The Northern Farmers Party spoke. A complaint against the Northern Farrners Party was filed.';
    expect(knownNameEdits(text)).toEqual(['Farrners>Farmers']);
  });
});

describe('repair/known-name leaves', () => {
  it.each([
    // the odd word is a real one: another body, named like a known one
    ['a real word in its place', 'The Department of Economic and Social Development of the province met.'],
    // only a function word read right says nothing of the name (`The Netherlands`)
    ['a name whose only word read right is a function word', 'the uctuations of the market'],
    ['too many words misread', 'the Depctmant ot Ecanomie and Social Aftairs'],
    ['a word too far from the name', 'the Human Rights Cxqzvbl'],
    // a full stop ends the name: `Economic` starts a new sentence
    ['punctuation inside the run', 'the Department of Economic and Social; Aftairs were'],
  ])('%s: %s', (_, text) => expect(knownNameEdits(text)).toEqual([]));

  it.each([
    ['a name the document writes once', 'The Northern Farmers Party met. A complaint against the Northern Farrners Party was filed.'],
    // a lower-case token is no misread capitalised word of a name
    ['a lower-case token', 'The Northern Farmers Party met. The Northern Farmers Party spoke. It is a northern farrners party.'],
  ])('leaves %s: %s', (_, text) => expect(knownNameEdits(text)).toEqual([]));

  it('runs on OCR output only: born-digital text keeps its words', () => {
    expect(knownNameEdits('The report of the Department of Economic and Social Aftairs was noted.', false)).toEqual([]);
  });
});
