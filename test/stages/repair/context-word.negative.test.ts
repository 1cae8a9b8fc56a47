import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, ocrDocOf, editsBy } from '../../helpers.js';

const ctx = createContext({ vocabulary: new Map<string, number>(), acronyms: new Set<string>(), bigrams: new Map([['ad hoc', 6]]) });
const scanned = (text: string) => createRepair()(createDetectGarble()(ocrDocOf(text), ctx), ctx);
const contextEdits = (text: string) => editsBy(scanned(text), 'repair/context-word');

/** Tokens the rule must leave in a scan: words of their own, numbers, list marks, names, other languages. */
const KEPT: [why: string, text: string][] = [
  ['a word of its own, whatever its neighbours prefer', 'an update and overall review on the institutional linkage'],
  ['a word of its own', 'the matter is not yet placed on its agenda to end the persistent conflict'],
  ['a number between words', 'from 11 to 15 December 2006 and on 10 and 11 February'],
  ['a list mark and a roman numeral', 'the Committee: (c) The seminar and iv the representative'],
  ['a single letter', 'the seminar n the room and s the other'],
  ['a capital inside a sentence is a name or an initial', 'the delegate of Ue said that Mr. Ot spoke'],
  ['another language', 'el informe de la Comisión sobre los derechos af la mujer'],
  ['punctuation after the token breaks its pair', 'the Granting af, Independence'],
  ['the batch writes the pair itself', 'the joint ad hoc committee'],
  ['neither neighbour has seen a reading', 'the zxq af qqv of'],
  // one neighbour alone decides nothing beside a number, a blank line or a word the list knows
  ['a number on the other side', 'in 2024 und the Committee'],
  ['a blank line on the other side', 'the report of th\n\nqzxvw the Committee'],
  ['a token the English list knows (`tor`), one side garbled', 'the qzxvw tor the Committee'],
  ['the rest of a word the line cut', 'Af- ter a long debate'],
  // a contraction's tail set apart, and a piece of a word the layout cut, are no misread words
  ["a contraction's tail", "and they 'll be here at five"],
  ['a piece that makes a common word with the word before it', 'the road lead ing from the town'],
];

describe('repair/context-word leaves', () => {
  it.each(KEPT)('%s: %s', (_, text) => expect(contextEdits(text)).toEqual([]));

  it('runs on OCR output only: born-digital text keeps its words', () => {
    const doc = createRepair()(createDetectGarble()(docOf('the Declaration on the Granting af Independence, as printed'), ctx), ctx);
    expect(doc.edits.filter((e) => e.rules.includes('repair/context-word'))).toEqual([]);
  });
});
