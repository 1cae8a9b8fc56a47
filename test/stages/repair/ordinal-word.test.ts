import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

const repaired = repairedAs;

describe('repair/ordinal-word', () => {
  it.each([
    ['at its fitth session, the Committee', 'at its fifth session, the Committee'],
    ['the Fitth United Nations Conference on the Least Developed Countries', 'the Fifth United Nations Conference on the Least Developed Countries'],
    ['Forticth session', 'Fortieth session'],
    ['its kighth special session', 'its eighth special session'],
    ['Official Records Seventicth Session', 'Official Records Seventieth Session'],
  ])('%s -> %s', (text, expected) => {
    const doc = repaired(text);
    expect(doc.text).toBe(expected);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });
});

describe('repair/ordinal-word negative cases', () => {
  it.each([
    // words before a session stay: they name or qualify it
    'the plenary session; the Council session; its annual session; a Youth Forum',
    // too far from any ordinal to read (`Feanth` was "Fourth")
    'the Feanth Committee and the Lieth Session',
    // nothing a number would count after it
    'the fitth paragraph',
    // a mark between the two
    'the fitth, session',
  ])('%s', (text) => expect(editsBy(repaired(text), 'repair/ordinal-word')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(repaired('at its fitth session', false).text).toBe('at its fitth session');
  });
});
