import { describe, expect, it } from 'vitest';
import { createExtractOrganisations } from '../../../src/stages/extract-organisations/index.js';
import { ctx, docOf, entities, extractAll } from '../../helpers.js';

const run = (text: string) => entities(createExtractOrganisations()(docOf(text), ctx), 'organisations').map((o) => o.text);
/** One case a text and a name found in it, whole (what stands around it left out). */
const nameIn = (cases: [string, string][]) => it.each(cases)('%s', (text, name) => expect(run(text)).toContain(name));
/** One case a text: its organisation mentions in order, with the places found first. */
const namesInAll = (cases: [string, string[]][]) => it.each(cases)('%s', (text, names) => expect(entities(extractAll(text), 'organisations').map((o) => o.text)).toEqual(names));

/** Governments by country, treaties, job titles, meetings, bare common nouns, countries: no organisations. */
const NONE = [
  // the prefix of a document symbol names a document, not its body
  'see ESCAP/CST/2024/3, A/HRC/59/2 and E/ESCAP/81/33 for details',
  // the first part of a hyphenated name as PDF text spaces it, where nobody names the whole
  'members of the WHO -Europe office and the UNDP -Supported project',
  // a capitalised word after an acronym's hyphen that no document or list makes a name
  'the GRAM-International group and the YEO-Dec list',
  // a department named by a point of the compass or a place alone is a territorial division (Haiti's)
  'attacks in Kenscoff (West Department) and in the North-East Department',
  'killings in the Artibonite Department',
  // a `UN-` name before a product's noun is a tool
  'published on the UN -Info platform and the UN-Info portal',
  'the Government of Afghanistan and the Afghan Government',
  // a quantifier before a head starts no name
  'Several Police officers have also been buying ammunition.',
  'Many University students joined.',
  // a currency with its short form is no body
  'The approved budget of 4.2 trillion South Sudanese pounds (SSP) has a deficit',
  // a heading's roman number, its stop lost, before a head
  '[To be completed] II Organization of work and other organizational matters',
  // a place whose last word is a head: `Bank`, `Republic` (with its short form in brackets)
  'to extend it to the West Bank, including East Jerusalem',
  'the attitude of Czech Republic (CR) residents towards the memorials',
  'the Convention on the Rights of the Child and the Paris Agreement',
  'the Secretary-General and the Special Envoy for Afghanistan',
  'the Global Forum on Migration and Development',
  'the Commission and the Committee and the secretariat',
  // an acronym's secretariat only when the acronym is a known body's, and a word of its own
  'the XYZQ secretariat and the XUNCTAD secretariat',
  'the Russian Federation and the United Republic of Tanzania',
  'the Programme of Action of the International Conference',
  // years, meetings and documents named by an acronym
  'to mark the International Year of Deserts and Desertification (IYDD).',
  'the Antigua and Barbuda Agenda for SIDS (ABAS) was adopted',
  // common nouns in capital headings, buildings, treaties used as treaties
  'WORK PROGRAMME',
  'a reception at Government House',
  'the United Nations Framework Convention on Climate Change entered into force',
  // places spelt with -i-, English words before a lower-case head, a bare clan
  'fighting in Mazar-i-Sharif continued',
  'a third party and the Government militia',
  'members of the Hawadle clan',
  // a possessive after an owner starts a new phrase: the owner is no part of a name after it
  'the Mission ’s mandate and the Mission’s role',
  'the country ’s Ministries',
  // a State that is party to a treaty is no body
  'they reviewed 48 State Party reports',
  // a bare new head is a common noun
  'The Panel met twice and the Mechanism reported',
  // a common noun phrase defining an acronym at a sentence start (issue 11: `Gross national income (GNI)`)
  'Foreign direct investment (FDI) rose. Gross national income (GNI) fell.',
  // a list of countries before a country's head is no name
  'sponsored by Cabo Verde, Canada, China, Monaco and Russian Federation',
  // a body whose name begins a document's name is part of that name
  'under the United Nations Charter and the United Nations Ocean Data Sharing Principles',
  // a system, a policy, a class of countries named with an acronym: things, not bodies
  'the Port Cargo Tracking System (PCTS), the Regional Water Policy (RWP) and the Landlocked Developing Countries (LLDCs)',
  // a currency before a year is a unit, two capitals a shred, a year not closing the brackets no citation
  'in constant prices (USD 2015) and (EP 2023) and (ABCD 2019 prices)',
  // a country with a complement of something else, and a country in a heading in capitals
  'the withdrawal by the Russian Federation of Its Forces Stationed Abroad',
  'LETTER FROM THE RUSSIAN FEDERATION',
  // other words where a body's make-up would be
  'the Government of the Territory and the Government of Non-Self-Governing Territories',
  // a kind of society, and a meeting about one
  'to engage Civil Society in the review of the World Summit on the Information Society',
  // a court or council every district or city has, with no place before it
  'In 2023, the District Court ruled so; at a meeting of the City Council, the mayor spoke',
];
describe('extract-organisations finds no organisation in', () => {
  it.each(NONE)('%s', (text) => expect(run(text)).toEqual([]));
});

describe('words after a connector are not pre-modifiers of the known body after them', () => {
  it('a title page run together: "for Human Rights General Assembly Official Records"', () => {
    const found = run('Report of the United Nations High Commissioner for Human Rights General Assembly Official Records');
    expect(found).not.toContain('Human Rights General Assembly');
    expect(found).toContain('General Assembly');
  });
  it.each([
    // an operative verb of a resolution starts the paragraph, not the name
    ['12. Recalls Trusteeship Council resolution 3/4 and Urges Trusteeship Council members', 'Trusteeship Council'],
    // an acronym defined for a body's document names the document: the body is the name
    ['in line with the Regional Fisheries Council Resolution (RFCR) 12 on quotas', 'Regional Fisheries Council'],
    ['3. Reaffirms Trusteeship Council decision 5/6', 'Trusteeship Council'],
  ])('%s', (text, name) => {
    const found = run(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n !== name)).toEqual([]);
  });
  it('a place that ends a list before a UN body is no part of its name', () => {
    // (with the places found first, as the pipeline runs)
    const doc = extractAll('Works Agency for Refugees in Kenya United Nations Secretariat United Nations Tourism. The United Nations Secretariat met.');
    const names = entities(doc, 'organisations').map((o) => o.name);
    expect(names).toContain('United Nations Secretariat');
    expect(names.filter((n) => n.startsWith('Kenya'))).toEqual([]);
  });
  it('but a place before another body may be its own', () => {
    expect(run('the Kosovo Security Council met')).toEqual(['Kosovo Security Council']);
  });
  it('but a known body before it stays: "of United Nations Security Council resolution 1325"', () => {
    expect(run('implementation of United Nations Security Council resolution 1325')).toContain('United Nations Security Council');
  });
});

describe('a possessive inside a name keeps the name whole', () => {
  it.each([
    ['The Government and the Sudan People ’s Liberation Movement signed it.', ['Sudan People ’s Liberation Movement']],
    ['600 South Sudan People ’s Defence Forces soldiers', ['South Sudan People ’s Defence Forces']],
    ['an event of the African Commission on Human and Peoples’ Rights, during its session', ['African Commission on Human and Peoples’ Rights']],
    ['the Mission ’s Formed Police Unit arrived', ['Formed Police Unit']],
  ])('%s', (text, names) => expect(run(text)).toEqual(names));
});

describe('extract-organisations, with the places found first', () => {
  it('ends a name before `against` and a place: whom an act is aimed at', () => {
    const doc = extractAll('the war of aggression by the Russian Federation against Ukraine; resolutions of the Council against Iran');
    expect(entities(doc, 'organisations').map((o) => o.text)).toEqual([]);
    expect(entities(doc, 'places').map((p) => p.text)).toEqual(['Russian Federation', 'Ukraine', 'Iran']);
  });
});

describe('what a scan breaks after a name is no part of it', () => {
  it.each([
    // a compound ordinal printed with a space starts the session, not the name
    ['Commission for Social Development Sixty third session 10-14 February 2025', 'Commission for Social Development'],
    // the scan lost the bracket that opened the acronym
    ['extended the mandate of the United Nations Mission in South Sudan CINMISS» to 30 April', 'United Nations Mission in South Sudan'],
    ['a grant from the United Nations Office for Project Services UNOPS] in 2024', 'United Nations Office for Project Services'],
  ])('%s', (text, name) => {
    const found = run(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n.startsWith(name) && n !== name)).toEqual([]);
  });
  it.each([
    // a bracket the sentence opened is not lost: the acronym in it is the name's
    ['(see the Office of the UNHCR) for details', 'Office of the UNHCR'],
    // a tens word that no unit ordinal follows is a word of the name
    ['the Group of Twenty met', 'Group of Twenty'],
  ])('keeps %s', (text, name) => expect(run(text)).toContain(name));
});

describe('"and" before a head keeps two names apart', () => {
  it.each([
    // a head that ends its run after "and the" starts a second name, though it could qualify a noun
    ['the Ministry of Health and the Programme Committee met', ['Ministry of Health', 'Programme Committee']],
    // past four words after a bare "and", the head belongs to a name of its own words
    ['the Network on Oceans and Coastal Resources and Marine Science Institute', ['Network on Oceans and Coastal Resources', 'Marine Science Institute']],
  ])('%s', (text, names) => expect(run(text)).toEqual(names));
});

describe('what stands around a name is no part of it, and what is part stays', () => {
  it.each([
    // a citation's "See" and a publication's "Reports" are no words of the body
    ['See World Health Organization, document WHA61/2008/REC/1.', ['World Health Organization']],
    ['Advisory Opinion, International Court of Justice Reports 1971, paras. 115 and 116.', ['International Court of Justice']],
    ['the Holy See Press Office said', ['Holy See Press Office']],
  ])('%s', (text, names) => expect(run(text)).toEqual(names));

  it('a state that no longer exists is a place, not a body named Union', () => {
    expect(entities(extractAll('After the collapse of the Soviet Union, the United States acted.'), 'organisations')).toEqual([]);
  });

  // a region after "and": the place that ends the run is the complement's own
  namesInAll([
    ['the Economic and Social Commission for Asia and the Pacific and the Economic Commission for Latin America and the Caribbean met',
      ['Economic and Social Commission for Asia and the Pacific', 'Economic Commission for Latin America and the Caribbean']],
    ['the Management Institute of Eastern and Southern Africa reported', ['Management Institute of Eastern and Southern Africa']],
  ]);
});

describe('a list of places does not cut a name that a region or a single place completes', () => {
  it.each([
    // a region may name the body: the rule is for a country that opens the list
    ['the Commission for Latin America and the Caribbean, Chile and Peru met', 'Commission for Latin America and the Caribbean'],
    // a place not followed by a list closed by "and" is an address, not a list
    ['The Regional Office for Asia and the Pacific, Bangkok, said.', 'Regional Office for Asia and the Pacific'],
    ['the Standing Committee for Lebanon, which met in May', 'Standing Committee for Lebanon'],
  ])('%s', (text, name) => expect(run(text).some((n) => n.startsWith(name))).toBe(true));
});

describe('a second head after "of the" is still part of the name', () => {
  nameIn([
    ['the Programme Coordinating Board of the Joint Programme met', 'Programme Coordinating Board of the Joint Programme'],
    ['the Working Group on the Right to Development met', 'Working Group on the Right to Development'],
  ]);
});

describe('a document symbol after a name is no part of it', () => {
  it('three parts a slash joins make a symbol', () => {
    expect(run('the Committee on Statistics ESCAP/CST/2024/3 was').filter((n) => n.includes('/'))).toEqual([]);
  });
});

describe('a document after a name is no instrument of the body', () => {
  nameIn([
    // a known body's whole name before a report's heading
    ['the Informal Expert Group on Women and Peace and Security of the Security Council Summary of the meeting',
      'Informal Expert Group on Women and Peace and Security of the Security Council'],
    // a report or a plan is no instrument a body serves
    ['the Working Party on the Programme Report was adopted', 'Working Party on the Programme'],
    // no "the" before the instrument's words: a heading run on after a place
    ['the Economic Commission for Africa Convention on the Rights', 'Economic Commission for Africa'],
  ]);
});

describe("a people's adjective that a word in small letters follows ends no name", () => {
  nameIn([
    ['seizing the Security Council of the Iranian nuclear issue, it was set to expire', 'Security Council'],
    ['the Support and Stabilization Mission in Somalia and the Somali security forces', 'Support and Stabilization Mission in Somalia'],
  ]);
  // the adjective at the end of a name, with a connector or a capital after it, stays
  nameIn([
    ['the Organization of African Unity and the Union of the Comoros met', 'Organization of African Unity'],
    ['the Parliament of the Indonesian Republic of the time', 'Parliament of the Indonesian Republic'],
  ]);
});

describe('a blank line does not join a name the document uses alone', () => {
  it('"United Nations" / "General Assembly" on a title page stay two names', () => {
    const text = 'United Nations\n\nGeneral Assembly Distr.: General. The United Nations General Assembly met. The United Nations acted.';
    expect(run(text).slice(0, 2)).toEqual(['United Nations', 'General Assembly']);
  });
  it('a name after the line that the document writes alone too keeps its start', () => {
    expect(run('Delegates of the Libyan\n\nNational Army met. The National Army and the Libyan National Army left.')[0]).toBe('National Army');
  });
  it('nor does a line that ends a sentence', () => {
    expect(run('They met in Libyan.\n\nNational Army officers and the Libyan National Army left.')[0]).toBe('National Army');
  });
});

describe("a possessive after `on`, or a place's, starts a phrase of its own", () => {
  it('"the Trade and Development Board on UNCTAD’s contribution": the name ends at its head', () => {
    expect(run('the Trade and Development Board on UNCTAD’s contribution to the work')).toEqual(['Trade and Development Board']);
  });
  // a place's possessive ends the name before it
  namesInAll([
    ['the Ministry of Health of Kenya’s programme', ['Ministry of Health']],
  ]);
});

describe('a court or council with its place before it is that body', () => {
  nameIn([
    ['The Hague District Court ruled so', 'Hague District Court'],
    ['the Vilnius City Council met', 'Vilnius City Council'],
  ]);
});

describe('a plan a body is of, named after "of the", is no part of its name', () => {
  nameIn([
    ['at the meeting of the Joint Commission of the Joint Comprehensive Plan of Action, the E3 failed', 'Joint Commission'],
  ]);
  // an instrument stays
  nameIn([
    ['the Assembly of States Parties to the Rome Statute of the International Criminal Court met', 'Assembly of States Parties to the Rome Statute of the International Criminal Court'],
  ]);
});

describe("another name's words before a name are no part of it", () => {
  namesInAll([
    // a possessive right after a preposition ends the name before it
    ['In November, the Office of Counter-Terrorism’s Programme Office on Parliamentary Engagement met.', ['Programme Office on Parliamentary Engagement']],
    // a place that `of` brings in after a capitalised word, in a list run together
    ['Government of Sweden Government of Switzerland Mastercard Foundation Bill', ['Mastercard Foundation']],
  ]);
  // a possessive after `the` belongs to the name; a place after `of` and a word in small letters may start one
  namesInAll([
    ['This has been the aim of the Women’s Peace and Humanitarian Fund, which', ['Women’s Peace and Humanitarian Fund']],
    ['the training of Uganda Police Force officers', ['Uganda Police Force']],
  ]);
});

describe('a list of abbreviations that glosses an acronym as a place', () => {
  it('"AU, Australia;" names no body', () => {
    expect(run('Abbreviations: AR, Argentina; AU, Australia; CA, Canada; CN, China.')).toEqual([]);
  });
  it('but a citation of a body on a place keeps the body', () => {
    expect(run('See IOM, Haiti. November 2024.')).toEqual(['IOM']);
  });
});

describe('a committee of a known body, after a connector, is a name of its own', () => {
  namesInAll([
    ['the mandate of the Panel of Experts for the Security Council Committee established pursuant to resolution 1718 (2006)', ['Panel of Experts', 'Security Council Committee']],
    // a word that is no head after a known body still ends the run
    ['The World Health Organization Events were held.', ['World Health Organization']],
  ]);
});

describe('an army ends where it went and whom it fought', () => {
  namesInAll([
    ['the entry of the Red Army to Berlin in 1945', ['Red Army']],
    ['punitive action by the Libyan National Army against Hassan Zadma', ['Libyan National Army']],
    // an ordinal before another head is still no part of a name
    ['the 75th Anniversary Committee met', ['Anniversary Committee']],
  ]);
});
