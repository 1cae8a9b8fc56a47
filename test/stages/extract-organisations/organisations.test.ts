import { describe, expect, it } from 'vitest';
import { acronymFits } from '../../../src/stages/extract-organisations/acronyms.js';
import { createExtractOrganisations } from '../../../src/stages/extract-organisations/index.js';
import { ctx, docOf } from '../../helpers.js';

const extract = createExtractOrganisations();
const run = (text: string) => extract(docOf(text), ctx).organisations.map((o) => [o.text, o.name, o.acronym ?? '']);

describe('extract-organisations', () => {
  const cases: [string, string[][]][] = [
    ['the Economic and Social Commission for Asia and the Pacific (ESCAP). ESCAP met.', [
      ['Economic and Social Commission for Asia and the Pacific', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
      ['ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
      ['ESCAP', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
    ]],
    ['organized by the Ministry of Justice of Kazakhstan', [['Ministry of Justice of Kazakhstan', 'Ministry of Justice of Kazakhstan', '']]],
    ['with the Department of Political Affairs, he', [['Department of Political Affairs', 'Department of Political Affairs', 'DPA']]],
    ['the Committee on Emerging Social Issues met', [['Committee on Emerging Social Issues', 'Committee on Emerging Social Issues', '']]],
    ['the United Nations Development Programme and the World Meteorological Organization', [
      ['United Nations Development Programme', 'United Nations Development Programme', 'UNDP'],
      ['World Meteorological Organization', 'World Meteorological Organization', 'WMO'],
    ]],
    ['ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC', [['ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC', 'Economic and Social Commission for Asia and the Pacific', 'ESCAP']]],
    ['UNCTAD reported.', [['UNCTAD', 'UNCTAD', '']]],
    ['the UNCTAD secretariat reported', [['UNCTAD secretariat', 'UNCTAD secretariat', '']]],
    ['the Committee on Migrant Workers and the Committee on Economic, Social and Cultural Rights met', [
      ['Committee on Migrant Workers', 'Committee on Migrant Workers', ''],
      ['Committee on Economic, Social and Cultural Rights', 'Committee on Economic, Social and Cultural Rights', ''],
    ]],
    ['the Inter-agency Task Force for Africa met', [['Inter-agency Task Force for Africa', 'Inter-agency Task Force for Africa', '']]],
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
    const doc = withNlp(docOf('Grants came from the Sahara Fund, Inc. and others.'), ctx);
    expect(doc.organisations.map((o) => [o.text, o.producers[0]])).toContainEqual(['Sahara Fund, Inc.', 'extractor/compromise']);
  });
});

describe('short forms after the full name', () => {
  it('"the Standing Committee" is a variant of the full name the document gave', () => {
    const doc = extract(docOf('The Standing Committee on Developing Services Sectors met. Later the Standing Committee agreed.'), ctx);
    expect(doc.organisations.map((o) => [o.text, o.name])).toEqual([
      ['Standing Committee on Developing Services Sectors', 'Standing Committee on Developing Services Sectors'],
      ['Standing Committee', 'Standing Committee on Developing Services Sectors'],
    ]);
  });

  it('a heading in capitals joins "and" words too', () => {
    const doc = extract(docOf('TRADE AND DEVELOPMENT BOARD'), ctx);
    expect(doc.organisations.map((o) => o.text)).toEqual(['TRADE AND DEVELOPMENT BOARD']);
  });
});
