import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, editsBy, ocrDocOf } from '../../helpers.js';

// off by default (see the rule): turned on here
const repaired = (text: string, asScan = true) => {
  const fresh = createContext();
  return createRepair({ rules: { 'repair/compound-hyphen': true } })(createDetectGarble()((asScan ? ocrDocOf : docOf)(text), fresh), fresh);
};

describe('repair/compound-hyphen', () => {
  it.each([
    ['The Secretary-General spoke; the SecretaryGeneral left; the Secretary-General came back.', 'The Secretary-General spoke; the Secretary-General left; the Secretary-General came back.'],
    ['areas of Port-auPrince and the centre of Port-au-Prince (Port-au-Prince)', 'areas of Port-au-Prince and the centre of Port-au-Prince (Port-au-Prince)'],
    ['the Under-SecretaryGeneral/Executive Director, the Under-Secretary-General and the Secretary-General', 'the Under-Secretary-General/Executive Director, the Under-Secretary-General and the Secretary-General'],
  ])('%s', (text, expected) => {
    const doc = repaired(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/compound-hyphen')).toHaveLength(1);
  });

  it('reads born-digital text too: the document is the evidence', () => {
    const text = 'The Secretary-General spoke; the SecretaryGeneral left; the Secretary-General came back.';
    expect(repaired(text, false).text).toBe(text.replace('SecretaryGeneral', 'Secretary-General'));
  });

  it('is off by default', () => {
    const fresh = createContext();
    const text = 'The Secretary-General spoke; the SecretaryGeneral left; the Secretary-General came back.';
    expect(createRepair()(createDetectGarble()(ocrDocOf(text), fresh), fresh).text).toBe(text);
  });
});

describe('repair/compound-hyphen negative cases', () => {
  it.each([
    // the text never writes the hyphen; or writes the joined form as often; a hashtag, an address
    'The Secretary-General spoke; the SecretaryGeneral then left.',
    'the AsiaPacific region and the Asian and Pacific States',
    'the SouthSouth forum, the SouthSouth fund and South-South cooperation',
    'see #SecretaryGeneral, said the Secretary-General, the Secretary-General and the Secretary-General',
    'see www.example.org/SecretaryGeneral, said the Secretary-General, the Secretary-General and the Secretary-General',
    // a camel-case name whose halves the text does not hyphenate
    'GitHub and the Git-based tools of the Hub-and-spoke model',
  ])('%s', (text) => expect(editsBy(repaired(text), 'repair/compound-hyphen')).toEqual([]));
});
