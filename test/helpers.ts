import { createDoc, withOriginal, type Doc } from '../src/core/doc.js';

/** A decoded document holding `text`, as the decode stage would leave it. */
export function docOf(text: string, id = 'test'): Doc {
  const bytes = new TextEncoder().encode(text);
  return withOriginal(createDoc({ id, path: `${id}.txt`, bytes, sha256: '0'.repeat(64) }), text, 'utf-8');
}

export const ctx = { batch: { vocabulary: new Map<string, number>(), acronyms: new Set<string>(), bigrams: new Map<string, number>() } };

// Words of a heavy scan: most are misread, so a text that starts with them counts as a noisy scan.
const NOISY_SCAN = 'Repott ed the Sovtelars Gesermments caunines tetints Fogether subantted paraztaph aenths Hhainatioas '
  + 'Atzhan ditected centinde Nauuny kisey Atehanustun tiuding Goopeta actsities censidcred repert ';

/** `sentence` at the end of a noisy scan. */
export const inNoisyScan = (sentence: string) => `${NOISY_SCAN}${NOISY_SCAN}${NOISY_SCAN}${sentence}`;
