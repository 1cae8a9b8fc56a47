import { describe, expect, it } from 'vitest';
import { caseJoins, hyphenatedRuns } from '../../src/text/compounds.js';

describe('hyphenated runs of a text', () => {
  it('counts every run of a compound\'s parts', () => {
    const runs = hyphenatedRuns('the Under-Secretary-General and the Secretary-General');
    expect([...runs]).toEqual([['Under-Secretary', 1], ['Under-Secretary-General', 1], ['Secretary-General', 2]]);
  });
  it.each(['no compound here', '- a dash - alone', 'A-', '2006-2007'])('none in %j', (text) => expect(hyphenatedRuns(text).size).toBe(0));
});

describe('where a small letter meets a capital', () => {
  it.each([
    ['SecretaryGeneral', [[9, 'Secretary', 'General']]],
    ['Port-auPrince', [[7, 'au', 'Prince']]],
    ['Under-SecretaryGeneral/Executive', [[15, 'Secretary', 'General']]],
    ['neoNazi', [[3, 'neo', 'Nazi']]],
  ])('%s', (word, expected) => expect(caseJoins(word).map((j) => [j.at, j.left, j.right])).toEqual(expected));
  // all capitals, all small letters, a capital after a digit or a mark: no join
  it.each(['UNDP', 'report', 'G20Summit', 'e-Government', 'Mc'])('none in %s', (word) => expect(caseJoins(word)).toEqual([]));
});
