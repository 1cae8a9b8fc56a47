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

  it('a session named without its body takes the one its sentence names', () => {
    const doc = run('the ESCAP Commission, at its sixty-third session held in Almaty, Kazakhstan, from 17 to 23 May 2007, met');
    expect(entities(doc, 'events').map((e) => [e.name, e.date, e.place])).toEqual([['sixty-third session of the ESCAP Commission', '2007-05-17/2007-05-23', 'Almaty']]);
  });

  it.each([
    ['the 2025 high-level political forum on sustainable development, convened under the auspices of the Council', '2025 high-level political forum on sustainable development', 'high-level political forum on sustainable development', '2025'],
    ['High-level political forum on sustainable development', 'High-level political forum on sustainable development', 'High-level political forum on sustainable development', undefined],
    ['ahead of the high level political forum in July', 'high level political forum', 'high level political forum', undefined],
  ])('a meeting the UN writes in lower case: %s', (text, mention, name, date) => {
    const doc = run(text);
    expect(entities(doc, 'events').map((e) => [e.text, e.name, e.date])).toEqual([[mention, name, date]]);
  });

  it('a year in front dates the event', () => {
    const doc = run('ACTIVITIES RELATING TO THE 2006 HIGH-LEVEL DIALOGUE ON INTERNATIONAL MIGRATION AND DEVELOPMENT');
    expect(entities(doc, 'events').map((e) => [e.name, e.date])).toEqual([['HIGH-LEVEL DIALOGUE ON INTERNATIONAL MIGRATION AND DEVELOPMENT', '2006']]);
  });
});

describe('where a meeting was held is its place, not part of its name', () => {
  it.each([
    ['The ministers met at the Coastal Resilience Forum in Jakarta in May 2023.', 'Coastal Resilience Forum', 'Jakarta'],
    ['He spoke at the third Regional Summit on Water in Kenya last year.', 'third Regional Summit on Water', 'Kenya'],
  ])('%s', (text, name, place) => {
    expect(entities(run(text), 'events').map((e) => [e.text, e.place])).toEqual([[name, place]]);
  });
  it.each([
    // a region names whom a meeting is for; a purpose clause keeps its place
    ['The Regional Workshop on Statistics in Asia and the Pacific met.', 'Regional Workshop on Statistics in Asia and the Pacific'],
    ['The Conference to Support the Recovery in Ukraine met.', 'Conference to Support the Recovery in Ukraine'],
    // a goal's number is part of the name
    ['The Conference on the Implementation of Sustainable Development Goal 7: energy for all.', 'Conference on the Implementation of Sustainable Development Goal 7'],
    // a conference's review numbered with a plus is one word of the name
    ['The Regional Conference on the Cairo+30 Review opened.', 'Regional Conference on the Cairo+30 Review'],
    // a document joined on by `and the` is no part of the meeting's name
    ['commitments arising from the Summit of the Future and the Pact for the Future.', 'Summit of the Future'],
  ])('%s', (text, name) => {
    expect(entities(run(text), 'events').map((e) => e.text)).toEqual([name]);
  });
  it('a numbered meeting named through a body whose name ran on to the venue', () => {
    const doc = run('Delegates recalled the Third World Assembly on Youth in Lisbon.');
    expect(entities(doc, 'events').map((e) => e.text)).toEqual(['Third World Assembly on Youth']);
    // the meeting is no body, and its venue is a place
    expect(entities(doc, 'organisations')).toEqual([]);
    expect(entities(doc, 'places').map((p) => p.text)).toEqual(['Lisbon']);
  });
  it('a bare head left once its venue is cut is no event', () => {
    expect(entities(run('They met at the Summit in Quito.'), 'events')).toEqual([]);
  });
});

describe('extract-events across a page break', () => {
  it('a session keeps its body when "of the" ends a page', () => {
    const doc = run('81/17 Ninth session of the\n\nCommittee on Statistics\n\n81/18 next');
    expect(entities(doc, 'events').map((e) => [e.text, e.name])).toEqual([['Ninth session of the\n\nCommittee on Statistics', 'ninth session of the Committee on Statistics']]);
  });
  it('a session keeps its body when the layout cuts the line before "of"', () => {
    const doc = run('Commission for Social Development\n\nFollow-up to the twenty-fourth special session\n\nof the General Assembly: review of plans');
    expect(entities(doc, 'events').map((e) => e.name)).toEqual(['twenty-fourth special session of the General Assembly']);
  });
});

describe('numbered sessions and meetings, named with their body', () => {
  const SESSIONS: [string, string, [string, string][]][] = [
    ['a list of numbers is one session each, the body from the sentence',
      'OHCHR supported the Human Rights Council in holding the fifty-eighth and fifty-ninth regular sessions and the thirty-seventh special session.',
      [['fifty-eighth', 'fifty-eighth session of the Human Rights Council'], ['fifty-ninth regular sessions', 'fifty-ninth session of the Human Rights Council'],
        ['thirty-seventh special session', 'thirty-seventh special session of the Human Rights Council']]],
    ['a short form takes the last body of that head named before',
      'The Commission for Social Development met. At the sixty-third session of the Commission, delegates spoke.',
      [['sixty-third session of the Commission', 'sixty-third session of the Commission for Social Development']]],
    ['a year numbers a session', 'It will be discussed at the 2025 session of the Economic and Social Council.',
      [['2025 session of the Economic and Social Council', '2025 session of the Economic and Social Council']]],
    ['three numbers joined by commas and "and"', 'The General Assembly, at its third, fourth and fifth sessions, decided.',
      [['third', 'third session of the General Assembly'], ['fourth', 'fourth session of the General Assembly'], ['fifth sessions', 'fifth session of the General Assembly']]],
    ['a space inside the ordinal, as a justified PDF line prints it', 'They were submitted to the Fifty -sixth Session of the Statistical Commission in March.',
      [['Fifty -sixth Session of the Statistical Commission', 'fifty-sixth session of the Statistical Commission']]],
    ['an ordinal written with a space', 'It will report to the Committee on Information at its forty eighth session.',
      [['forty eighth session', 'forty-eighth session of the Committee on Information']]],
    ['a compound ordinal that PDF text glued together, named with its hyphen', 'It will be held at the sixtysecond session of the Human Rights Council in Geneva.',
      [['sixtysecond session of the Human Rights Council', 'sixty-second session of the Human Rights Council']]],
    ['a mechanism holds sessions too', 'The Expert Mechanism on the Rights of Indigenous Peoples met. The Human Rights Council noted that the Expert Mechanism decided, at its seventeenth session, to act.',
      [['seventeenth session', 'seventeenth session of the Expert Mechanism on the Rights of Indigenous Peoples']]],
    ['an ordinal before an assembly makes it a meeting', 'The Second World Assembly on Ageing was held in Madrid in 2002.',
      [['Second World Assembly on Ageing', 'Second World Assembly on Ageing']]],
    ['the Nth meeting of a body', 'The first meeting of the Joint Commission on Missing Persons was held in Pristina.',
      [['first meeting of the Joint Commission on Missing Persons', 'first meeting of the Joint Commission on Missing Persons']]],
  ];
  it.each(SESSIONS)('%s', (_name, text, expected) => {
    expect(entities(run(text), 'events').map((e) => [e.text, e.name])).toEqual(expected);
  });

  it('a numbered assembly is no body of its own, and the session that names its body says so', () => {
    const doc = run('The Second World Assembly on Ageing was held in Madrid. The Human Rights Council met at its sixtieth session.');
    expect(entities(doc, 'organisations').map((o) => o.text)).toEqual(['Human Rights Council']);
    expect(doc.messages.filter((m) => m.ruleId === 'extract-events/session-body').map((m) => m.expected)).toEqual(['sixtieth session of the Human Rights Council']);
  });
});

describe('a session is named with its body, found in its phrase, its subject or the header', () => {
  it.each([
    ['At the 2024 session of the Council, members adopted a resolution.', '2024 session of the Council'],
    ['Economic and Social Council Distr.: Limited 2 June 2025 Original: English 2025 session 25 July 2024', '2025 session of the Economic and Social Council'],
    ['The Commission on the Status of Women met. Recalling Economic and Social Council resolution 2022/5, the Commission, at its sixty-ninth session, will review it.',
      'sixty-ninth session of the Commission on the Status of Women'],
    // in a header, the body named right before the number holds the session, not the issuing council
    ['Economic and Social Council Distr.: General 3 March 2025 United Nations Network of Statistical Trainers 2025 session Item 2',
      '2025 session of the United Nations Network of Statistical Trainers'],
    // a year after "of" says when, not whose: the header's body holds the session
    ['Executive Board of the United Nations Entity for Seabed Mapping\n\nDistr.: General 1 May 2025\n\nSecond regular session of 2025 Item 1',
      'second session of the Executive Board of the United Nations Entity for Seabed Mapping'],
  ])('%s', (text, name) => {
    expect(entities(run(text), 'events').map((e) => e.name)).toEqual([name]);
  });

  // a short form stands for the body or meeting named last whose own head it is
  it.each([
    // a named meeting holds sessions, though it is no organisation
    ['The plan was adopted by the Committee of Experts of the Conference of African Ministers of Finance, Planning and Economic Development during the fifty-seventh session of the Conference, held in March.',
      'fifty-seventh session of the Conference of African Ministers of Finance, Planning and Economic Development'],
    // the board's bureau holds no sessions of the board: its head is Bureau
    ['The Executive Board of the Seabed Authority met. The Board Bureau agreed that the policy goes to the Board no later than the first regular session of 2025.',
      'first session of the Executive Board of the Seabed Authority'],
    // a short form the document defines stands for that body, whatever bodies with its head come after
    ['The decision by the Executive Council (the Council) was recalled in Security Council resolution 2118 (2013). Similarly, the Council, at its Eighty-First Session, adopted a decision.',
      'eighty-first session of the Executive Council'],
  ])('%s', (text, name) => {
    expect(entities(run(text), 'events').map((e) => e.name)).toContain(name);
  });

  it('in a header whose body a bad scan lost, the session stays as its number names it', () => {
    expect(entities(run('Distr.: GENERAL 29 November 1993 ORIGINAL: ENGLISH Forty-eighth session Agenda item 117'), 'events').map((e) => e.name)).toEqual(['Forty-eighth session']);
  });

  it('a numbered session whose body is not named is no event, and the audit hears of it', () => {
    const doc = run(`${'The draft was long. '.repeat(40)}Views adopted by the Committee at its 121st session (16 October–10 November 2017).`);
    expect(entities(doc, 'events')).toEqual([]);
    expect(doc.messages.filter((m) => m.ruleId === 'extract-events/bare-session').map((m) => m.actual)).toContain('121st session');
  });
});
