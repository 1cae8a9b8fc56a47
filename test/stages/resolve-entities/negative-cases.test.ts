import { describe, expect, it } from 'vitest';
import { entities, extractAll } from '../../helpers.js';

describe('resolve-entities leaves alone', () => {
  it('a place next to a name, not inside it', () => {
    const doc = extractAll('The Economic Commission for Africa met in Ethiopia.');
    expect(entities(doc, 'places').map((p) => p.text)).toEqual(['Ethiopia']);
  });

  it('a date or place in another sentence than the event', () => {
    const doc = extractAll('The Forum on Migration met. Later, in Bangkok on 3 May 2006, the ministers spoke.');
    expect(entities(doc, 'events').map((e) => [e.date ?? null, e.place ?? null])).toEqual([[null, null]]);
  });

  it.each([
    // a place the sentence names for another reason than the meeting's venue
    'At the Forum on Migration, the representative of Nepal spoke.',
    'The Summit on Water adopted a plan on the situation of refugees in Kenya.',
    'The Forum on Migration received a report by the Government of Peru.',
  ])('a place that is not where the meeting was held: %s', (text) => {
    expect(entities(extractAll(text), 'events').map((e) => e.place ?? null)).toEqual([null]);
  });

  it.each([
    // a date the sentence names for another reason than when the meeting was held
    'At the Forum on Migration, the Council recalled its resolution 12/3 of 4 May 2001.',
    'The Summit on Water and the 2030 Agenda were discussed.',
  ])('a date that is not when the meeting was held: %s', (text) => {
    expect(entities(extractAll(text), 'events').map((e) => e.date ?? null)).toEqual([null]);
  });

  it('says which date or place it passed over', () => {
    const doc = extractAll('At the Forum on Migration, the representative of Nepal spoke.');
    expect(doc.messages).toContainEqual(expect.objectContaining({ ruleId: 'resolve-entities/not-held-there', actual: 'Nepal' }));
  });

  it('a date that belongs to the next event of the sentence', () => {
    const doc = extractAll('The Forum on Migration and the Summit on Climate held on 3 May 2006 were both noted.');
    const events = entities(doc, 'events').map((e) => [e.name, e.date ?? null]);
    expect(events).toEqual([['Forum on Migration', null], ['Summit on Climate', '2006-05-03']]);
  });
});
