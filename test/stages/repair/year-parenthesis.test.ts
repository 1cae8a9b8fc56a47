import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

describe('repair/year-parenthesis', () => {
  it.each([
    ['the Charter of the United Nations (19451 nor the Declaration', 'the Charter of the United Nations (1945) nor the Declaration'],
    ['(United Nations publication, 20181, and others', '(United Nations publication, 2018), and others'],
    ['the Declaration of Human Rights 11948) contains no such reference', 'the Declaration of Human Rights (1948) contains no such reference'],
  ])('%s', (text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/year-parenthesis')).toHaveLength(1);
  });

  it('reads the parentheses it has read: the first closes what the second would see open', () => {
    const doc = repairedAs('the Charter (19451 nor the Declaration of Human Rights 11948) contain it');
    expect(doc.text).toBe('the Charter (1945) nor the Declaration of Human Rights (1948) contain it');
  });
});

describe('repair/year-parenthesis negative cases', () => {
  it.each([
    // no parenthesis open, or one already closed; a count with its closing mark; a year and its own marks
    'a total of 20181 cases were registered in the year',
    '(see annex) in 20241 households were surveyed',
    'the Declaration (1948) and 11948 other texts',
    '(a total of 20191) was reported',
    'the Council (document 11999) met',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/year-parenthesis')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('the Charter of the United Nations (19451 nor the Declaration', false), 'repair/year-parenthesis')).toEqual([]);
  });
});
