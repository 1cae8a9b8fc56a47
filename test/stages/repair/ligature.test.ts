import { describe, expect, it } from 'vitest';
import { editsBy, inNoisyScan, repairedAs } from '../../helpers.js';

const repaired = repairedAs;

describe('repair/ligature', () => {
  it.each([
    ['the uctuations of the market', 'the fluctuations of the market'],
    ['a reective surface was built', 'a reflective surface was built'],
    ['the deciency of the plan', 'the deficiency of the plan'],
    // a capital keeps its place
    ['Oicial Records of the meeting', 'Official Records of the meeting'],
  ])('%s -> %s', (text, expected) => {
    const doc = repaired(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/ligature').length).toBe(1);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });

  // longer words show the scan drops ligatures: then short tokens lost one too
  const dropsLigatures = 'The oicers were condent of the reective report. ';
  it.each([
    [`${dropsLigatures}The rst meeting.`, 'The first meeting.'],
    [`${dropsLigatures}See gure 2 on the oor.`, 'See figure 2 on the floor.'],
  ])('%s', (text, expectedEnd) => {
    const doc = repaired(text);
    expect(doc.text.endsWith(expectedEnd)).toBe(true);
  });
});

describe('repair/ligature negative cases', () => {
  it.each([
    // shorter than five letters: as often a shred (`bers` of `members`)
    'the bers of the board and the ight home',
    // a piece of a longer word the document writes: the layout cut it off
    'the attention of the atten council',
    // known words stay
    'the nation and the ration; the lighting of the site',
  ])('%s', (text) => expect(editsBy(repaired(text), 'repair/ligature')).toEqual([]));

  it('reads a short token only where a longer word shows lost ligatures, and only as a common word', () => {
    expect(editsBy(repaired('The officers were there. The rst meeting.'), 'repair/ligature')).toEqual([]);
    expect(editsBy(repaired('The oicers were there. The rst meeting.'), 'repair/ligature')).toEqual(['oicers>officers', 'rst>first']);
    // `ber` would be `fiber`, a rare word: as often the end of `member` or `number`
    const rare = repaired('The oicers were condent of the reective report. The ber was cut.');
    expect(rare.text).toContain('The ber was cut.');
  });

  it('in a noisy scan, reads only between two known words', () => {
    // (judged as normalise would: the helper's text makes a noisy scan)
    expect(editsBy(repaired(inNoisyScan('qrxtv uctuations zzkp.'), false), 'repair/ligature')).toEqual([]);
    expect(editsBy(repaired(inNoisyScan('the uctuations of the market.'), false), 'repair/ligature')).toHaveLength(1);
  });

  it('runs on OCR output only', () => {
    expect(editsBy(repaired('the uctuations of the market', false), 'repair/ligature')).toEqual([]);
  });
});
