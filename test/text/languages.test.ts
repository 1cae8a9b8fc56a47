import { describe, expect, it } from 'vitest';
import { foreignPassages } from '../../src/text/languages.js';

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
