import { describe, expect, it } from 'vitest';
import { profileText } from '../../src/text/profile.js';

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
