import { describe, expect, it } from 'vitest';
import { entities, extractAll } from '../../helpers.js';

const run = (text: string) => entities(extractAll(text), 'places').map((p) => [p.text, p.name, p.kind, p.countryCode ?? '']);

describe('extract-places', () => {
  const cases: [string, string[][]][] = [
    ['held in Almaty, Kazakhstan, from 17 May', [['Almaty', 'Almaty', 'city', 'KZ'], ['Kazakhstan', 'Kazakhstan', 'country', 'KZ']]],
    // a great city whose name is frequent in speech but in no spelling list
    ['the Holy Sites in Jerusalem and a meeting in Munich', [['Jerusalem', 'Jerusalem', 'city', 'IL'], ['Munich', 'Munich', 'city', 'DE']]],
    // a city written without its diacritics
    ['flights to Montreal and Poznan', [['Montreal', 'Montréal', 'city', 'CA'], ['Poznan', 'Poznań', 'city', 'PL']]],
    // headings in capitals hold places too
    ['REGIONAL SEMINAR, QUITO, ECUADOR, 12 MARCH 2024', [['QUITO', 'Quito', 'city', 'EC'], ['ECUADOR', 'Ecuador', 'country', 'EC']]],
    ['LATIN AMERICA AND THE CARIBBEAN', [['LATIN AMERICA AND THE CARIBBEAN', 'Latin America and the Caribbean', 'region', '']]],
    ['in Seoul, the Republic of Korea, in June', [['Seoul', 'Seoul', 'city', 'KR'], ['Republic of Korea', 'Republic of Korea', 'country', 'KR']]],
    ['across Asia and the Pacific and South-East Asia', [['Asia and the Pacific', 'Asia and the Pacific', 'region', ''], ['South-East Asia', 'South-East Asia', 'region', '']]],
    ['drought in the Sahel and the Mekong basin', [['Sahel', 'Sahel', 'region', ''], ['Mekong', 'Mekong', 'feature', '']]],
    ['The meeting in Lima was chaired by Mr. Paulo Lima.', [['Lima', 'Lima', 'city', 'PE']]],
    ['the Libyan Arab Jamahiriya and Turkey', [['Libyan Arab Jamahiriya', 'Libya', 'country', 'LY'], ['Turkey', 'Türkiye', 'country', 'TR']]],
    // states, provinces and territories (ISO 3166-2), written without the list's diacritics
    ['floods in Sindh and Balochistan, and in Kerala', [['Sindh', 'Sindh', 'subdivision', 'PK'], ['Balochistan', 'Balochistan', 'subdivision', 'PK'], ['Kerala', 'Kerala', 'subdivision', 'IN']]],
    ['the Governor of Warrap State and Upper Nile', [['Warrap', 'Warrap', 'subdivision', 'SS'], ['Upper Nile', 'Upper Nile', 'subdivision', 'SS']]],
    ['tourism in Bali, Indonesia', [['Bali', 'Bali', 'subdivision', 'ID'], ['Indonesia', 'Indonesia', 'country', 'ID']]],
    // a two-part name written without its hyphen; the name UN texts give a territory
    ['aid to Timor Leste and Guinea Bissau', [['Timor Leste', 'Timor-Leste', 'country', 'TL'], ['Guinea Bissau', 'Guinea-Bissau', 'country', 'GW']]],
    ['settlements in the Occupied Palestinian Territory', [['Occupied Palestinian Territory', 'State of Palestine', 'territory', 'PS']]],
    // areas UN texts name that no ISO 3166-2 list holds
    ['in the West Bank, the Gaza Strip and the occupied Syrian Golan', [['West Bank', 'West Bank', 'subdivision', 'PS'], ['Gaza Strip', 'Gaza Strip', 'subdivision', 'PS'], ['Syrian Golan', 'Golan', 'subdivision', 'SY']]],
    // states that no longer exist are places of their time, not bodies named Union
    ['after the collapse of the Soviet Union and of Yugoslavia', [['Soviet Union', 'Soviet Union', 'country', ''], ['Yugoslavia', 'Yugoslavia', 'country', '']]],
    ['the peoples of the USSR paid a high price', [['USSR', 'Soviet Union', 'country', '']]],
    // a hyphen that does not break (U+2011) joins as the ASCII one does
    ['aid to Timor\u2011Leste and Guinea\u2010Bissau', [['Timor\u2011Leste', 'Timor-Leste', 'country', 'TL'], ['Guinea\u2010Bissau', 'Guinea-Bissau', 'country', 'GW']]],
    // ...but after a preposition of place the city stands, however the text writes the word elsewhere
    ['male and female delegates met in Male, Maldives', [['Male', 'Male', 'city', 'MV'], ['Maldives', 'Maldives', 'country', 'MV']]],
  ];
  it.each(cases)('%s', (text, expected) => expect(run(text)).toEqual(expected));

  it('carries both offsets and producer tags', () => {
    const doc = extractAll('The meeting was held in Bangkok.');
    const [p] = entities(doc, 'places');
    expect(doc.original.slice(p.source.start, p.source.end)).toBe('Bangkok');
    expect(p.producers).toEqual(['extractor/gazetteer', 'gazetteer/city']);
  });
});
