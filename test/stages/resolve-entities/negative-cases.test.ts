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

  it('a date that belongs to the next event of the sentence', () => {
    const doc = extractAll('The Forum on Migration and the Summit on Climate held on 3 May 2006 were both noted.');
    const events = entities(doc, 'events').map((e) => [e.name, e.date ?? null]);
    expect(events).toEqual([['Forum on Migration', null], ['Summit on Climate', '2006-05-03']]);
  });
});
