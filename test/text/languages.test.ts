import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foreignPassages, FUNCTION_WORDS, functionWordCounts } from '../../src/text/languages.js';

const SPANISH = 'El Consejo de Seguridad exige que todas las partes respeten el derecho internacional humanitario y protejan a los civiles.';
const FRENCH = 'Le Conseil de sécurité exige que toutes les parties respectent le droit international humanitaire et protègent les civils.';

describe('foreignPassages', () => {
  it.each([
    ['a Spanish paragraph', SPANISH, 'spa'],
    ['a French paragraph', FRENCH, 'fra'],
    // one English word in a Spanish paragraph does not make it English
    ['Spanish quoting an English title', `${SPANISH} Véase el informe titulado the Future We Want de las Naciones Unidas.`, 'spa'],
  ])('%s is a passage in that language', (_, para, lang) => {
    const text = `The Council met on Tuesday and heard the following statement from the delegation.\n\n${para}\n\nThe meeting rose at noon after the statement had been heard by the members.`;
    const found = foreignPassages(text);
    expect(found).toHaveLength(1);
    expect(found[0].lang).toBe(lang);
    expect(text.slice(found[0].start, found[0].end)).toBe(para);
  });

  it.each([
    // franc alone reads these short English paragraphs as German, French and Portuguese
    ['Montraville was tender , eloquent , ardent , and yet respectful .'],
    ['It was a piece of blue paper , about four inches square , on which was printed " Rat poison . "'],
    ['Mr. Snodgrass devotes a chapter to the parvenues at Newport .'],
  ])('an English paragraph dense in English function words stays English: %s', (para) => {
    expect(foreignPassages(`The meeting was opened by the Chair.\n\n${para}\n\nThe report of the Committee was adopted.`)).toEqual([]);
  });

  it.each([
    // franc reads these as French: a noisy scan of English, and English with foreign-looking names
    ['Lcs delegatiens ot Peru aie Chile dcclarcd suppert fer lc pregramme ot werk, nated tbat dcbt reniains.'],
    ['Aie cemmunautes lecales, natienales ct regienales ent suppert cemplet fer lc pregramme ot werk.'],
    ['Seurce: Wcrld Pepulatien Prespccts, Natiens Unies, effices natienales, accessed Mai, tableaux.'],
  ])('a paragraph that writes too few of the language\'s own function words stays English: %s', (para) => {
    const text = `The Council met on Tuesday and heard the following statement from the delegation.\n\n${para}\n\nThe meeting rose at noon after the statement had been heard by the members.`;
    expect(foreignPassages(text)).toEqual([]);
  });

  it('a short list of names in French is still French: it writes its function words', () => {
    const para = 'Association pour la défense des droits de la femme rurale; Union des coopératives du Sahel';
    const text = `The Council met on Tuesday and heard the following statement from the delegation.\n\n${para}\n\nThe meeting rose at noon after the statement had been heard by the members.`;
    expect(foreignPassages(text).map((f) => [text.slice(f.start, f.end), f.lang])).toEqual([[para, 'fra']]);
  });
});

describe('functionWordCounts', () => {
  const LANGS = Object.keys(FUNCTION_WORDS);
  /** The counts as the plain pattern gives them: what the character scanner must agree with. */
  const byPattern = (body: string) => {
    const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
    return { words: words.length, ...Object.fromEntries(LANGS.map((l) => [l, words.filter((w) => FUNCTION_WORDS[l].has(w)).length])) };
  };
  const scanned = (body: string) => {
    const { words, hits } = functionWordCounts(body);
    return { words, ...Object.fromEntries(LANGS.map((l) => [l, hits.get(l)])) };
  };
  const none = Object.fromEntries(LANGS.map((l) => [l, 0]));

  it.each([
    ['The Ministry of the Interior, which', { words: 6, ...none, eng: 4 }],
    ['Más de LOS países; à cette date', { words: 7, ...none, spa: 3, fra: 3, por: 2 }],
    ['Für 2024 und-so', { words: 3, ...none, deu: 2 }],
    // words cut by digits and by a combining mark; a letter beyond the BMP joins the word it touches
    ['theory the1of de\u0301 \u{1D400}the', { words: 5, ...none, eng: 2, spa: 1, fra: 1, por: 1 }],
  ])('%j', (body, expected) => {
    expect(scanned(body)).toEqual(expected);
    expect(byPattern(body)).toEqual(expected);
  });

  it('agrees with the plain pattern on any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...Object.values(FUNCTION_WORDS).flatMap((ws) => [...ws]), 'The', 'MÁS', 'İ', 'ß', ' ', '-', '1', '\u0301', '\u{1D400}', 'é'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const body = pieces.join('');
      expect(scanned(body)).toEqual(byPattern(body));
    }), { numRuns: 2000 });
  });
});
