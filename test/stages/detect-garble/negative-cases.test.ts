import { describe, expect, it } from 'vitest';
import { createContext, emptyBatch } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { docOf } from '../../helpers.js';

const detect = createDetectGarble();
const ctx = createContext({ ...emptyBatch(), acronyms: new Set(['UNSMA', 'ESCAP']) });

/** Real words, names, acronyms and symbols from UN reports: never garbage. */
const CLEAN = [
  'The Secretary-General submitted the report to the General Assembly.',
  'UNSMA and ESCAP met in Bangkok, Thailand, and Almaty, Kazakhstan.',
  'See documents A/52/682-S/1997/894 and resolution 52/211 B of 19 December 1997.',
  'Mr. Lakhdar Brahimi and Mr. James C. Ngobi, Deputy Head of UNSMA.',
  'Contact escap-migration@un.org or https://www.unescap.org for details (pp. 12-14).',
  'Chapter III, section (iv), paragraphs 1.2 and 11th meeting; 25% of 1,234.5 tonnes.',
  'The Committee on Emerging Social Issues, Asia-Pacific, socio-economic, decision-making.',
  'Côte d’Ivoire, Türkiye, Viet Nam and the Lao People’s Democratic Republic.',
  'The SDGs, the VLRs and the 2030 Agenda; e.g. the Uzbek and Tajik delegations.',
  '__________________ ... § 3 © United Nations 2025',
  // a phrase in another language: its unknown words are foreign words, not misprints
  'Ms. Winslow, on behalf of the Front de libération nationale kanak socialiste, at the 9th meeting.',
  // pieces of words the layout split: each joins a neighbour into a word
  'A review of coastal cl imate records a nd river flows, and of the ri sk register.',
  // a list of people's names beside one misprint: names are no evidence that their neighbours are junk
  'as Rapporteur and Bakari Sidiki Diaby, Committee member. Régine Esseneme, Vice- ind Verene Albertha Shepherd, Vice-Chair',
];

describe('detect-garble never flags clean text', () => {
  it.each(CLEAN)('%s', (text) => {
    const doc = detect(docOf(text), ctx);
    expect(doc.garbled.map((g) => g.text)).toEqual([]);
  });
});

describe('detect-garble flags junk with reasons', () => {
  it('the seed report tail is one span naming what fired', () => {
    const doc = detect(docOf('The meeting was organized by the Ministry of Justice oyGf(Ministra332 To'), ctx);
    expect(doc.garbled).toHaveLength(1);
    const [span] = doc.garbled;
    expect(span.text).toBe('oyGf(Ministra332 To');
    expect(span.reasons).toEqual(['inner-punctuation', 'mixed-case', 'stray-capital']);
    expect(span.score).toBeGreaterThanOrEqual(0.5);
    expect(doc.original.slice(span.source.start, span.source.end)).toBe(span.text);
  });

  it('a passage of heavy OCR junk is flagged', () => {
    const doc = detect(docOf('was held on HW Bet ¢ wv Hhainatioas xqzt Nauuny Atehanustun in the city'), ctx);
    expect(doc.garbled.length).toBeGreaterThan(0);
    expect(doc.garbled.map((g) => g.text).join(' ')).toContain('Hhainatioas');
  });

  // a scan where most words are unknown: rare short words and list-only words are shreds too
  const noisy = 'Repott ed the Sovtelars Gesermments ot caunines tetints Fogether subantted paraztaph aenths '
    + 'Hhainatioas Atzhan ditected centinde Nauuny kisey Atehanustun tiuding Goopeta actsities ';
  it('in a noisy scan, rare short words are flagged as noisy-document; common ones are not', () => {
    const doc = detect(docOf(`${noisy}${noisy}and the hed of et the report.`), ctx);
    const flagged = (w: string) => doc.garbled.some((g) => new RegExp(`\\b${w}\\b`).test(g.text));
    expect(flagged('hed')).toBe(true);
    expect(doc.garbled.find((g) => /\bhed\b/.test(g.text))!.reasons).toContain('noisy-document');
    expect(flagged('report')).toBe(false);
  });

  it('in a clean text, the same rare short words stay unflagged', () => {
    const doc = detect(docOf('The Committee and the hed of et the report were noted by the Assembly at its session.'), ctx);
    expect(doc.garbled).toEqual([]);
  });

  it('rejects bad thresholds', () => {
    expect(() => createDetectGarble({ noisySuspect: 1.5 })).toThrow(TypeError);
    expect(() => createDetectGarble({ threshold: 2 })).toThrow(TypeError);
    expect(() => createDetectGarble({ contextWindow: -1 })).toThrow(TypeError);
  });
});

/** Born-digital text as pdftotext prints it: names, other scripts, references and marks are right as printed. */
const PRINTED = [
  'Sergiy Kyslytsya, Antje Leendertse and Georgy Zhukov spoke; Kamailelauli‘i Fa‘agau replied.',
  'A banner read "Сто години да стои" in the square near the bas-relief.',
  'See status/1561758450819932162?ref_src=twsrc and UNAIDS_Funding_Final_041222.pdf for Harnessing%20the%20Potential.',
  'The Local2030 coalition, the Youth20 summit, Latvia31. and the Secretary-General3 note; #SDGs and @UNESCAP.',
  'the Kuyavian–Pomeranian and Warmian–Masurian regions; trauma‑informed care',
  'as N. and A.M. noted in (i)-(iii) and (b)).',
  // names of outlets, products and campaigns in their owners' case; a joined surname
  'as Qorvanix reported, and the ZetaBoard, DrivVE and BioSphinx teams with Mr. TerAvakian said',
  // optional letters, abbreviations, a short name or letter in brackets or quotes
  'the action(s) of the unit(s), i.e., the (re)integrated groups (e.g. the (KQ), “B”, "Z" and (“Urvo”) lists)',
  // a contents line, a minus sign, a unit with its power
  'Introduction.................... 3 and a change of − 4 per km²',
  // a web address a line break cut, its pieces after it; an address with no scheme, a model, a formula
  'See https://examplebank.org/server/api/core/bitstreams/185f9382 -722f-449c-8f92aa976bba26cc/content for the data.',
  'available at https://newsdesk.example/article/ deportations-across-the-border-dde6322cd255d9b and in print',
  'as IciTrekka.com, reported, rifles such as the M4A1, and 2.2 kg CO₂e per kg',
  // campaigns and products with a digit for a word, a hashtag in brackets
  'the Youth4Yes, Partner2Connect and (Earth4All) campaigns, and (#StandUp4Migrants), online',
  // a compound whose hyphen the PDF lost, where the text writes it with the hyphen
  'the Under-SecretaryGeneral/Executive Director met the Under-Secretary-General in Port-auPrince and Port-au-Prince',
  // transliterated Arabic names with their ayn, compounds of a dash and a hyphen
  'Sheikh Hamid al-Qa‘id of the (mujamma‘at) met the wal-Bara‘a council on the (win–lose) Union–UN-Habitat deal',
  // signs and figures as tables and accounts print them
  'a cost of $ 5 and ($ 3), a fall of (73)% and >(100)%, a margin of (±0.13) and children aged 3+, in total',
  // an editor's brackets and cuts, indicator numbers, superscript footnote letters, a bullet glyph
  'they decide[d] that “[a]ll of it <…> ended; indicators 5.c.1 and 17.18.1 rose c,d ■ Key points follow',
];

describe('detect-garble flags nothing in born-digital text for its words alone', () => {
  it.each(PRINTED)('%s', (text) => {
    // as normalise judges a text with no misreadings: born-digital
    const doc = detect({ ...docOf(text), profile: { kind: 'born-digital', words: 60, unknownWords: 5, unknownShare: 0.25, nearMisses: 0, nearMissRate: 0, noisy: false } }, ctx);
    expect(doc.garbled.map((g) => g.text)).toEqual([]);
  });
});

describe('detect-garble still flags in born-digital text what no owner writes', () => {
  it.each([
    // single letters between the case changes: a scan's noise, not a name
    ['letters flipping case one by one', 'The report was noted by the Assembly and qMvTZ. by the Council', 'qMvTZ.'],
    ['a capital alone between two parts', 'The report was noted by the Assembly and the vKrozQ by the Council', 'vKrozQ'],
    // after a web address has ended a sentence, or after an English word, junk is junk
    ['junk after an address that ended its sentence', 'See https://example.org/data. qMvTZ. and the report', 'qMvTZ.'],
  ])('%s', (_, text, flagged) => {
    const doc = detect({ ...docOf(text), profile: { kind: 'born-digital', words: 60, unknownWords: 5, unknownShare: 0.25, nearMisses: 0, nearMissRate: 0, noisy: false } }, ctx);
    expect(doc.garbled.map((g) => g.text)).toContain(flagged);
  });
});

describe('detect-garble flags no word of a born-digital passage in another language', () => {
  it('a letter in Spanish with no English to judge it by', () => {
    const text = 'quisiera reit erar que estos actos unilaterales que Etiopía sigue realizando podrían suponer una amenaza existencial para sus manifiestos intereses nacionales, salvaguardando la paz.';
    const passage = { start: 0, end: text.length, source: { start: 0, end: text.length }, lang: 'spa' };
    const profile = { kind: 'born-digital' as const, words: 0, unknownWords: 0, unknownShare: 0, nearMisses: 0, nearMissRate: 0, noisy: false };
    expect(detect({ ...docOf(text), profile, languages: [passage] }, ctx).garbled.map((g) => g.text)).toEqual([]);
    // the same words as a scan's: judged as they are
    expect(detect({ ...docOf(text), profile: { ...profile, kind: 'ocr' as const }, languages: [passage] }, ctx).garbled.length).toBeGreaterThan(0);
  });
});
