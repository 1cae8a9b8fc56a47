import { describe, expect, it } from 'vitest';
import { introducesMeetingDetail } from '../../../src/stages/resolve-entities/refiners/meeting-gap.js';

const PLACES = ['Lusaka', 'Zambia', 'Quito', 'Ecuador', 'New York'];
/** Whether the words between `X` (a meeting's name) and `Z` (a date or place) introduce `Z` as when or where it met. */
const introduces = (gap: string) => {
  const text = `X${gap}Z`;
  const places = PLACES.flatMap((p) => { const i = text.indexOf(p); return i < 0 ? [] : [{ start: i, end: i + p.length }]; }).sort((a, b) => a.start - b.start);
  const dates = [...text.matchAll(/\d{1,2} \w+ \d{4}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return introducesMeetingDetail(text, 1, text.length - 1, dates, places);
};

describe('the words between a meeting and when or where it was held', () => {
  it.each([
    '', ', ', ' (', ' in ', ', held in ', ' which was held in Lusaka in ', ', to be held at Kabwe, Zambia, from ',
    ' was scheduled to be held on 3 May 2026 in ', ', scheduled for ', ' (ESCAP) was held in ', ' to be held early ',
    ', organized by the Ministry of Labour and held in ', ' on 3 May 2026 at the Grand Hotel in ', ' New York, ', ' of ',
  ])('%j introduces it', (gap) => expect(introduces(gap)).toBe(true));
});

describe('words that do not introduce it', () => {
  it.each([
    ' and the ', ', the representative of ', ', at the 12th plenary meeting, on ', ' on progress made, and recalls its resolution 12/34 of ',
    ' by the representative of ', '. The ', ' adopted a plan on the situation of refugees in ', `, ${'and a long clause '.repeat(12)}in `,
  ])('%j', (gap) => expect(introduces(gap)).toBe(false));
});
