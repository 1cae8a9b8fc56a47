import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileText, writtenWords } from '../../src/text/profile.js';

// sixty words of plain report English around the words under test
const BODY = 'The Committee considered the report of the Secretary-General on the situation in the region and heard statements by the representatives of the Member States concerned, who described the progress made since the previous session and the work that remains to be done in the coming year by the Council and its subsidiary bodies.';

describe('profileText: how the text reads', () => {
  it.each([
    ['lower-case near misses of common words', `${BODY} The cornmittee met. The comrnittee adjourned.`],
    // capitalised words one cheap confusion from a word the text itself writes capitalised
    ['capitalised near misses of words the text writes', `${BODY} the Generat Assembly and the General Assembly; the Economie and Social Council; the Economic Commission.`],
    // two confusions from a word the text writes three times or more
    ['capitalised words two confusions from a word the text writes often', `${BODY} The Committee met and the Committee agreed; the Commillee noted it, and the Commillee adjourned.`],
  ])('OCR output: %s', (_, text) => expect(profileText(text).kind).toBe('ocr'));

  it.each([
    ['clean text', BODY],
    // names one letter from an English word, which the text does not write: `Elmar`/`Elmer`, `Salva`/`Salve`
    ['names one letter from a word', `${BODY} Mr. Elmar Brok and Ms. Salva Kiir spoke, as did Ms. Moana Carcasses.`],
    // one capitalised near miss is not enough to judge a text by
    ['a single capitalised near miss', `${BODY} the Economie and Social Council; the Economic Commission.`],
    // two confusions from a word the text writes only once or twice: a name may be that close to a word
    ['capitalised words two confusions from a word the text writes once', `${BODY} the Commillee noted it, and the Commillee adjourned.`],
    // a short name two confusions from a word the text writes often
    ['short names two confusions from words the text writes', `${BODY} The Union, the Union and the Union: Mr. Anton Homan and Ms. Anton spoke for the Human Rights Council, the Human Rights Council and the Human Rights Council.`],
  ])('born-digital: %s', (_, text) => expect(profileText(text).kind).toBe('born-digital'));
});

describe('profileText: how noisy a scan is', () => {
  // common words misread, one in seven words: a low-resolution scan
  const MISREAD = ' The plan thut was alse adopted trom the govemment und the cornmittee, and the eommitment was beld with the delegatians of the Goverment.';
  it.each([
    ['one word in seven a common word misread', `${BODY}${MISREAD}`, true],
    // as many unknown words, but none a misreading of a common word (names, codes, other languages)
    ['one word in seven unknown, none a near miss', `${BODY} The brtq zxlv was qwvk adopted trkl the mnbv ghjt the plokz, and the wxqz was fdsq with the hjklm of the Vbnmq.`, false],
    // near misses, but few unknown words: a fair scan, read with care
    ['a few misread words in a long text', `${BODY} ${BODY} ${BODY} The cornmittee met tbe govemment.`, false],
    ['clean text', BODY, false],
  ])('%s: noisy %s', (_, text, noisy) => expect(profileText(text).noisy).toBe(noisy));
});

describe('writtenWords', () => {
  /** The words as the plain pattern gives them, passages in other languages blanked out. */
  function byPattern(text: string, foreign: { start: number; end: number }[]) {
    let english = text;
    for (const f of foreign) english = english.slice(0, f.start) + ' '.repeat(Math.max(0, Math.min(f.end, text.length) - f.start)) + english.slice(f.end);
    const words = english.match(/\p{L}{2,}/gu) ?? [];
    const written = new Map<string, number>();
    for (const w of words) written.set(w, (written.get(w) ?? 0) + 1);
    return { written: [...written], total: words.length };
  }

  it('agrees with the plain pattern on any text, passages in other languages left out', () => {
    const piece = fc.constantFrom('a', 'bc', 'É', 'Ж', '𝐀', '😀', '1', "'", '-', ' ', '\n', 'the', 'of');
    const passage = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(passage, { maxLength: 3 }), (pieces, foreign) => {
      const text = pieces.join('');
      const { written, total } = writtenWords(text, foreign);
      expect({ written: [...written], total }).toEqual(byPattern(text, foreign));
    }), { numRuns: 2000 });
  });

  it.each([
    ['single letters are no words', 'a b c de', [['de', 1]], 1],
    ['a passage in another language is not read', 'the report de la commission the', [['the', 2], ['report', 1]], 3],
  ])('%s', (_, text, written, total) => {
    const foreign = text.includes(' de la') ? [{ start: text.indexOf('de la'), end: text.indexOf('commission') + 'commission'.length }] : [];
    const out = writtenWords(text, foreign);
    expect([[...out.written], out.total]).toEqual([written, total]);
  });
});
