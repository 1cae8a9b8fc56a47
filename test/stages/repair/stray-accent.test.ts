import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

describe('repair/stray-accent', () => {
  it.each([
    ['and thé king will come', 'and the king will come'],
    ['Thé king said we hâve come hère', 'The king said we have come here'],
    ['a véry gréât man', 'a very great man'],
  ])('%s', (text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });
});

describe('repair/stray-accent negative cases', () => {
  it.each([
    // rarer words have accented spellings of their own
    'a glass of rosé and her résumé',
    'the Ministère de la Défense and the Chargé d’affaires',
    // names and words of other languages
    'José Ramos-Horta met the delegates of Côte d’Ivoire',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/stray-accent')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('and thé king will come', false), 'repair/stray-accent')).toEqual([]);
  });
});
