import { createContext } from '../../../src/core/stage.js';
import { describe, expect, it } from 'vitest';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { createNormalise } from '../../../src/stages/normalise/index.js';
import { docOf, inNoisyScan, ocrDocOf } from '../../helpers.js';

const ctx = createContext({ vocabulary: new Map<string, number>(), acronyms: new Set<string>(), bigrams: new Map<string, number>() });
const pipeline = (text: string) => createRepair()(createDetectGarble()(docOf(text), ctx), ctx);
/** The same, in a document normalise judged OCR output: English word rules run. */
const scanned = (text: string) => createRepair()(createDetectGarble()(ocrDocOf(text), ctx), ctx);

/** Proper names, acronyms, symbols, numbers, foreign and rare words: never changed. */
const UNCHANGED = [
  'Mr. Lakhdar Brahimi met Mr. Norbert H. Holl and Mr. James C. Ngobi in Kabul.',
  'UNSMA, UNCTAD, ESCAP, UNHCR and the SDGs; the VNRs and VLRs of 2025.',
  'See A/52/682-S/1997/894, resolution 52/211 B and ESCAP/81/33 (2–13 December 2024).',
  'Front de libération nationale kanak et socialiste; Federación Estatal; communiqué.',
  'Ms. Winslow, on behalf of the Front de libération nationale kanak socialiste, at the 9th meeting.',
  'The preambular paragraphs, the drylands and the deliverables of the biennium.',
  'In 2014, 1948 and 3412 cases; 10 members of the 10 countries; item 1 (a).',
  // `1` before no article, or after a word that takes numbers, is a number (or `I`)
  'paragraph 1 the Committee noted; figures 1 and 2; which 1 believe',
  'The 4G network, 4th meeting and 4 Members; a | b table.',
  'Mr. Al Gore spoke; resolution 10 the Assembly; article 10 the text; on 10 the same day.',
  'the 16 countries and item 16 of the agenda; in 16 cases; the amelioration of t he poor',
  // a `t` is no "to" before a word it makes one with, across a line, before a capital or before "to"
  'saving t he servants; the law became t\n\nhe general law; when t General Meeting opens; he was t to follow',
  // numbers that are no day beside days: counts and ages, not a range
  'On 18 40 people died; aged 20 55 30 and 12 45 years; 31 May 2010 and 15 60 40 June',
  // words between two dates that are no "to": either date, or a mark after the month
  'on 28 October or 4 November; on 3 May at 4 June; 9 March, so 4 April',
  // days in order, or falling (no range of days), stay
  'tables 3 4 6 June; lists 9 2 1 June',
  // words and numbers before a month name are not a misread day: the deadline is May, a month-long
  // recess so June ended, Annex I, a number that is no day
  'the deadline is May 2025; and so June ended; see annex I May 2024; in 48 May; the bo May',
  // letters a 1 may be drawn as make a day only beside a digit: the US May figures, an OU December note
  'the US May figures and the OU December note',
  // a full stop that ends a short form or a heading in capitals, before a lower-case word
  'on the 8th day of Aug. on which day John Noble, Esq. of the India House, came to the CIRCULATING LIBRARY. the proprietors',
  'The loya jirgah in Badghis, Faryab and Qarabagh; Hezb-i-Wahdat forces.',
  'aged 15 years, on 10 October, ISSN: 2411-9067, the ADB and the AIDS response.',
  'The items, e.g. the report, etc. and the annex (see para. 3 and pp. 4-5) were noted.',
  // a name ending in -as, a lost space after a plural, an acronym after a capital A, a number before a new sentence
  'The round table was co-moderated by Helena Valas and the advisory servicesas follows.',
  'the flagship of ASIT’s programme and the ceiling is 148. From October 2024 it fell.',
  // closed compounds of two content words are words, not a lost space
  'youth engagement in policymaking and the workplan of the peacebuilding offices',
  // brackets that close are brackets: a date in brackets, a count in brackets
  'the decision (9 September 1997) and the vote (8 members) on item (a); in the year 997 of the Hijra',
  'Department of Economic and Social Affairs (1 January–31 December 2024) and “Data Innovation for Producing SDG4',
  // symbols as written stay: special sessions, committees, conferences, councils
  'A/S-21/2, A/C.4/52/SR.3, A/CONF.171/13/Rev.1, E/CN.9/2025/1, S/RES/1325 (2000), E/ESCAP/81/33, A/AC.109/1191, AVIATION and EICAR',
  // with no quote marks misread, a bare 4 is a number
  'the committee met 4 times; it noted 4 reports and item 4 of the agenda, Cairo, 5 413 visitors',
  // a word and a shred after it join only where the document writes the joined word whole
  'The Assembly on Age ing met; the Sea ing report.',
  // a capitalised word beside a shred is split only if the halves make a common word: a name's halves may not
  'Mr. Ka rim and Ms. Bo te spoke; the Tec cH unit',
  // adverbs of known adjectives, and short words people use
  'to manage public spending sustainably and inclusively; a knowledge hub for the region',
  // a text that prints en dashes tells them from em dashes: its em dashes are meant
  'Distr.: General. The years 2010–2015 and 2016—2020; a pause — then the vote',
  // an em dash at a line's end, or beside no word or number, is no range and no parenthesis
  'Distr.: General. The options were: —\n(a) to wait; — ;',
  // sums in pounds as old print abbreviates them: `10l.` is no misread 101
  'when the tithe subtracted exceeds 10l. the tenant pays, and at 400l. the landlord',
  // names with digits before a quantity word stay; so do numbers with a nought first
  'the G20 million-dollar fund, the 05 per cent and the O5 per cent',
];

describe('repair never makes clean text worse', () => {
  it.each(UNCHANGED)('%s', (text) => {
    const doc = pipeline(text);
    expect(doc.text).toBe(text);
  });
  it.each(UNCHANGED)('even in an OCR document: %s', (text) => {
    expect(scanned(text).text).toBe(text);
  });
});

/** Born-digital text as pdftotext gives it: names, other languages, numbers and compounds are right as printed. */
const BORN_DIGITAL = [
  'Kofi Annan, Isobel Coleman, Elmar Brok, Moana Carcasses, Antti Rinne, Mohammad Salva Kiir and Kanev spoke of the Zangezur corridor.',
  'Siguiendo instrucciones de mi Gobierno, tengo el honor de transmitirle una carta del Representante Permanente; se exige que los intereses regionales de ellos se respeten.',
  'the Local2030 coalition and the Youth20 summit; the G20 and SDG4; rights15 and Latvia31.',
  'the programme brought 1 billion people out of poverty; 10 countries signed; the subprogrammes and sub-regional offices',
  'Tesla Model Y, iPhone, #SDGs, @UNESCAP, info@un.org and https://www.unescap.org/resources',
];

describe('born-digital text keeps its words', () => {
  it.each(BORN_DIGITAL)('%s', (text) => {
    const doc = pipeline(text);
    expect(doc.profile ?? null).toBeNull(); // judged on the spot: the stage ran alone
    expect(doc.text).toBe(text);
  });
});

/** In an OCR document, a capitalised word that does not look garbled is a name, unless the document writes the reading. */
const NAMES_IN_SCANS = [
  'Kofi Annan spoke.', 'Isobel Coleman spoke.', 'Elmar Brok spoke.', 'Moana Carcasses spoke.', 'Mr. Kanev spoke.',
  'the Zangezur corridor', 'Salva Kiir spoke.',
];

describe('names in scans stay names', () => {
  it.each(NAMES_IN_SCANS)('%s', (text) => expect(scanned(text).text).toBe(text));
});

/** Pieces of words the layout cut are no misreadings: read alone they become other words. */
const WORD_PIECES = [
  'the last elec- tions gave three Whigs to four', // a line-end hyphen kept in the line
  'his congre- gation and the navi- gation', // both sides of it
  'the proportion of children: the propor tion of girls', // a split word whose halves join into a word
  'a general behaviour vain, ridi-culous, and thrasonical', // a word hyphenated inside a line
  // the start or the end of a longer word the document writes: cut, not misread
  'the processing of data and the processi ‘ofeach meeting',
  'a discussion was held; a high-level panel di: cussion was held',
  'developing countries; we began developi ‘a report on innovation',
];

describe('pieces of words stay as they are', () => {
  it.each(WORD_PIECES)('%s', (text) => expect(scanned(text).edits.filter((e) => e.rules.includes('repair/word'))).toEqual([]));
});

/** Short words whose only reading is a rare word no OCR confusion leads to: another spelling as often as a misreading. */
const RARE_PLAIN_READINGS = ['a wondrus view of the lake', 'the childsh games', 'the featurr of the plan'];

/** A short word the document spells the same way twice, and never as the reading: its own spelling (old, regional). */
const OWN_SPELLINGS = ['the wery man and the wery day', 'the nothink said and nothink done'];

describe('short words the document spells its own way, twice or more, stay', () => {
  it.each(OWN_SPELLINGS)('%s', (text) => expect(scanned(text).text).toBe(text));
});

describe('a short word after a comma stays unless the word after it has seen the reading', () => {
  it.each(['He wrote sermons, bnt Parliament knocked.', 'The law was carried, aad Zorblax was glad.'])('%s', (text) => expect(scanned(text).text).toBe(text));
});

describe('short words with only a rare reading by a plain edit stay', () => {
  it.each(RARE_PLAIN_READINGS)('%s', (text) => expect(scanned(text).text).toBe(text));
});

describe('in a noisy scan, a short word among garbled words stays', () => {
  it.each(['the Ginbd alse Feporr adopted.', 'a Qeruwt thut Hrolpe day.'])('%s', (sentence) => {
    const doc = createRepair()(createDetectGarble()(docOf(inNoisyScan(sentence)), ctx), ctx);
    expect(doc.edits.filter((e) => e.rules.includes('repair/word'))).toEqual([]);
  });
});

describe('pieces a blank line parts in the original are two words', () => {
  const normalised = (text: string) => createRepair()(createDetectGarble()(createNormalise()(docOf(text), ctx), ctx), ctx).text;
  it('not joined across a blank line the reflow took out', () => {
    expect(normalised('the sess\n\nion was opened')).toBe('the sess ion was opened');
  });
  it('joined on one line (guard)', () => {
    expect(normalised('the sess ion was opened')).toBe('the session was opened');
  });
});
