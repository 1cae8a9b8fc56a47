import type { OffsetMap } from './offset-map.js';
import { identityMap } from './offset-map.js';
import type { Entities, Entity, FootnoteRef, LanguagePassage, GarbleSpan, LoggedEdit, Message, Range, Rejection } from './types.js';
import type { Word } from '../text/words.js';

export interface Segments {
  paragraphs: Range[];
  sentences: Range[];
  /** Runs of letters and digits with inner apostrophes, stops, ampersands and hyphens. */
  words: Word[];
  /** Indices into `words` of those that start with a capital letter (`capitalWords`). */
  capitals: Int32Array;
}

/** How a document reads, judged once (by normalise) and read by every later stage. */
export interface TextProfile {
  /**
   * `ocr`: the words may be misread, and repairs read them; `born-digital`: the words are right
   * as printed, and only layout is mended (a word changes only on the document's own evidence).
   */
  kind: 'ocr' | 'born-digital';
  /** English words of two letters or more (passages in other languages aside). */
  words: number;
  /** Of which no English word. */
  unknownWords: number;
  unknownShare: number;
  /** Unknown lower-case words one cheap OCR confusion from a common word, and per 1,000 words. */
  nearMisses: number;
  nearMissRate: number;
  /** A noisy scan: bolder readings are allowed. */
  noisy: boolean;
}

/** The document as it moves through the stages. Stages return a new Doc; they never mutate. */
export interface Doc {
  /** Input path relative to the input folder, without `.txt`. */
  id: string;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  encoding: string;
  /** The decoded text: every `source` offset points into it. */
  original: string;
  text: string;
  map: OffsetMap;
  edits: LoggedEdit[];
  footnotes: FootnoteRef[];
  /** How the text reads (owner: normalise). */
  profile?: TextProfile;
  /** Passages in another language than English (owner: normalise; moved by edits). */
  languages: LanguagePassage[];
  garbled: GarbleSpan[];
  /** Entities by kind; each kind has one extractor stage as its owner. */
  entities: Entities;
  messages: Message[];
  segments?: Segments;
  rejected?: Rejection;
}

export function createDoc(init: { id: string; path: string; bytes: Uint8Array; sha256: string }): Doc {
  return {
    ...init,
    encoding: 'unknown',
    original: '',
    text: '',
    map: identityMap(0),
    edits: [],
    footnotes: [],
    languages: [],
    garbled: [],
    entities: {},
    messages: [],
  };
}

/** Sets the decoded text: from here on `original` is fixed and offsets start from identity. */
export function withOriginal(doc: Doc, text: string, encoding: string): Doc {
  return { ...doc, original: text, text, encoding, map: identityMap(text.length) };
}

/** The entities of one kind, typed as the extractor that owns the kind writes them. */
export function entitiesOf<T extends Entity>(doc: Doc, kind: string): readonly T[] {
  return (doc.entities[kind] ?? []) as readonly T[];
}

/** The document with the entities of one kind replaced. */
export function withEntities(doc: Doc, kind: string, entities: readonly Entity[]): Doc {
  return { ...doc, entities: { ...doc.entities, [kind]: entities } };
}

/** The document with `messages` added (their places in its current text). */
export function withMessages(doc: Doc, messages: readonly Message[]): Doc {
  return messages.length ? { ...doc, messages: [...doc.messages, ...messages] } : doc;
}
