import { createContext } from '../../../src/core/stage.js';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/record/build.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair, repairOptions } from '../../../src/stages/repair/index.js';
import { docOf, ocrDocOf, editsBy, inNoisyScan } from '../../helpers.js';

const batch = {
  vocabulary: new Map([['committee', 5], ['economic', 5], ['secretary', 5], ['meeting', 5]]),
  acronyms: new Set(['UNSMA', 'ESCAP']),
  bigrams: new Map([['continue to', 4], ['to provide', 4], ['contributes to', 3]]),
};
const ctx = createContext(batch);
const detect = createDetectGarble();
const repair = createRepair();
const run = (text: string) => repair(detect(ocrDocOf(text), ctx), ctx);
/** With one rule that is off by default turned on. */
const runWith = (rule: string) => (text: string) => createRepair({ rules: { [rule]: true } })(detect(ocrDocOf(text), ctx), ctx);
const offByDefault = (rule: string) => !repairOptions.parse({}).rules[rule];
/** As normalise would judge the text itself. */
const runJudged = (text: string) => repair(detect(docOf(text), ctx), ctx);

type Case = [input: string, output: string, rule: string];

describe('repair rules', () => {
  const cases: Case[] = [
    ['The Commitice met; the Committee decided.', 'The Committee met; the Committee decided.', 'repair/word'],
    ['drought and land degradatien in Africa', 'drought and land degradation in Africa', 'repair/word'],
    ['the Economie and Social Commission of the Economic Commission', 'the Economic and Social Commission of the Economic Commission', 'repair/word'],
    ['the Economie and Social Council of the Economic Commission', 'the Economic and Social Council of the Economic Commission', 'repair/known-name'],
    ['the Seeretary-General said to the Secretary', 'the Secretary-General said to the Secretary', 'repair/word'],
    ['at its 5th mecting on 3 May', 'at its 5th meeting on 3 May', 'repair/word'],
    // a comma parts a short word from the word before it: the pair after it decides alone
    ['He wrote sermons, bnt the Parliament knocked.', 'He wrote sermons, but the Parliament knocked.', 'repair/word'],
    // the start of a longer token, but one no lexicon knows (a misreading too), so no cut word
    ['and tiie report was sent; tiiere the report was read', 'and the report was sent; there the report was read', 'repair/word'],
    ['in Ig82 and 19B7', 'in 1982 and 1987', 'repair/digits'],
    ['see A/39/36I now', 'see A/39/361 now', 'repair/digits'],
    // an `l` in a number with no stop after it is a misread 1
    ['in 20l5 and 19l0', 'in 2015 and 1910', 'repair/digits'],
    ['(A/S0/23) and A/S2/SR.3-7', '(A/50/23) and A/52/SR.3-7', 'repair/digits'],
    ['Distr. GENERAL 19 November 997 ORIGINAL', 'Distr. GENERAL 19 November 1997 ORIGINAL', 'repair/digits'],
    ['at its 4th meeting, on (9 September 1997, the', 'at its 4th meeting, on 19 September 1997, the', 'repair/digits'],
    ['took action on item [8 at its 9th meeting', 'took action on item 18 at its 9th meeting', 'repair/digits'],
    ['see (AVCONF.171/13/Rev.1), EICN.9/2025/1.', 'see (A/CONF.171/13/Rev.1), E/CN.9/2025/1.', 'repair/symbol'],
    ['documents (A/C-4/52/2) and A/CA/52/SR.5', 'documents (A/C.4/52/2) and A/C.4/52/SR.5', 'repair/symbol'],
    ['at its twenty-first special session ($-21/2)', 'at its twenty-first special session (S-21/2)', 'repair/symbol'],
    ['On 29 December (997, he left', 'On 29 December 1997, he left', 'repair/digits'],
    ['the Sth meeting', 'the 5th meeting', 'repair/digits'],
    // a quantity's number before `per cent` or `million`, a digit drawn as a letter
    ['it fell by L4 per cent and J0 per gent', 'it fell by 14 per cent and 10 per gent', 'repair/digits'],
    ['aid reached 1L6 million people', 'aid reached 116 million people', 'repair/digits'],
    ['from 12 10 14 December 2006', 'from 12 to 14 December 2006', 'repair/to'],
    ['held from 18 40 20 May 2010 in', 'held from 18 to 20 May 2010 in', 'repair/to'],
    // a day out of order between two rising days (`3 17 6 June`) is `to` misread
    ['held from 3 17 6 June 2024 in', 'held from 3 to 6 June 2024 in', 'repair/to'],
    ['and continue t provide help', 'and continue to provide help', 'repair/to'],
    ['at its 7th meeting. on 3 October', 'at its 7th meeting, on 3 October', 'repair/punctuation'],
    ['Benin. Brazil. Egypt and Italy', 'Benin, Brazil, Egypt and Italy', 'repair/punctuation'],
    ['the libA©ration front', 'the libération front', 'repair/ocr-mojibake'],
    ['the FederaciA3n', 'the Federación', 'repair/ocr-mojibake'],
    ['the Committeeds report', 'the Committee’s report', 'repair/ocr-mojibake'],
    ['UNCTAD reported on UNCTAD&4s work', 'UNCTAD reported on UNCTAD’s work', 'repair/ocr-mojibake'],
    ['the Democratic Peopleds Republic', 'the Democratic People’s Republic', 'repair/ocr-mojibake'],
    ['the Lao Peopleas Democratic Republic', 'the Lao People’s Democratic Republic', 'repair/ocr-mojibake'],
    ['the interests of shippersa and ports', 'the interests of shippers’ and ports', 'repair/ocr-mojibake'],
    ['held from 10414 February 2025', 'held from 10–14 February 2025', 'repair/ocr-mojibake'],
    ['entitled 4Transforming our world', 'entitled “Transforming our world', 'repair/ocr-mojibake'],
    ['Network, aThematic brief: social protectiona, 2020', 'Network, “Thematic brief: social protection”, 2020', 'repair/ocr-mojibake'],
    ['the SDGs in aRoadmap for localizing the SDGsa, 2021', 'the SDGs in “Roadmap for localizing the SDGs”, 2021', 'repair/ocr-mojibake'],
    // where the marks were seen, a bare 4 between words and a 4 glued to a range's second day are dashes; a number stays
    ['the SDGs, aThematic briefa and aRoadmap for the SDGsa: itself 4 referred to in the 4 countries, Cairo, 5 413 September',
      'the SDGs, “Thematic brief” and “Roadmap for the SDGs”: itself – referred to in the 4 countries, Cairo, 5 –13 September', 'repair/ocr-mojibake'],
    ['the sess ion was opened', 'the session was opened', 'repair/join'],
    ['as set out inthe annex', 'as set out in the annex', 'repair/split'],
    ['poverty eradicati on. There', 'poverty eradication. There', 'repair/join'],
    ['security for critica l infrastructure', 'security for critical infrastructure', 'repair/join'],
    // a capitalised word's end split off, where the document writes the word whole twice
    ['Ageing is ours. Ageing well. The Assembly on Age ing met.', 'Ageing is ours. Ageing well. The Assembly on Ageing met.', 'repair/join'],
    ['in least developed c ountries, less', 'in least developed countries, less', 'repair/join'],
    // a capitalised word split in two, neither half a word or name, the whole a common word
    ['the Hum anitarian Country Team met', 'the Humanitarian Country Team met', 'repair/join'],
    ['the so-called 4Somalilanda region', 'the so-called “Somaliland” region', 'repair/ocr-mojibake'],
    ['Introduction |. The present report', 'Introduction 1. The present report', 'repair/digits'],
    ['Under agenda item | (a), the', 'Under agenda item 1 (a), the', 'repair/digits'],
    ['the Mission as at | November 2024, and', 'the Mission as at 1 November 2024, and', 'repair/digits'],
    // a day before a month name with a digit misread
    ['the Assembly met from L8 to 20 February and', 'the Assembly met from 18 to 20 February and', 'repair/digits'],
    ['Between 1b October 2024 and', 'Between 16 October 2024 and', 'repair/digits'],
    ['the period from § December 2024 onwards', 'the period from 5 December 2024 onwards', 'repair/digits'],
    ['and again on S February 2025, the', 'and again on 5 February 2025, the', 'repair/digits'],
    ['from 2 March 2024 to LS April 2025', 'from 2 March 2024 to 15 April 2025', 'repair/digits'],
    // a low-resolution scan draws a 1 as J or U
    ['at a meeting in Brussels on U7 December 2024, the', 'at a meeting in Brussels on 17 December 2024, the', 'repair/digits'],
    ['the period from J January to 30 June 2025', 'the period from 1 January to 30 June 2025', 'repair/digits'],
    ['the Parties 10 the Convention', 'the Parties to the Convention', 'repair/to'],
    ['From 28 October te 4 November, a delegation', 'From 28 October to 4 November, a delegation', 'repair/to'],
    ['the Committee decided 16 continue its work', 'the Committee decided to continue its work', 'repair/to'],
    ['requested the Secretary-General 10 report to it', 'requested the Secretary-General to report to it', 'repair/to'],
    ['the factions belonging 1 the Northern Alliance', 'the factions belonging to the Northern Alliance', 'repair/to'],
    ['Al its 5th meeting, the Committee', 'At its 5th meeting, the Committee', 'repair/at'],
    // UN print's ranges and parenthetic dashes are en dashes, which an engine reads as em dashes
    ['Distr.: General. For the period 2024—25, ages (15—49) and higher tariffs — resulting in losses',
      'Distr.: General. For the period 2024–25, ages (15–49) and higher tariffs – resulting in losses', 'repair/en-dash'],
    // a text that does not open as an official document may mean its spaced em dashes: only its ranges change
    ['POLICY BRIEF. For the period 2024—25, reasons — or more often', 'POLICY BRIEF. For the period 2024–25, reasons — or more often', 'repair/en-dash'],
    // short tokens read by what general English (the Brown corpus) puts beside their neighbours
    // a rare word of the spelling list, in OCR output, is read the same way from both neighbours
    ['the members af the Committee', 'the members of the Committee', 'repair/rare-word-in-context'],
    // after a comma, the comma and the word after read a short word together
    ['The bill was passed after a debate, aad being read twice it became law.', 'The bill was passed after a debate, and being read twice it became law.', 'repair/context-word'],
    ['an understanding af independence', 'an understanding of independence', 'repair/rare-word-in-context'],
    ['Fhe report was adopted.', 'The report was adopted.', 'repair/context-word'],
    // one neighbour decides alone where the other is a garbled word, for a token no word list knows
    ['the qzxvw ahd the Committee', 'the qzxvw and the Committee', 'repair/context-word'],
    // a token no spelling list has, a cheap confusion from a function word: read however seldom the document writes the word
    ['advances in science und technology', 'advances in science and technology', 'repair/frequent-word'],
  ];
  it.each(cases)('%j -> %j', (input, output, rule) => {
    // a rule off by default shows what it does when the config turns it on
    const doc = (offByDefault(rule) ? runWith(rule) : run)(input);
    expect(doc.text).toBe(output);
    // exactly this rule repaired the text: no other rule fired on it
    expect([...new Set(doc.edits.filter((e) => e.stage === 'repair').flatMap((e) => e.rules))]).toEqual([rule]);
    for (const e of doc.edits) expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
  });

  it('logs a join as the whole pair, not a lone space', () => {
    const doc = run('the sess ion was opened');
    expect(doc.edits).toEqual([expect.objectContaining({ from: 'sess ion', to: 'session', rules: ['repair/join'] })]);
  });

  it('logs what it repaired, with both offsets', () => {
    const record = buildRecord(run('The Commitice met; the Committee decided.'));
    expect(record.repairs).toEqual([expect.objectContaining({ from: 'Commitice', to: 'Committee', rule: 'repair/word' })]);
    const r = record.repairs[0];
    expect(record.text.slice(r.start, r.end)).toBe('Committee');
  });

  it('by default leaves the seed report tail flagged, as printed', () => {
    const record = buildRecord(run('organized by the Ministry of Justice oyGf(Ministra332 To'));
    expect(record.text).toBe('organized by the Ministry of Justice oyGf(Ministra332 To');
    expect(record.garbled).toEqual([expect.objectContaining({ text: 'oyGf(Ministra332 To', action: 'kept' })]);
  });

  it('with salvage turned on, keeps the readable word of the seed report tail', () => {
    const doc = runWith('repair/salvage')('organized by the Ministry of Justice oyGf(Ministra332 To');
    expect(doc.text).toBe('organized by the Ministry of Justice Ministry To');
    const { garbled } = buildRecord(doc);
    expect(garbled).toHaveLength(1);
    expect(garbled[0]).toMatchObject({ text: 'Ministry To', original: 'oyGf(Ministra332 To', action: 'repaired' });
    expect(garbled[0].reasons).toEqual(['inner-punctuation', 'mixed-case', 'stray-capital']);
  });

  // most words of a bad scan are misread: its short tokens are read as the function words they nearly are
  const noisy = 'Repott ed the Sovtelars Gesermments caunines tetints Fogether subantted paraztaph aenths Hhainatioas '
    + 'Atzhan ditected centinde Nauuny kisey Atehanustun tiuding Goopeta actsities Cemmittec censidcred repert ';
  it('in a noisy scan, reads "ot" and "te" as of and to where a neighbour has seen them; keeps real words', () => {
    // (the context rules, which run first, off: this is the function-word reading alone)
    const withRule = createRepair({ rules: { 'repair/context-word': false, 'repair/rare-word-in-context': false } });
    const doc = withRule(detect(docOf(`${noisy}${noisy}${noisy}the report ot the Committee te the land and aid.`), ctx), ctx);
    expect(doc.text.endsWith('the report of the Committee to the land and aid.')).toBe(true);
    expect(editsBy(doc, 'repair/function-word')).toEqual(['ot>of', 'te>to']);
  });

  it('is on by default (right 96% of the time on the noisy scans)', () => {
    expect(repairOptions.parse({}).rules['repair/function-word']).toBe(true);
  });

  it('in a clean text, the same tokens stay', () => {
    const text = 'The report ot dhe Committee te the meeting was noted by the Assembly at its session in the city.';
    expect(run(text).edits.filter((e) => e.rules.includes('repair/function-word'))).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => createRepair({ maxCost: 0 })).toThrow(TypeError);
    expect(() => createRepair({ margin: -1 })).toThrow(TypeError);
    expect(() => createRepair({ unknown: 1 } as never)).toThrow(TypeError);
  });
});

describe('repair reports the readings it could not choose between', () => {
  it('leaves the word and says which readings were too close', () => {
    const doc = run('the cale was heard');
    expect(doc.text).toBe('the cale was heard');
    expect(doc.messages).toEqual([expect.objectContaining({
      ruleId: 'repair/word', stage: 'repair', severity: 'info', place: { start: 4, end: 8 }, actual: 'cale', expected: 'care | cafe',
    })]);
  });
});

describe('repair in a noisy scan', () => {
  const noisy = (sentence: string) => runJudged(inNoisyScan(sentence));
  it.each([
    // far readings take the long words; a short word between two clean words is still read
    ['the plan was alse adopted by the Council.', 'repair/word', 'alse>also'],
    ['The Committee will meet nexl week.', 'repair/word', 'nexl>next'],
    // a second look once the far readings have read its neighbours (`eontinue` -> `continue`)
    ['Such barriers eontinue 16 hinder progress.', 'repair/to', '16>to'],
    // ... and a day once the far readings have read the month after it
    ['The talks resumed. On LS Noveatber, the Council met.', 'repair/digits', 'LS>15'],
    ['It was held on 9 and LO Februtry in the capital.', 'repair/digits', 'LO>10'],
  ])('%j: %s reads %s', (sentence, rule, edit) => expect(editsBy(noisy(sentence), rule)).toContain(edit));
});
