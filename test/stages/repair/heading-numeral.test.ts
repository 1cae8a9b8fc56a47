import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

const intro = 'I. Introduction\n\n1. The present report is submitted pursuant to the resolution.\n\n';

describe('repair/heading-numeral', () => {
  it.each([
    ['a second stroke read as L', `${intro}IL Key developments\n\n2. The talks went on.`, `${intro}II. Key developments\n\n2. The talks went on.`],
    ['with its stop', `${intro}IL. Place and dates of the seminar`, `${intro}II. Place and dates of the seminar`],
    ['a comma for its stop', `${intro}IL, Abyei political developments`, `${intro}II. Abyei political developments`],
    ['as the first heading read', 'Report of the Secretary-General\n\nIl Overview of the modalities', 'Report of the Secretary-General\n\nII. Overview of the modalities'],
    ['the third, one stroke bent', `${intro}II. Place of the seminar\n\nIIL. Purpose of the seminar`, `${intro}II. Place of the seminar\n\nIII. Purpose of the seminar`],
    ['the third, one stroke dropped (after a heading II.)', `${intro}II. Place of the seminar\n\nIL. Purpose of the seminar`, `${intro}II. Place of the seminar\n\nIII. Purpose of the seminar`],
  ])('%s', (_, text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/heading-numeral')).toHaveLength(1);
  });

  it('reads a run of headings in order, each after the one it follows', () => {
    const doc = repairedAs(`${intro}IL. Place of the seminar\n\nIL. Purpose of the seminar\n\nIV. Agenda of the seminar`);
    expect(doc.text).toBe(`${intro}II. Place of the seminar\n\nIII. Purpose of the seminar\n\nIV. Agenda of the seminar`);
  });
});

describe('repair/heading-numeral negative cases', () => {
  it.each([
    // not at a paragraph's start, or no title after it
    'I. Introduction\n\nas the State of IL Key said',
    'I. Introduction\n\nIL\n\nKey developments',
    'I. Introduction\n\nIL 60601 Chicago',
    // after a numeral of three or more, two strokes are no numeral that follows
    'III. Findings\n\nIL Key developments',
    // a paragraph number, and a right numeral
    'I. Introduction\n\n11. The Committee met.\n\nII. Findings',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/heading-numeral')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('I. Introduction\n\nIL Key developments', false), 'repair/heading-numeral')).toEqual([]);
  });
});
