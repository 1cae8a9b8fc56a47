import { describe, expect, it } from 'vitest';
import { acronymFits } from '../../../src/stages/extract-organisations/acronyms.js';
import { createExtractOrganisations } from '../../../src/stages/extract-organisations/index.js';
import { ctx, docOf, entities, extractAll } from '../../helpers.js';

const extract = createExtractOrganisations();
const run = (text: string) => entities(extract(docOf(text), ctx), 'organisations').map((o) => [o.text, o.name, o.acronym ?? '']);
/** The organisation mentions of a text, as written, with the places found first. */
const mentionsIn = (text: string) => entities(extractAll(text), 'organisations').map((o) => o.text);
/** One case a text: the organisation mentions found in it, in order. */
const namesIn = (cases: [string, string[]][]) => it.each(cases)('%s', (text, names) => expect(mentionsIn(text)).toEqual(names));

describe('extract-organisations', () => {
  const cases: [string, string[][]][] = [
    ['the Economic and Social Commission for Asia and the Pacific (ESCAP). ESCAP met.', [
      ['Economic and Social Commission for Asia and the Pacific', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
      ['ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
      ['ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
    ]],
    // a national body's country is a place of its own, not part of its name
    ['organized by the Ministry of Justice of Kazakhstan', [['Ministry of Justice', 'Ministry of Justice', '']]],
    ['the Office for Kosovo and Metohija of the Government of Serbia', [['Office for Kosovo and Metohija', 'Office for Kosovo and Metohija', '']]],
    ['the Group of Experts on the Democratic Republic of the Congo', [['Group of Experts on the Democratic Republic of the Congo', 'Group of Experts on the Democratic Republic of the Congo', '']]],
    ['with the Department of Political Affairs, he', [['Department of Political Affairs', 'Department of Political Affairs', 'DPA']]],
    ['the Committee on Emerging Social Issues met', [['Committee on Emerging Social Issues', 'Committee on Emerging Social Issues', '']]],
    ['the United Nations Development Programme and the World Meteorological Organization', [
      ['United Nations Development Programme', 'United Nations Development Programme', 'UNDP'],
      ['World Meteorological Organization', 'World Meteorological Organization', 'WMO'],
    ]],
    ['ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC', [['ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP']]],
    ['UNCTAD reported.', [['UNCTAD', 'UNCTAD', '']]],
    ['the UNCTAD secretariat reported', [['UNCTAD secretariat', 'UNCTAD secretariat', '']]],
    ['the UNDP secretariat and the UNCTAD secretariat agreed', [['UNDP secretariat', 'UNDP secretariat', ''], ['UNCTAD secretariat', 'UNCTAD secretariat', '']]],
    ['the Committee on Migrant Workers and the Committee on Economic, Social and Cultural Rights met', [
      ['Committee on Migrant Workers', 'Committee on Migrant Workers', ''],
      ['Committee on Economic, Social and Cultural Rights', 'Committee on Economic, Social and Cultural Rights', ''],
    ]],
    ['the Inter-agency Task Force for Africa met', [['Inter-agency Task Force for Africa', 'Inter-agency Task Force for Africa', '']]],
    // a company suffix belongs to the name
    ['Ms. Smith, Sahara Fund, Inc., spoke', [['Sahara Fund, Inc.', 'Sahara Fund, Inc.', '']]],
    // a numbered legislature keeps its ordinal; a house needs its complement
    ['on behalf of the twenty-fourth Guam Legislature, and', [['twenty-fourth Guam Legislature', 'twenty-fourth Guam Legislature', '']]],
    ['Member for Guam of the House of Representatives, Congress', [['House of Representatives', 'House of Representatives', '']]],
    // a body nested in another's complement is named too
    ['the Governing Council of the Centre for Sustainable Agricultural Mechanization met', [
      ['Governing Council of the Centre for Sustainable Agricultural Mechanization', 'Governing Council of the Centre for Sustainable Agricultural Mechanization', ''],
      ['Centre for Sustainable Agricultural Mechanization', 'Centre for Sustainable Agricultural Mechanization', ''],
    ]],
    // "by" inside a name; the document head that ends it
    ['the Advisory Committee of Permanent Representatives Designated by Members of the Commission met', [
      ['Advisory Committee of Permanent Representatives Designated by Members of the Commission', 'Advisory Committee of Permanent Representatives Designated by Members of the Commission', ''],
    ]],
    ['the Committee for the Review of the Implementation of the Convention and the Bureau', [
      ['Committee for the Review of the Implementation of the Convention', 'Committee for the Review of the Implementation of the Convention', ''],
    ]],
    // a known body, then the place a post is for; a mission to a known body, then where it sits
    ['Special Rapporteur of the Commission on Human Rights for Afghanistan, during', [['Commission on Human Rights', 'Commission on Human Rights', '']]],
    ['the Permanent Mission of Singapore to the United Nations in Geneva, a training', [
      ['Permanent Mission of Singapore to the United Nations', 'Permanent Mission of Singapore to the United Nations', ''],
    ]],
    // panels, mechanisms, facilities and directorates are bodies
    ['through the Global Environment Facility. The Panel of Experts on Libya and the Expert Mechanism on the Right to Development', [
      ['Global Environment Facility', 'Global Environment Facility', ''],
      ['Panel of Experts on Libya', 'Panel of Experts on Libya', ''],
      ['Expert Mechanism on the Right to Development', 'Expert Mechanism on the Right to Development', ''],
    ]],
    ['the General Directorate of Migration reported', [['General Directorate of Migration', 'General Directorate of Migration', '']]],
    // a known body after a connector stays whole inside a name, and a name ends with it when it ends on its head
    ['the Executive Board of the United Nations Development Programme met', [
      ['Executive Board of the United Nations Development Programme', 'Executive Board of the United Nations Development Programme', ''],
      ['United Nations Development Programme', 'United Nations Development Programme', 'UNDP'],
    ]],
    ['the Trust Fund to Support the Participation of Least Developed Countries in the Work of the Human Rights Council enabled', [
      ['Trust Fund to Support the Participation of Least Developed Countries in the Work of the Human Rights Council', 'Trust Fund to Support the Participation of Least Developed Countries in the Work of the Human Rights Council', ''],
    ]],
    ['the Executive Board of the World Health Organization Events Calendar', [
      ['Executive Board of the World Health Organization', 'Executive Board of the World Health Organization', ''],
      ['World Health Organization', 'World Health Organization', 'WHO'],
    ]],
    // a known body after "to" is where a report goes, unless a mission is accredited to it
    ['Report of the Disarmament Commission to the General Assembly at its eightieth session', [
      ['Disarmament Commission', 'Disarmament Commission', ''],
      ['General Assembly', 'General Assembly', ''],
    ]],
    ['the Chargé d’affaires of the Permanent Mission of the Russian Federation to the United Nations No. 2', [
      ['Permanent Mission of the Russian Federation to the United Nations', 'Permanent Mission of the Russian Federation to the United Nations', ''],
    ]],
    // a heading and its dateline run together
    ['Special Committee on Peacekeeping Operations New York, 17 February–14 March 2025', [
      ['Special Committee on Peacekeeping Operations', 'Special Committee on Peacekeeping Operations', ''],
    ]],
    // pre-modifiers listed with commas and closed by "and"
    ['commissioners of the Truth, Justice, Reparation and Reconciliation Commission were sworn in', [
      ['Truth, Justice, Reparation and Reconciliation Commission', 'Truth, Justice, Reparation and Reconciliation Commission', ''],
    ]],
    // an acronym defined by a name in another language keeps the name's lower case
    ['Submission by the Dynamique des groupes des peuples autochtones (DGPA) on land', [
      ['Dynamique des groupes des peuples autochtones', 'Dynamique des groupes des peuples autochtones', 'DGPA'],
      ['DGPA', 'Dynamique des groupes des peuples autochtones', 'DGPA'],
    ]],
    // a curated body is never the short form of a longer name that begins with it
    ['the African Union Panel of the Wise visited Juba, and the African Union said', [
      ['African Union Panel of the Wise', 'African Union Panel of the Wise', ''],
      ['African Union', 'African Union', 'AU'],
    ]],
    // a government named by its make-up is a body; one named by its country is the country
    ['talks between the Government of National Unity and the Government of Libya', [['Government of National Unity', 'Government of National Unity', '']]],
    ['the Revitalized Transitional Government of National Unity', [['Revitalized Transitional Government of National Unity', 'Revitalized Transitional Government of National Unity', '']]],
    // lists closed by "or" inside a name
    ['the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment visited', [
      ['Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', 'Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', ''],
    ]],
    // a list of single words or of names inside a name, but not the editors after it
    ['the Global Fund to Fight AIDS, Tuberculosis and Malaria and', [
      ['Global Fund to Fight AIDS, Tuberculosis and Malaria', 'Global Fund to Fight AIDS, Tuberculosis and Malaria', ''],
    ]],
    ['the Intergovernmental Panel on Climate Change, Hoesung Lee and José Romero, eds. (Geneva, 2023)', [
      ['Intergovernmental Panel on Climate Change', 'Intergovernmental Panel on Climate Change', ''],
    ]],
    // a treaty's secretariat and its Conference of the Parties are bodies
    ['the secretariat of the United Nations Framework Convention on Climate Change and', [
      ['secretariat of the United Nations Framework Convention on Climate Change', 'secretariat of the United Nations Framework Convention on Climate Change', ''],
    ]],
    // names in other languages and names with a lower-case head
    ['Mr. Vives, Federación Estatal de Instituciones Solidarias con el Pueblo Saharaui, and', [
      ['Federación Estatal de Instituciones Solidarias con el Pueblo Saharaui', 'Federación Estatal de Instituciones Solidarias con el Pueblo Saharaui', ''],
    ]],
    ['on behalf of the Front de libération nationale kanak socialiste (A/C.4/52/6)', [
      ['Front de libération nationale kanak socialiste', 'Front de libération nationale kanak socialiste', ''],
    ]],
    ['Fondation Botnar and UN-Habitat, Models', [['Fondation Botnar', 'Fondation Botnar', ''], ['UN-Habitat', 'UN-Habitat', '']]],
    // "and the" before a head starts a second name; an infinitive after "for" says what the body does
    ['ordena la activación del Consejo Nacional Antiterrorista y la Dirección Nacional Antiterrorista para coordinar', [
      ['Consejo Nacional Antiterrorista', 'Consejo Nacional Antiterrorista', ''], ['Dirección Nacional Antiterrorista', 'Dirección Nacional Antiterrorista', ''],
    ]],
    // a doubled word ends a title and starts the name
    ['Yours sincerely, Director General General Department of International Legal Cooperation', [
      ['General Department of International Legal Cooperation', 'General Department of International Legal Cooperation', ''],
    ]],
    // the UN's own hyphenated names are its entities' own names, also where PDF text sets the hyphen apart
    ['members of UN -Oceans and UN-Nutrition’s staff', [['UN -Oceans', 'UN-Oceans', ''], ['UN-Nutrition', 'UN-Nutrition', '']]],
    ['fighting between the Taliban and the Hezb-i-Wahdat broke out', [['Taliban', 'Taliban', ''], ['Hezb-i-Wahdat', 'Hezb-i-Wahdat', '']]],
    ['Irro of the Waddani party won; the Dhulbahante clan militia clashed', [
      ['Waddani party', 'Waddani party', ''], ['Dhulbahante clan militia', 'Dhulbahante clan militia', ''],
    ]],
    // the acronym's first letter starts the name
    ['The eighty-first session of the Economic and Social Commission for Asia and the Pacific (ESCAP) was held', [
      ['Economic and Social Commission for Asia and the Pacific', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
      ['ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
    ]],
    // lists inside a name, with or without the serial comma; never a list of people
    ['the Regional Center of Excellence for Women, Peace, and Security opened', [
      ['Regional Center of Excellence for Women, Peace, and Security', 'Regional Center of Excellence for Women, Peace, and Security', ''],
    ]],
    ['the House of Representatives, Aguila Saleh, and General Haftar', [['House of Representatives', 'House of Representatives', '']]],
    // a possessive owner is not part of the name; "People’s" is
    ['the Mission’s Formed Police Unit and the Sudan People’s Liberation Movement', [
      ['Formed Police Unit', 'Formed Police Unit', ''], ['Sudan People’s Liberation Movement', 'Sudan People’s Liberation Movement', ''],
    ]],
    // two peoples joined by "and" are not part of the name; adjacent heads make one name
    ['the Tajik and Hazara Northern Alliance fought', [['Northern Alliance', 'Northern Alliance', '']]],
    // a plural before "and" qualifies the head when a capitalised word is glued in front of it
    ['a complaint went to the Regional Grievances and Appeals Board, which', [
      ['Regional Grievances and Appeals Board', 'Regional Grievances and Appeals Board', ''],
    ]],
    ['with the Delta Water Rights and Fisheries Council in May', [
      ['Delta Water Rights and Fisheries Council', 'Delta Water Rights and Fisheries Council', ''],
    ]],
    // ... but not when the plural names bodies, or ends another name's complement
    ['the Member States and Regional Planning Council met', [['Regional Planning Council', 'Regional Planning Council', '']]],
    ['Network on Oceans and Coastal Resources and Marine Science Institute, 2021', [
      ['Network on Oceans and Coastal Resources', 'Network on Oceans and Coastal Resources', ''],
      ['Marine Science Institute', 'Marine Science Institute', ''],
    ]],
    // an event head with a noun after it qualifies the noun inside a complement; after "in" it is a room
    ['the Office for Legal Affairs and Conference Services reported', [
      ['Office for Legal Affairs and Conference Services', 'Office for Legal Affairs and Conference Services', ''],
    ]],
    ['the Advisory Board in Conference Room 4', [['Advisory Board', 'Advisory Board', '']]],
    // a known name and a head after it are another body: the first name ends before them
    ['the Statistics Unit of the United Nations Office at Nairobi said', [
      ['Statistics Unit', 'Statistics Unit', ''], ['United Nations Office at Nairobi', 'United Nations Office at Nairobi', ''],
    ]],
    // "and" then a preposition starts a clause, not the rest of the name
    ['to set up a Scientific Panel on Water Security and at Regional Level', [
      ['Scientific Panel on Water Security', 'Scientific Panel on Water Security', ''],
    ]],
    // after "of the", capitalised words and a head that ends the run name the body spoken of: nested
    ['the Executive Board of the Ocean Science Fund met.', [
      ['Executive Board of the Ocean Science Fund', 'Executive Board of the Ocean Science Fund', ''],
      ['Ocean Science Fund', 'Ocean Science Fund', ''],
    ]],
    // words joined by "and" across a bracket or a comma are two names, not one
    ['the Centre for Land Rights (Pastoral) and Coastal Peoples Network wrote', [
      ['Centre for Land Rights', 'Centre for Land Rights', ''], ['Coastal Peoples Network', 'Coastal Peoples Network', ''],
    ]],
    ['the World Bank Group and the Asian and Pacific Centre for Transfer of Technology', [
      ['World Bank Group', 'World Bank Group', ''],
      ['Asian and Pacific Centre for Transfer of Technology', 'Asian and Pacific Centre for Transfer of Technology', ''],
    ]],
    ['the Conference of the Parties to the United Nations Framework Convention on Climate Change decided', [
      ['Conference of the Parties to the United Nations Framework Convention on Climate Change', 'Conference of the Parties to the United Nations Framework Convention on Climate Change', ''],
    ]],
    // "and" before a second name ends the first
    ['the Office of the United Nations High Commissioner for Refugees and the Relief and Rehabilitation Commission', [
      ['Office of the United Nations High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees', 'UNHCR'],
      ['Relief and Rehabilitation Commission', 'Relief and Rehabilitation Commission', ''],
    ]],
    // a head before a head across one qualifying word is one name; two heads side by side are two
    ['the Fund Steering Committee and the Programme Operating Board met', [
      ['Fund Steering Committee', 'Fund Steering Committee', ''], ['Programme Operating Board', 'Programme Operating Board', ''],
    ]],
    // a word then a lower-case English word starts a clause before the name too
    ['Italy is not allowing International Seabed Mining Group (ISMG) inspectors in.', [
      ['International Seabed Mining Group', 'International Seabed Mining Group', 'ISMG'], ['ISMG', 'International Seabed Mining Group', 'ISMG'],
    ]],
    // an acronym then `and` lists two bodies; a name broken across lines is named in one line
    ['with RDA and the Regional Seabed Data Authority (RSDA) in 2024', [
      ['Regional Seabed Data Authority', 'Regional Seabed Data Authority', 'RSDA'], ['RSDA', 'Regional Seabed Data Authority', 'RSDA'],
    ]],
    ['the Regional Seabed\nData Authority (RSDA) met', [
      ['Regional Seabed\nData Authority', 'Regional Seabed Data Authority', 'RSDA'], ['RSDA', 'Regional Seabed Data Authority', 'RSDA'],
    ]],
    // ... but a header's label after the issuing body leaves the body a mention
    ['United Nations Report of the Secretary-General', [['United Nations', 'United Nations', 'UN']]],
    // `Against` written with a capital inside a name
    ['a report of the Regional Network Against Coastal Erosion was read', [
      ['Regional Network Against Coastal Erosion', 'Regional Network Against Coastal Erosion', ''],
    ]],
    // an acronym, then a verb, starts a clause, not the name the bracket defines
    ['The CAB invited the Committee for Road Transport (CRT) to report.', [
      ['Committee for Road Transport', 'Committee for Road Transport', 'CRT'], ['CRT', 'Committee for Road Transport', 'CRT'],
    ]],
    // ", the" starts the next item of a list: the name the bracket defines starts after it
    ['aligned with the Declaration on the Rights of Island Peoples, the International Seabed Mining Group (ISMG) and others', [
      ['International Seabed Mining Group', 'International Seabed Mining Group', 'ISMG'], ['ISMG', 'International Seabed Mining Group', 'ISMG'],
    ]],
    // the author of an author-date citation, an acronym the document never expands
    ['as surveys show (KDRC 2023; see also WRGN, 2021).', [['KDRC', 'KDRC', ''], ['WRGN', 'WRGN', '']]],
  ];
  it.each(cases)('%s', (text, expected) => expect(run(text)).toEqual(expected));

  it('links an acronym to its name by initials', () => {
    expect(acronymFits('UNSMA', 'United Nations Special Mission to Afghanistan')).toBe(true);
    expect(acronymFits('ESCAP', 'United Nations Economic and Social Commission for Asia and the Pacific')).toBe(true);
    expect(acronymFits('WHO', 'Ministry of Justice')).toBe(false);
  });
});

describe('compromise as an extra source (option)', () => {
  it('adds the company names it finds in paragraphs with a cue', () => {
    const withNlp = createExtractOrganisations({ compromise: true });
    const doc = withNlp(docOf('Grants came from Acme Widgets Inc. and others.'), ctx);
    expect(entities(doc, 'organisations').map((o) => [o.text, o.producers[0]])).toContainEqual(['Acme Widgets Inc.', 'extractor/compromise']);
    expect(entities(extract(docOf('Grants came from Acme Widgets Inc. and others.'), ctx), 'organisations')).toEqual([]);
  });
});

describe('short forms after the full name', () => {
  it('"the Standing Committee" is a variant of the full name the document gave', () => {
    const doc = extract(docOf('The Standing Committee on Developing Services Sectors met. Later the Standing Committee agreed.'), ctx);
    expect(entities(doc, 'organisations').map((o) => [o.text, o.name])).toEqual([
      ['Standing Committee on Developing Services Sectors', 'Standing Committee on Developing Services Sectors'],
      ['Standing Committee', 'Standing Committee on Developing Services Sectors'],
    ]);
  });

  it('"the State Assembly" is a variant of the one longer name it ends', () => {
    const doc = extract(docOf('The Jubbaland State Assembly met. Later the State Assembly approved it.'), ctx);
    expect(entities(doc, 'organisations').map((o) => [o.text, o.name])).toEqual([
      ['Jubbaland State Assembly', 'Jubbaland State Assembly'],
      ['State Assembly', 'Jubbaland State Assembly'],
    ]);
  });

  it('"United Nations" may precede the letters of an acronym; "the ESCAP Commission" is ESCAP', () => {
    const doc = extract(docOf('the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP). Later the ESCAP Commission met.'), ctx);
    const full = 'United Nations Economic and Social Commission for Asia and the Pacific';
    expect(entities(doc, 'organisations').map((o) => [o.text, o.name, o.acronym])).toEqual([
      [full, full, 'ESCAP'], ['ESCAP', full, 'ESCAP'], ['ESCAP Commission', full, 'ESCAP'],
    ]);
  });

  it('"United Nations" is a name of its own, not a short form', () => {
    const doc = extract(docOf('UNITED NATIONS. The United Nations Conference on Trade and Development met.'), ctx);
    expect(entities(doc, 'organisations').map((o) => [o.text, o.name])).toEqual([
      ['UNITED NATIONS', 'United Nations'],
      ['United Nations Conference on Trade and Development', 'United Nations Conference on Trade and Development'],
    ]);
  });

  it('a heading in capitals joins "and" words too', () => {
    const doc = extract(docOf('TRADE AND DEVELOPMENT BOARD'), ctx);
    expect(entities(doc, 'organisations').map((o) => o.text)).toEqual(['TRADE AND DEVELOPMENT BOARD']);
  });
});

describe('extract-organisations reports its close decisions', () => {
  const messages = (text: string) => extract(docOf(text), ctx).messages.map((m) => [m.ruleId, m.actual, m.expected]);
  it('a curated acronym the document never expands', () => {
    expect(messages('UNDP reported.')).toEqual([['extract-organisations/unexpanded-acronym', 'UNDP', 'United Nations Development Programme']]);
  });
  it('a short form that two full names begin', () => {
    expect(messages('the Standing Committee on Budget and the Standing Committee on Trade met; the Standing Committee decided'))
      .toEqual([['extract-organisations/ambiguous-short-form', 'Standing Committee', 'Standing Committee on Budget | Standing Committee on Trade']]);
  });
  it('nothing where the document names its bodies plainly', () => {
    expect(messages('The United Nations Development Programme (UNDP) met. UNDP reported.')).toEqual([]);
  });
});

describe('a country inside a name, with the places found before', () => {
  it.each([
    ['the Press Bureau of the Foreign Intelligence Service of the Russian Federation said', 'Press Bureau of the Foreign Intelligence Service of the Russian Federation'],
    ['crimes by the Armed Forces of the Russian Federation in Bucha were recorded', 'Armed Forces of the Russian Federation'],
    ['the United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'United Nations Relief and Works Agency for Palestine Refugees in the Near East'],
  ])('%s', (text, name) => {
    expect(entities(extractAll(text), 'organisations').map((o) => o.name)).toContain(name);
  });

  // a country that owns a body is no part of its name; neither is a document joined on by `and the`
  namesIn([
    ["Russia's Investigative Committee launched an investigation", ['Investigative Committee']],
    ['Eritrea’s Ministry of Energy, Mining and Water Resources reported', ['Ministry of Energy, Mining and Water Resources']],
    ['the Technology Bank for the Least Developed Countries and the Global Digital Compact, which', ['Technology Bank for the Least Developed Countries']],
    ['the Committee on Science and Technology Report was read', ['Committee on Science and Technology']],
    // a department named by what it does is a body, whatever words a place list holds
    ['the Defense Department and the Police Department met', ['Defense Department', 'Police Department']],
    // (a document right after the connectors: before, the whole candidate was dropped)
    ['pursued by the Department of Management and the Convention secretariat', ['Department of Management']],
  ]);
});

describe('where "and" joins the words of one name and where it joins two names', () => {
  namesIn([
    // a head with a plain noun after it qualifies that noun: the complement goes on
    ['It was led by the Bureau for Policy and Programme Support, with engagement.', ['Bureau for Policy and Programme Support']],
    // an acronym after "and the" is a body of its own
    ['It was led by the Bureau for Policy and Programme Support and the IEO, with engagement.', ['Bureau for Policy and Programme Support']],
    // a second name's head may come five words after "and the"
    ['the Ministry of Justice and the Moldovan Information and Security Service, a court', ['Ministry of Justice', 'Moldovan Information and Security Service']],
    // `News` only ends in s: it joins the name as the word before "and"
    ['requests the News and Media Division of the Department to continue', ['News and Media Division of the Department']],
    ['the Business and Human Rights Resource Centre reported', ['Business and Human Rights Resource Centre']],
    // a country that ends the run after "and" is a party beside the body (with the places found first)
    ['the hosting agreement between the Board of the Fund for Responding to Loss and Damage and the Philippines and the Fund',
      ['Board of the Fund for Responding to Loss and Damage', 'Fund for Responding to Loss and Damage']],
    ['the decision of the Ministry of Internal Affairs and the Kosovo police to act', ['Ministry of Internal Affairs']],
  ]);
});

describe('"in" or "at" after a head: where the body is, part of the name only for a body named by where it sits', () => {
  namesIn([
    ['the Haitian National Police in Mirebalais reported', ['Haitian National Police']],
    ['troops of the South Sudan People’s Defence Forces in Nasir moved', ['South Sudan People’s Defence Forces']],
    ['activities of the Secretariat in the Syrian Arab Republic will focus on engagement', []],
    ['regularly reported to the Executive Board in the IAS Annual Report, informal briefings', ['Executive Board']],
    // a body named by where it sits keeps its place, whatever follows
    ['United Nations Support Mission in Libya Report of the Secretary-General', ['United Nations Support Mission in Libya']],
  ]);
});

describe('a known body inside the complement of another', () => {
  namesIn([
    // the complement goes on after the known body: what follows is the outer name's
    ['as recommended by the Informal Working Group of the Security Council on General Issues of Sanctions, the',
      ['Informal Working Group of the Security Council on General Issues of Sanctions', 'Security Council']],
    // a known name that ends on no head starts a longer inner name
    ['the Governing Council of the United Nations Special Programme for the Economies of Central Asia met',
      ['Governing Council of the United Nations Special Programme for the Economies of Central Asia', 'United Nations Special Programme for the Economies of Central Asia']],
  ]);
});

describe('a comma or "and the" between bodies', () => {
  it.each([
    // `Entity` heads a name: the second body after "and the" is one of its own
    ['the United Nations Office for Project Services and the United Nations Entity for Gender Equality and the Empowerment of Women met',
      ['United Nations Office for Project Services', 'United Nations Entity for Gender Equality and the Empowerment of Women']],
    // an acronym after a comma that follows a word in small letters is another body
    ['with the OHCHR Regional Office for West Africa, IOM, UN-Women and others', ['OHCHR Regional Office for West Africa']],
    // acronyms after "of" list the bodies a name is of
    ['the Executive Board of UNDP, UNFPA and UNOPS met', ['Executive Board of UNDP, UNFPA and UNOPS']],
    // a known body after "and" is a party of its own
    ['between the Department of Global Communications and the United Nations Educational, Scientific and Cultural Organization on',
      ['Department of Global Communications', 'United Nations Educational, Scientific and Cultural Organization']],
    ['the Ministry of Environment and the United Nations country team agreed', ['Ministry of Environment']],
  ])('%s', (text, names) => {
    const found = mentionsIn(text);
    for (const n of names) expect(found).toContain(n);
    expect(found.filter((f) => f.length > 12 && !names.includes(f) && names.some((n) => f.includes(n)))).toEqual([]);
  });
});

describe('a list of places after the place of a name', () => {
  namesIn([
    // a country that opens a list of places is what the body acted for, not part of its name
    ['scale-ups were activated by the Inter-Agency Standing Committee for Lebanon, the Sudan and the Syrian Arab Republic to bolster',
      ['Inter-Agency Standing Committee']],
    ['the Special Committee for Kenya, Ethiopia, and Uganda met', ['Special Committee']],
    // a known body, or one named by where it sits, ends with its place
    ['The Economic Commission for Africa, Ethiopia and Kenya signed.', ['Economic Commission for Africa']],
    ['the United Nations Mission in South Sudan, Kenya and Uganda met', ['United Nations Mission in South Sudan']],
  ]);
});

describe('a second head after "on the", "to the" or "at the" starts the name the body acted on', () => {
  namesIn([
    ['and all subsequent resolutions of the Council on the Joint Programme, including', ['Joint Programme']],
    ['the report of the United Nations Sustainable Development Group on the Development Coordination Office was',
      ['United Nations Sustainable Development Group', 'Development Coordination Office']],
    ['observer status in the General Assembly to the African Export-Import Bank was', ['General Assembly', 'African Export-Import Bank']],
  ]);
});

describe('a known body after "in" or "at" inside a complement says where, or what, the body works on', () => {
  namesIn([
    ['Role of the Department of Global Communications in United Nations peacekeeping operations was noted.', ['Department of Global Communications', 'United Nations']],
    ['the Committee on Information in United Nations peacekeeping', ['Committee on Information', 'United Nations']],
    // a body named by where it sits keeps its place
    ['the United Nations Office at Geneva met', ['United Nations Office at Geneva']],
  ]);
});

describe('acronyms a slash joins, and a short form as addressee', () => {
  namesIn([
    // two acronyms a slash joins are one term of the name
    ['through the work of the Independent External Oversight Advisory Committee of the Joint United Nations Programme on HIV/AIDS, and',
      ['Independent External Oversight Advisory Committee of the Joint United Nations Programme on HIV/AIDS', 'Joint United Nations Programme on HIV/AIDS']],
    // "to the Council" is where a report goes, not part of a name
    ['the annual report of the Joint United Nations Programme on HIV/AIDS to the Council was noted', ['Joint United Nations Programme on HIV/AIDS']],
    ['the annual report of the Committee on World Food Security to the Council was noted', ['Committee on World Food Security']],
  ]);
});

describe('an instrument a body serves, named after "of the" or "to the", is part of its name', () => {
  namesIn([
    ['the Assembly of States Parties to the Rome Statute of the International Criminal Court met in The Hague',
      ['Assembly of States Parties to the Rome Statute of the International Criminal Court']],
    ['the Multilateral Fund for the Implementation of the Montreal Protocol approved', ['Multilateral Fund for the Implementation of the Montreal Protocol']],
    ['a seminar of the Board of the Cartagena Agreement in Lima', ['Board of the Cartagena Agreement']],
    ['the Standing Committee on Finance of the United Nations Framework Convention on Climate Change met',
      ['Standing Committee on Finance of the United Nations Framework Convention on Climate Change']],
  ]);
});

describe('"Executive" before a head that qualifies the next names the body', () => {
  namesIn([
    ['An Executive Board Bureau member expressed concern', ['Executive Board Bureau']],
    ['the Executive Board Secretariat supported the session', ['Executive Board Secretariat']],
  ]);
});

describe('a known body\'s whole name ends the name where no connector goes on', () => {
  namesIn([
    ['Report by the Director General of the Organisation for the Prohibition of Chemical Weapons Progress in the elimination of the programme',
      ['Organisation for the Prohibition of Chemical Weapons']],
    ['Office for the Coordination of Humanitarian Affairs Financial Tracking Service, “Humanitarian aid contributions”',
      ['Office for the Coordination of Humanitarian Affairs']],
  ]);
});

describe('a heading\'s roman number is no part of the name after it', () => {
  namesIn([
    ['the situation. II United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic 5. The Mission',
      ['United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic']],
  ]);
});

describe('a hyphen that PDF text spaces joins the parts of a name', () => {
  it.each([
    ['established the High -Level Network on Gender-Responsive Policing, chaired by', ['High -Level Network on Gender-Responsive Policing', 'High-Level Network on Gender-Responsive Policing', '']],
    ['the Counter -Terrorism Committee Executive Directorate visited', ['Counter -Terrorism Committee Executive Directorate', 'Counter-Terrorism Committee Executive Directorate', '']],
  ])('%s', (text, expected) => expect(run(text)).toEqual([expected]));
});

describe('an acronym defined after its name', () => {
  it.each([
    // the acronym written before its name as well starts no name
    ['GARR According to the Groupe d’Appui aux Rapatriés et Réfugiés (GARR), an organization', 'Groupe d’Appui aux Rapatriés et Réfugiés'],
    // a name that ends on a head in small letters is still a body
    ['the Global Terrestrial Observing System programme (GTOS) submitted a report', 'Global Terrestrial Observing System programme'],
  ])('%s', (text, name) => expect(run(text).map(([, n]) => n)).toContain(name));
});

describe('a city after "in" at the end of a complement says where the body sits', () => {
  namesIn([
    ['officials of the Ministry of Internal Security in Mogadishu said', ['Ministry of Internal Security']],
    ['the forty-sixth session of the FAO Committee on World Food Security in Rome was held', ['FAO Committee on World Food Security']],
    // a region may name the body, and `at` a campus
    ['the Organization for Security and Cooperation in Europe and the University of Texas at Austin',
      ['Organization for Security and Cooperation in Europe', 'University of Texas at Austin']],
  ]);
});

describe('an ordinal with a plural after it names people inside a name', () => {
  namesIn([
    ['was appointed Head of the Organization of African First Ladies for Development. In that capacity', ['Organization of African First Ladies for Development']],
    ['The Assembly of First Nations wrote to the Committee', ['Assembly of First Nations']],
    ['in Canada, the First Nations Information Governance Centre reported', ['First Nations Information Governance Centre']],
    // an ordinal before a session still ends the name
    ['the Committee of the Whole First Session was held', ['Committee of the Whole']],
  ]);
});

describe('an acronym after a bare "and" is a body of its own', () => {
  namesIn([
    ['with the United Nations Office on Drugs and Crime and IOM, it', ['United Nations Office on Drugs and Crime', 'IOM']],
    // in a list of acronyms the name is of, it stays
    ['the Executive Board of UNDP, UNFPA and UNOPS met', ['Executive Board of UNDP, UNFPA and UNOPS']],
  ]);
});

describe("a possessive after `of` that small letters follow ends the name, without its 's", () => {
  namesIn([
    ['The 2024 Commission on the Status of Women’s agreed conclusions underscored it', ['Commission on the Status of Women']],
    ['The Ministry of Justice’s eight-member Inspectorate', ['Ministry of Justice']],
  ]);
});

describe("a university's press is a publisher", () => {
  namesIn([
    ['(New York, Cambridge University Press, 2011) and (University of Chicago Press, 2019)', ['Cambridge University Press', 'University of Chicago Press']],
  ]);
});

describe("a body's committee named after it", () => {
  namesIn([
    ['The Human Rights Council Advisory Committee has underscored', ['Human Rights Council Advisory Committee']],
  ]);
});

describe('a name a blank line cut, which the document writes whole elsewhere', () => {
  it('runs on over the line', () => {
    const orgs = entities(extractAll('The efforts of the Department of Global\n\nCommunications to enhance multilingualism. The Department of Global Communications also met.'), 'organisations');
    expect(orgs.map((o) => [o.text, o.name])).toEqual([
      ['Department of Global\n\nCommunications', 'Department of Global Communications'], ['Department of Global Communications', 'Department of Global Communications']]);
  });
  it('starts before the line where the line cut its first words off', () => {
    const orgs = entities(extractAll('Representatives from the Libyan\n\nNational Army met. The Libyan National Army left.'), 'organisations');
    expect(orgs.map((o) => [o.text, o.name])).toEqual([
      ['Libyan\n\nNational Army', 'Libyan National Army'], ['Libyan National Army', 'Libyan National Army']]);
  });
});

describe('armies and military units, their number the first word of the name', () => {
  namesIn([
    ['clashes between the Libyan National Army and the Sudan People’s Liberation Army in Opposition', ['Libyan National Army', 'Sudan People’s Liberation Army in Opposition']],
    ['Commander Hassan Zadma of the 128th Reinforced Brigade met the 444th Brigade', ['128th Reinforced Brigade', '444th Brigade']],
    ['the memorial to the 161st Rifle Regiment of the 95th Moldovan Rifle Division', ['161st Rifle Regiment', '95th Moldovan Rifle Division']],
    ['the soldiers of the Sixth Tank Army and of the 1st Ukrainian Front', ['Sixth Tank Army', '1st Ukrainian Front']],
  ]);
});
