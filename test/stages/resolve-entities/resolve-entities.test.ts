import { describe, expect, it } from 'vitest';
import { entities, extractAll } from '../../helpers.js';

const kinds = (text: string) => {
  const doc = extractAll(text);
  return { doc, places: entities(doc, 'places').map((p) => p.text), events: entities(doc, 'events').map((e) => [e.name, e.date ?? null, e.place ?? null]) };
};

describe('resolve-entities', () => {
  const inNames: [string, string[], string][] = [
    ['The Economic Commission for Africa met in Addis Ababa.', ['Addis Ababa'], 'Africa'],
    ['The Second Thailand Forum on Migration opened in Bangkok.', ['Bangkok'], 'Thailand'],
  ];
  it.each(inNames)('a place inside a name is no place: %j', (text, places, dropped) => {
    const { doc, places: found } = kinds(text);
    expect(found).toEqual(places);
    expect(doc.messages).toContainEqual(expect.objectContaining({ ruleId: 'resolve-entities/place-in-name', actual: dropped }));
  });

  it('links an event to the date and place its sentence names after it', () => {
    expect(kinds('The Forum on Migration was held in Bangkok from 12 to 14 December 2006.').events)
      .toEqual([['Forum on Migration', '2006-12-12/2006-12-14', 'Bangkok']]);
  });

  const venues: [string, string][] = [
    ['The Forum on Migration, held in Bangkok, closed.', 'Bangkok'],
    ['The Summit on Water took place on 3 May 2006 at the Grand Hotel in Bangkok.', 'Bangkok'],
    ['The Summit on Water, organized by the Ministry of Health and held in Bangkok, closed.', 'Bangkok'],
    ['The Forum on Migration is scheduled for June 2026 in Bangkok.', 'Bangkok'],
    ['The World Conference on Rivers, Bangkok, 3-5 May 2006, adopted a plan.', 'Bangkok'],
  ];
  it.each(venues)('takes a place its sentence gives as the venue: %j', (text, place) => {
    expect(kinds(text).events.map((e) => e[2])).toEqual([place]);
  });

  it('takes a date the sentence gives as when the meeting was held', () => {
    expect(kinds('The Forum on Migration, to be held at the Grand Hotel in Bangkok from 3 to 5 May 2026, will meet.').events)
      .toEqual([['Forum on Migration', '2026-05-03/2026-05-05', 'Bangkok']]);
  });

  it('gives every mention of an event what one mention says', () => {
    const { events } = kinds('The Forum on Migration was held in Bangkok on 3 May 2006. The Forum on Migration adopted a plan.');
    expect(events).toEqual([['Forum on Migration', '2006-05-03', 'Bangkok'], ['Forum on Migration', '2006-05-03', 'Bangkok']]);
  });
});
