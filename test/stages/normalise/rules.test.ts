import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits.js';
import type { Edit } from '../../../src/core/types.js';
import { isEnglishWord } from '../../../src/resources/index.js';
import { normaliseOptions } from '../../../src/stages/normalise/options.js';
import type { LayoutEnv } from '../../../src/stages/normalise/rule.js';
import { asciiQuoteEdits } from '../../../src/stages/normalise/rules/ascii-punctuation.js';
import { dehyphenateEdits } from '../../../src/stages/normalise/rules/dehyphenate.js';
import { footnoteMarkerRule } from '../../../src/stages/normalise/rules/footnote-marker.js';
import { fragmentEdits } from '../../../src/stages/normalise/rules/fragments.js';
import { furnitureEdits } from '../../../src/stages/normalise/rules/furniture.js';
import { latexCommandRule } from '../../../src/stages/normalise/rules/latex-command.js';
import { latexEscapeRule } from '../../../src/stages/normalise/rules/latex-escape.js';
import { latexFootnoteRule } from '../../../src/stages/normalise/rules/latex-footnote.js';
import { latexMathRule } from '../../../src/stages/normalise/rules/latex-math.js';
import { lostHyphenEdits } from '../../../src/stages/normalise/rules/lost-hyphen.js';
import { markdownHeadingRule } from '../../../src/stages/normalise/rules/markdown-heading.js';
import { markdownStrongRule } from '../../../src/stages/normalise/rules/markdown-strong.js';
import { reflowEdits } from '../../../src/stages/normalise/rules/reflow.js';
import { unicodeEdits } from '../../../src/stages/normalise/rules/unicode.js';
import { profileText } from '../../../src/text/profile.js';
import { docOf } from '../../helpers.js';

type EditsOf = (text: string) => Edit[];
const run = (rules: EditsOf[], text: string) => rules.reduce((d, r) => applyEdits(d, r(d.text), 't'), docOf(text));
const env = (text: string): LayoutEnv => ({ options: normaliseOptions.parse({}), profile: profileText(text), isWord: isEnglishWord });
const rulesOf = (doc: ReturnType<typeof run>) => doc.edits.map((e) => e.rules.join('+'));

type Case = [input: string, output: string, rules?: string[]];

describe('unicode', () => {
  const cases: Case[] = [
    ['e\u0301tude', 'étude', ['normalise/nfc']],
    ['of\ufb01ce \ufb02ow', 'office flow', ['normalise/compatibility', 'normalise/compatibility']],
    ['\uff21\uff33\uff25\uff21\uff2e', 'ASEAN', Array(5).fill('normalise/compatibility')],
    ['10\u00a0July', '10 July', ['normalise/space']],
    ['zero\u200bwidth\ufeff', 'zerowidth', ['normalise/zero-width', 'normalise/zero-width']],
    ['co\u00adoperation', 'cooperation', ['normalise/soft-hyphen']],
    ['develop\u00ad\nment', 'development', ['normalise/soft-hyphen']],
    ['bell\u0007 tab\u0008', 'bell tab', ['normalise/control', 'normalise/control']],
    ['a\r\nb\rc', 'a\nb\nc', ['normalise/line-ending', 'normalise/line-ending']],
    ['plain “text” – kept', 'plain “text” – kept', []],
    // a C1 control; a mark at the very end (the text is read character by character before the pattern)
    ['next\u0085line', 'nextline', ['normalise/control']],
    ['cafe\u0301', 'café', ['normalise/nfc']],
    // a form feed (a page break) is no control to remove; nor is a plain ASCII text anything
    ['page\fbreak and plain ASCII text', 'page\fbreak and plain ASCII text', []],
  ];
  it.each(cases)('%j -> %j', (input, output, rules) => {
    const doc = run([unicodeEdits], input);
    expect(doc.text).toBe(output);
    expect(rulesOf(doc)).toEqual(rules);
  });
});

describe('ascii quotes (option)', () => {
  it('turns typographic punctuation into ASCII', () => {
    expect(run([asciiQuoteEdits], '“the Commission’s” 2006–2007 — x').text).toBe('"the Commission\'s" 2006-2007 - x');
  });
});

describe('markup residue', () => {
  const rules: EditsOf[] = [latexFootnoteRule, latexMathRule, latexCommandRule, latexEscapeRule, markdownStrongRule, markdownHeadingRule, footnoteMarkerRule]
    .map((r) => (t: string) => r.apply(t, env(t)));
  const cases: Case[] = [
    ['\\$\\mathbb{M}\\$inistry of Justice', 'Ministry of Justice', ['normalise/latex-math']],
    ['$\\mathrm{ESCAP}$ report', 'ESCAP report', ['normalise/latex-math']],
    ['\\textbf{Bangkok} and \\emph{Seoul}', 'Bangkok and Seoul', ['normalise/latex-command', 'normalise/latex-command']],
    ['in 2008.$^{1}$ Next', 'in 2008. Next', ['normalise/footnote-marker']],
    ['in 2008.\\footnote{See A/62/1.} Next', 'in 2008. Next', ['normalise/footnote']],
    ['in 2008.¹ Next', 'in 2008. Next', ['normalise/footnote-marker']],
    ['**Migration** and __development__', 'Migration and development', ['normalise/markdown', 'normalise/markdown']],
    ['## Introduction', 'Introduction', ['normalise/markdown']],
    ['costs 50\\% more \\& less', 'costs 50% more & less', ['normalise/latex-escape', 'normalise/latex-escape']],
  ];
  it.each(cases)('%j -> %j', (input, output, expected) => {
    const doc = run(rules, input);
    expect(doc.text).toBe(output);
    expect(rulesOf(doc)).toEqual(expected);
  });
  const untouched = ['prices of $5 and $6 million', 'x² + y²', '500 km² of land', 'H2O', 'a *footnote* star', 'E=mc^2', 'item 3 * 4'];
  it.each(untouched)('leaves %j alone', (input) => expect(run(rules, input).text).toBe(input));
});

describe('page furniture', () => {
  const cases: Case[] = [
    ['end of page.\n-2-\n\fNext page', 'end of page.\n\n\nNext page', ['normalise/furniture-page-number', 'normalise/page-break']],
    ['text\n92-43708 3486i (E) 130992\nmore', 'text\nmore', ['normalise/furniture-job-number']],
    ['text\n25-01234 (E)\nmore', 'text\nmore', ['normalise/furniture-job-number']],
    ['text\n*2501234*\nmore', 'text\nmore', ['normalise/furniture-barcode']],
    ['text\n/...\nmore', 'text\nmore', ['normalise/furniture-continuation']],
    ['text\nDigitized by Dag Hammarskjöld Library\nmore', 'text\nmore', ['normalise/furniture-library-stamp']],
    ['text\nPage 3\nmore', 'text\nmore', ['normalise/furniture-page-number']],
    // folios that share the document's page count
    ['text\n2/17\nmore\n3/17\nend', 'text\nmore\nend', ['normalise/furniture-page-number', 'normalise/furniture-page-number']],
  ];
  it.each(cases)('%j -> %j', (input, output, expected) => {
    const doc = run([furnitureEdits], input);
    expect(doc.text).toBe(output);
    expect(rulesOf(doc)).toEqual(expected);
  });
  const pageOf = (n: number) => `A/52/826\nEnglish\nPage ${n}\nBody text of page ${n} that is unique ${'x'.repeat(n)}.\nMore body ${n}.`;
  it('keeps a lone decision number: one N/M is no page count', () => {
    const text = 'The Assembly adopted decision\n79/301\nwithout a vote.';
    expect(run([furnitureEdits], text).text).toBe(text);
  });
  it('keeps a table row that repeats on every page: a sentence is content, not a header', () => {
    const row = 'Cyprus without diplomatic permit or contacting Nicosia ACC.';
    const text = [2, 3, 4, 5].map((n) => `Body of page ${n} ${'y'.repeat(n)}.\n${row}\n${n}/20`).join('\n\f');
    const out = run([furnitureEdits], text).text;
    expect(out.split(row).length - 1).toBe(4);
    expect(out).not.toMatch(/\d\/20/);
  });
  it('removes running headers repeated at the top of pages', () => {
    const text = [1, 2, 3, 4].map(pageOf).join('\n\f');
    const out = run([furnitureEdits], text).text;
    expect(out).not.toContain('A/52/826');
    expect(out).not.toContain('English');
    expect(out).toContain('Body text of page 3');
  });
  const untouched = [
    'Table 1\n43\n17\nTotal',
    'The year\n2006\nwas good',
    'A/52/826 is cited once\nand English once',
    'resolution 52/211\nadopted',
    '10-12 December\n2006',
  ];
  it.each(untouched)('leaves %j alone', (input) => expect(run([furnitureEdits], input).text).toBe(input));
});

describe('dehyphenate', () => {
  const rule = (t: string) => dehyphenateEdits(t, isEnglishWord);
  const cases: Case[] = [
    ['the develop-\nment of', 'the development of', ['normalise/dehyphenate']],
    ['the Asia-\nPacific region', 'the Asia-Pacific region', ['normalise/line-break-compound']],
    ['the Secretary-\nGeneral', 'the Secretary-General', ['normalise/line-break-compound']],
    ['Secretary-Gen-\neral of', 'Secretary-General of', ['normalise/dehyphenate']],
    ['the long-\nterm plan', 'the long-term plan', ['normalise/line-break-compound']],
    ['Mr. Nor-\nbert Holl', 'Mr. Norbert Holl', ['normalise/dehyphenate']],
    ['Mission (UN-\nSMA) and UNSMA', 'Mission (UNSMA) and UNSMA', ['normalise/dehyphenate']],
    ['fifty-\nsecond session', 'fifty-second session', ['normalise/line-break-compound']],
    ['co-\noperation, co-operation', 'co-operation, co-operation', ['normalise/line-break-compound']],
    ['fa-\n\n\ncilitate', 'facilitate', ['normalise/dehyphenate']],
  ];
  it.each(cases)('%j -> %j', (input, output, expected) => {
    const doc = run([rule], input);
    expect(doc.text).toBe(output);
    expect(rulesOf(doc)).toEqual(expected);
  });
  const untouched = ['a well-known fact', 'ends with a dash -\nNext', '2006-\n2007', 'end-\n\nNew paragraph'];
  it.each(untouched)('leaves %j alone', (input) => expect(run([rule], input).text).toBe(input));
});

describe('lost hyphen', () => {
  const rule = (t: string) => lostHyphenEdits(t, isEnglishWord);
  it('joins two non-words that make a word', () => {
    const doc = run([rule], 'considered, as neces\nsary, as the');
    expect(doc.text).toBe('considered, as necessary, as the');
    expect(rulesOf(doc)).toEqual(['normalise/dehyphenate']);
  });
  const untouched = ['the\nreport', 'Mr. Nor\nbert', 'the neces\nSary', 'Kabul\nand'];
  it.each(untouched)('leaves %j alone', (input) => expect(run([rule], input).text).toBe(input));
});

describe('fragments moved below their paragraph', () => {
  const rule = (t: string) => fragmentEdits(t, isEnglishWord, profileText(t).noisy);
  const full = 'The Committee considered the report of the Secretary-General on the programme of work for the year ahead';
  const para = (...ls: string[]) => ls.join('\n');
  // ten full lines give the page's line length
  const filler = para(...Array.from({ length: 10 }, () => full));
  it('puts a lost line end back on the cut line it completes', () => {
    const input = para(filler, '', 'In its decision the Conference requested the secretariat to ensure selfsu',
      'and to report on progress made in the implementation of the programme of work of the secretariat.', '',
      'iency in administrative matters.');
    const doc = run([rule], input);
    expect(doc.text).toContain('to ensure selfsu iency in administrative matters.\nand to report');
    expect(doc.text).not.toMatch(/\n\niency/);
    expect(rulesOf(doc)).toEqual(['normalise/reattach-fragment', 'normalise/reattach-fragment']);
  });
  it('puts a lost left-hand part back before the right-hand part left after a hyphenated line', () => {
    const input = para(filler, '', 'degradation are assessed differently in various parts of the world. The increasing climate ex-',
      'idation and related pro-', 'cesses, including floods, mass movements, soil erosion by water and wind and salination in all parts', '',
      'tremes (for example heat waves, droughts) is having an impact on land degr');
    const doc = run([rule], input);
    expect(doc.text).toContain('climate ex-\ntremes (for example heat waves, droughts) is having an impact on land degr idation and related pro-\ncesses');
    const at = doc.text.indexOf('tremes');
    expect(doc.original.slice(doc.map.starts[at], doc.map.starts[at] + 6)).toBe('tremes');
    // without the hyphenated word they make (`ex` + `tremes`), the part stays where it is
    const unrelated = input.replace('climate ex-', 'climate an-');
    expect(run([rule], unrelated).text).toBe(unrelated);
  });

  const untouched = [
    // a short line of clean text and a lower-case paragraph that does not complete it
    para(filler, '', 'The Assembly notes that, these', 'developments notwithstanding, apartheid remains.', '', 'would be deleted;'),
    // the fragment does not fill the cut line to a full line
    para(filler, '', 'the public at large regular]', 'data and analyses on population.', '', 'consult with them'),
    // page furniture in lower case stays where it is
    para(filler, '', 'In its decision the Conference requested the secretariat to ensure selfsu', 'and to report.', '', 'page 2 CONTENTS Paragraphs INTRODUCTION and the'),
  ];
  it.each(untouched)('leaves %j alone', (input) => expect(run([rule], input).text).toBe(input));

  it('in a noisy scan, where every word is a shred, the lengths alone decide', () => {
    const junk = 'Tbe Cemmittec censidcred thc repert ot tbe Sccretary Gcneral en thc pregramme ot werk fer thc ycar ahcad';
    const noisy = para(...Array.from({ length: 10 }, () => junk));
    const input = para(noisy, '', 'In its decision the Conference requested the secretariat to ensure that',
      'and to report on progress made in the implementation of the programme of work of the secretariat.', '',
      'all of the States were informed.');
    expect(run([rule], input).text).toContain('to ensure that all of the States were informed.\nand to report');
    expect(run([rule], para(filler, input.slice(noisy.length))).text).toBe(para(filler, input.slice(noisy.length)));
  });

  it('in a noisy scan, one part placed by its length alone does not go to a heading that opens its block', () => {
    const junk = 'Tbe Cemmittec censidcred thc repert ot tbe Sccretary Gcneral en thc pregramme ot werk fer thc ycar ahcad';
    const noisy = para(...Array.from({ length: 10 }, () => junk));
    // the short first line is continued by a capitalised line: a heading over its paragraph, not a cut line
    const heading = para(noisy, '', 'In its decision the Conference requested the secretariat to ensure that',
      'And it reported on progress made in the implementation of the programme of work of the secretariat.', '',
      'all of the States were informed.');
    expect(run([rule], heading).text).toBe(heading);
    // the same line inside its block is a cut line
    const inside = heading.replace('\n\nIn its decision', '\n\nThe Conference met in Geneva and adopted the following decision on the work of the year ahead.\nIn its decision');
    expect(run([rule], inside).text).toContain('to ensure that all of the States were informed.\nAnd it reported');
  });

  it('in a noisy scan, a block of lost parts goes back line by line to the cut lines it completes', () => {
    const junk = 'Tbe Cemmittec censidcred thc repert ot tbe Sccretary Gcneral en thc pregramme ot werk fer thc ycar ahcad';
    const noisy = para(...Array.from({ length: 10 }, () => junk));
    const input = para(noisy, '', 'National developments 2. The Somali National Consultative Council',
      'Government of Somalia and the federal member states, began its',
      'political consensus on the timing and modalities of the one-person, one-vote elections.', '',
      'Ihe leaders of the Federal Parliament',
      'session in Mogadishu on 2 October to seek');
    const doc = run([rule], input);
    expect(doc.text).toContain('Consultative Council Ihe leaders of the Federal Parliament\nGovernment');
    expect(doc.text).toContain('began its session in Mogadishu on 2 October to seek\npolitical');
    // the moved words keep their own place in the original
    const at = doc.text.indexOf('Ihe leaders');
    expect(doc.original.slice(doc.map.starts[at], doc.map.starts[at] + 11)).toBe('Ihe leaders');
    // a cut line no part completes is passed over
    const skipping = input.replace('\nGovernment of Somalia', '\nand the\nGovernment of Somalia');
    const skipped = run([rule], skipping).text;
    expect(skipped).toContain('Consultative Council Ihe leaders of the Federal Parliament\nand the\nGovernment');
    expect(skipped).toContain('began its session in Mogadishu on 2 October to seek\npolitical');
    // two lines that do not both fit stay where they are
    const misfit = input.replace('session in Mogadishu on 2 October to seek', 'session');
    expect(run([rule], misfit).text).toBe(misfit);
  });
});

describe('reflow', () => {
  const cases: Case[] = [
    ['one line\nand the next\n\nNew para', 'one line and the next\n\nNew para'],
    ['ACTIVITIES OF THE MISSION\n3. As mandated by', 'ACTIVITIES OF THE MISSION\n\n3. As mandated by'],
    ['  Lead\n\n\n\nTrail  \n\n', 'Lead\n\nTrail'],
    ['wide   spaces\tand tabs', 'wide spaces and tabs'],
    // a blank line after a word no paragraph ends on is the layout's, inside the sentence
    ['the Second Regional Forum on\n\nWater Security met', 'the Second Regional Forum on Water Security met'],
    ['the ministers of\n\nforeign affairs', 'the ministers of foreign affairs'],
    // ... but not before a list mark or a heading, nor after a word that may end one
    ['the options for\n\n(a) Water', 'the options for\n\n(a) Water'],
    ['the report of\n\nANNEX', 'the report of\n\nANNEX'],
    ['as agreed on.\n\nThe next', 'as agreed on.\n\nThe next'],
    ['the water is on\n\n3. Next item', 'the water is on\n\n3. Next item'],
    // a masthead gives one body a line: a line that is a body's whole name ends its item
    ['United Nations\nTrusteeship Council\nDistr.: General', 'United Nations\n\nTrusteeship Council\n\nDistr.: General'],
    // ... unless the next line carries on a longer name, and only near the top
    ['United Nations\nIndustrial Development Organization\nDistr.: General', 'United Nations Industrial Development Organization Distr.: General'],
    [`${'word '.repeat(90)}\nUnited Nations\nTrusteeship Council`, `${'word '.repeat(89)}word United Nations Trusteeship Council`],

    // a list of names one a line, in alphabetical order (a glossary, an annex's list of bodies):
    // each name is a paragraph of its own, so that no two run into one
    ['Board of Trade\nCouncil of Elders\nFisheries Agency\nMinistry of Water and Sanitation\nNational Statistics Office',
      'Board of Trade\n\nCouncil of Elders\n\nFisheries Agency\n\nMinistry of Water and Sanitation\n\nNational Statistics Office'],
    // ... not four such lines, nor lines out of that order (a title the layout wrapped), nor lines
    // with a number or an open end
    ['Board of Trade\nCouncil of Elders\nFisheries Agency\nMinistry of Water', 'Board of Trade Council of Elders Fisheries Agency Ministry of Water'],
    ['Regional Office for Water\nBoard of Trade\nCouncil of Elders\nFisheries Agency\nMinistry of Water', 'Regional Office for Water Board of Trade Council of Elders Fisheries Agency Ministry of Water'],
    ['Board of Trade\nCouncil of Elders 2024\nFisheries Agency\nMinistry of Water and\nNational Statistics Office', 'Board of Trade Council of Elders 2024 Fisheries Agency Ministry of Water and National Statistics Office'],

    // a line that ends on a word no title ends on runs on, however it starts
    ['56. The conflict in the Sudan drives the influx of refugees into the\nCentral African Republic.',
      '56. The conflict in the Sudan drives the influx of refugees into the Central African Republic.'],
    ['V. Activities of the Committee under article 20 of the\nConvention\n12. The Committee', 'V. Activities of the Committee under article 20 of the Convention\n\n12. The Committee'],
    // ... but a title that ends on a name is a paragraph of its own
    ['V. Activities of the Committee\nThe Committee met', 'V. Activities of the Committee\n\nThe Committee met'],
    // a blank line (page furniture taken out) before a word in small letters, after a line with no stop, is inside a sentence
    ['to combat unregulated fishing. Globally,\n\ncountries’ average degree', 'to combat unregulated fishing. Globally, countries’ average degree'],
    ['III. Contextual macrotrends\n\nof UNICEF\n\naffecting the risk', 'III. Contextual macrotrends of UNICEF affecting the risk'],
    // ... not after a stop or a colon, nor before a capital
    ['the Committee decided:\n\nto hold a meeting', 'the Committee decided:\n\nto hold a meeting'],
    ['as the Committee noted.\n\nthe next item', 'as the Committee noted.\n\nthe next item'],
    ['the Committee met in Geneva,\n\nThe next item', 'the Committee met in Geneva,\n\nThe next item'],
  ];
  it.each(cases)('%j -> %j', (input, output) => expect(run([reflowEdits], input).text).toBe(output));

  // a text of full lines, as pdftotext writes a report: 20 lines of 78 characters
  const body = Array.from({ length: 20 }, (_, k) => `${k} ${'line of a paragraph that fills the width of the page '.repeat(2)}`.slice(0, 78)).join('\n');
  const numbered: Case[] = [
    // the first line of a numbered paragraph fills the width: its sentence runs on (the number still starts a paragraph)
    [`${body}.\n18. On 20 June, the International Follow-up Committee on Libya of the Berlin\nprocess held its meeting.`,
      `${body.replace(/\n/g, ' ')}.\n\n18. On 20 June, the International Follow-up Committee on Libya of the Berlin process held its meeting.`],
    // ... a short numbered title does not: it is a heading
    [`${body}.\n12. Human settlements\nThe programme`, `${body.replace(/\n/g, ' ')}.\n\n12. Human settlements\n\nThe programme`],
  ];
  it.each(numbered)('numbered lines in a text of full lines: %#', (input, output) => expect(run([reflowEdits], input).text).toBe(output));
  // in a text too short to know its line width, a numbered line without a stop is a heading, as before
  it('a numbered line in a short text', () => {
    expect(run([reflowEdits], '18. On 20 June, the International Follow-up Committee on Libya of the Berlin\nProcess held its meeting.').text)
      .toBe('18. On 20 June, the International Follow-up Committee on Libya of the Berlin\n\nProcess held its meeting.');
  });
});
