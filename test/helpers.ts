import { createDoc, withOriginal, type Doc } from '../src/core/doc.js';
import { createContext } from '../src/core/stage.js';
import { createDetectGarble } from '../src/stages/detect-garble/index.js';
import { createExtractDates } from '../src/stages/extract-dates/index.js';
import { createExtractEvents } from '../src/stages/extract-events/index.js';
import { createExtractOrganisations } from '../src/stages/extract-organisations/index.js';
import { createExtractPlaces } from '../src/stages/extract-places/index.js';
import { createRepair } from '../src/stages/repair/index.js';
import { createResolveEntities } from '../src/stages/resolve-entities/index.js';
import { createSegment } from '../src/stages/segment/index.js';

/** A decoded document holding `text`, as the decode stage would leave it. */
export function docOf(text: string, id = 'test'): Doc {
  const bytes = new TextEncoder().encode(text);
  return withOriginal(createDoc({ id, path: `${id}.txt`, bytes, sha256: '0'.repeat(64) }), text, 'utf-8');
}

/** A fresh context of an empty batch: no cache is shared between test files. */
export const ctx = createContext();

// Words of a heavy scan: most are misread, so a text that starts with them counts as a noisy scan.
const NOISY_SCAN = 'Repott ed the Sovtelars Gesermments caunines tetints Fogether subantted paraztaph aenths Hhainatioas '
  + 'Atzhan ditected centinde Nauuny kisey Atehanustun tiuding Goopeta actsities censidcred repert ';

/** `sentence` at the end of a noisy scan. */
export const inNoisyScan = (sentence: string) => `${NOISY_SCAN}${NOISY_SCAN}${NOISY_SCAN}${sentence}`;

/** Segment, every extractor and the entity refiner, in pipeline order, on `text`. */
export function extractAll(text: string): Doc {
  const stages = [createSegment(), createExtractDates(), createExtractPlaces(), createExtractOrganisations(), createExtractEvents(), createResolveEntities()];
  return stages.reduce((d, stage) => stage(d, ctx), docOf(text));
}

/** The edits one rule made to a document, as `from>to`. */
export const editsBy = (doc: Doc, rule: string): string[] => doc.edits.filter((e) => e.rules.includes(rule)).map((e) => `${e.from}>${e.to}`);

/** The entities of one kind, typed loosely for assertions. */
export const entities = (doc: Doc, kind: string) => (doc.entities[kind] ?? []) as readonly Record<string, any>[];

/**
 * A document that normalise judged OCR output (not a noisy scan): what repair's rules are for.
 * Short test sentences hold too few misreadings for the judgement to say so by itself.
 */
export function ocrDocOf(text: string, id = 'test'): Doc {
  const words = (text.match(/\p{L}{2,}/gu) ?? []).length;
  return { ...docOf(text, id), profile: { kind: 'ocr', words, unknownWords: 0, unknownShare: 0, nearMisses: 0, nearMissRate: 0, noisy: false } };
}

/**
 * `text` through garble detection and repair with the default options, in a fresh batch: as OCR
 * output (`ocrDocOf`), or judged as normalise would judge it (`asScan` false).
 */
export function repairedAs(text: string, asScan = true): Doc {
  const fresh = createContext();
  return createRepair()(createDetectGarble()((asScan ? ocrDocOf : docOf)(text), fresh), fresh);
}
