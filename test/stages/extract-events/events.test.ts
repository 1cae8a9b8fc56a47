import { describe, expect, it } from 'vitest';
import { entities, extractAll } from '../../helpers.js';

const run = extractAll;

describe('extract-events', () => {
  it('a numbered session with its date and place', () => {
    const doc = run('ESCAP, at its third session of the Committee on Emerging Social Issues held in Bangkok from 12 to 14 December 2006, considered it.');
    expect(entities(doc, 'events').map((e) => [e.text, e.date, e.place])).toEqual([
      ['third session of the Committee on Emerging Social Issues', '2006-12-12/2006-12-14', 'Bangkok'],
    ]);
  });

  it('a review forum is a meeting; a committee for a review is a body', () => {
    const doc = run('The first International Migration Review Forum met. The Committee for the Review of the Implementation of the Convention met.');
    expect(entities(doc, 'events').map((e) => e.text)).toEqual(['first International Migration Review Forum']);
    expect(entities(doc, 'organisations').map((o) => o.text)).toEqual(['Committee for the Review of the Implementation of the Convention']);
  });

  it('a named meeting, its ordinal and the date and place of its sentence', () => {
    const doc = run('In preparation for the first Global Forum on Migration and Development, held in Belgium in July 2007, we met.');
    expect(entities(doc, 'events').map((e) => [e.text, e.name, e.date, e.place])).toEqual([
      ['first Global Forum on Migration and Development', 'Global Forum on Migration and Development', '2007-07', 'Belgium'],
    ]);
  });

  it('a bare session keeps its own words as name', () => {
    const doc = run('the ESCAP Commission, at its sixty-third session held in Almaty, Kazakhstan, from 17 to 23 May 2007, met');
    expect(entities(doc, 'events').map((e) => [e.name, e.date, e.place])).toEqual([['sixty-third session', '2007-05-17/2007-05-23', 'Almaty']]);
  });

  it('a year in front dates the event', () => {
    const doc = run('ACTIVITIES RELATING TO THE 2006 HIGH-LEVEL DIALOGUE ON INTERNATIONAL MIGRATION AND DEVELOPMENT');
    expect(entities(doc, 'events').map((e) => [e.name, e.date])).toEqual([['HIGH-LEVEL DIALOGUE ON INTERNATIONAL MIGRATION AND DEVELOPMENT', '2006']]);
  });
});

describe('extract-events across a page break', () => {
  it('a session keeps its body when "of the" ends a page', () => {
    const doc = run('81/17 Ninth session of the\n\nCommittee on Statistics\n\n81/18 next');
    expect(entities(doc, 'events').map((e) => [e.text, e.name])).toEqual([['Ninth session of the\n\nCommittee on Statistics', 'Ninth session of the Committee on Statistics']]);
  });
});
