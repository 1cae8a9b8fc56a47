import { describe, expect, it } from 'vitest';
import { emptyDetails, eventDetailCounts, type Gold } from '../../src/eval/entity-metrics.js';
import { extractAll } from '../helpers.js';

const gold = (events: { name: string; date: string | null; place: string | null; variants?: string[] }[]): Gold => ({ events });

describe("an event's date and place against the gold's", () => {
  const doc = extractAll('The Forum on Migration was held in Bangkok from 3 to 5 May 2006. The Summit on Water adopted a plan.');
  const counts = (g: Gold) => {
    const into = { date: emptyDetails(), place: emptyDetails() };
    eventDetailCounts(doc, g, into);
    return into;
  };
  it.each([
    ['right', { name: 'Forum on Migration', date: '2006-05-03/2006-05-05', place: 'Bangkok' }, { right: 1 }, { right: 1 }],
    ['wrong', { name: 'Forum on Migration', date: '2006-05-04', place: 'Hanoi' }, { wrong: 1 }, { wrong: 1 }],
    ['extra', { name: 'Forum on Migration', date: null, place: null }, { extra: 1 }, { extra: 1 }],
    ['missed, and both none', { name: 'Summit on Water', date: '2006', place: null }, { missed: 1 }, { bothNone: 1 }],
  ] as const)('%s', (_, event, date, place) => {
    const c = counts(gold([event]));
    expect(c.date).toEqual({ ...emptyDetails(), ...date });
    expect(c.place).toEqual({ ...emptyDetails(), ...place });
  });
  it('counts nothing for an event it did not find', () => {
    expect(counts(gold([{ name: 'Congress on Rivers', date: '2006', place: 'Lima' }]))).toEqual({ date: emptyDetails(), place: emptyDetails() });
  });
});
