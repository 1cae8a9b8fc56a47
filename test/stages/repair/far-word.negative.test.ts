import { createContext } from '../../../src/core/stage.js';
import { describe, expect, it } from 'vitest';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { createRepair } from '../../../src/stages/repair/index.js';
import { docOf, inNoisyScan } from '../../helpers.js';

const ctx = createContext({ vocabulary: new Map<string, number>(), acronyms: new Set(['UNSMA', 'UNCTAD']), bigrams: new Map<string, number>() });
const detect = createDetectGarble();
const repair = createRepair();

// Even in a noisy scan these stay: real words, names, acronyms, symbols, foreign phrases.
const KEEP = [
  'the Committee met in Mogadishu',
  'Mr. Brahimi and Mr. Brahimi spoke',
  'UNSMA and UNCTAD reported',
  'see document A/52/682 and S/1997/894',
  'the Comité de la Croix-Rouge et du Croissant',
  'deliverables and drylands',
  'at its sixty-second session',
  'contact info@example.org or https://example.org/report',
  // two forms of one word, the token ending as neither: a name, or junk
  'Mr. Meena spoke',
  'the banka said',
];

describe('repair/far-word negative cases', () => {
  it.each(KEEP)('keeps %j', (sentence) => {
    const doc = repair(detect(docOf(inNoisyScan(sentence)), ctx), ctx);
    expect(doc.text.endsWith(sentence)).toBe(true);
  });
});
