import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

const repaired = repairedAs;

describe('repair/month-name', () => {
  it.each([
    // a day before it
    ['From 28 Qotoher to 4 November, the delegation', 'From 28 October to 4 November, the delegation'],
    ['adopted on 3 Aprit, the plan', 'adopted on 3 April, the plan'],
    // a year after it
    ['in Septeraber 2024 the Council', 'in September 2024 the Council'],
    ['since Febroary 2025, and', 'since February 2025, and'],
    // four letters or fewer: a day before and a year after
    ['on 12 Jone 2025 the Mission', 'on 12 June 2025 the Mission'],
  ])('%s -> %s', (text, expected) => {
    const doc = repaired(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/month-name').length).toBeGreaterThan(0);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });
});

describe('repair/month-name negative cases', () => {
  it.each([
    // words of the lexicon stay, even in a date's place
    'the 5 Match 2024 results and 3 Members 2025',
    // no day before and no year after
    'the Qotoher plan and an Aprit meeting',
    // four letters with one side of a date only
    'on 12 Jone the Mission; in Jone 2025',
    // as near to two months: no choice
    'on 3 Necember 2024, the Council',
    // after a bracket, no month
    'Goal 8 (Decemt work and economic growth)',
    // months spelt right
    'on 3 October 2024 and in March 2025',
  ])('%s', (text) => expect(editsBy(repaired(text), 'repair/month-name')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repaired('From 28 Qotoher to 4 November', false), 'repair/month-name')).toEqual([]);
  });
});
