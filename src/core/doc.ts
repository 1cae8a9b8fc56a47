import type { OffsetMap } from './offset-map.js';
import { identityMap } from './offset-map.js';
import type {
  DateEntity, EventEntity, FootnoteRef, GarbleSpan, LoggedEdit, Message, OrgEntity, PlaceEntity,
  Range, Rejection,
} from './types.js';
import type { Word } from '../text/words.js';

export interface Segments {
  paragraphs: Range[];
  sentences: Range[];
  /** Runs of letters and digits with inner apostrophes, stops, ampersands and hyphens. */
  words: Word[];
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
  garbled: GarbleSpan[];
  dates: DateEntity[];
  places: PlaceEntity[];
  organisations: OrgEntity[];
  events: EventEntity[];
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
    garbled: [],
    dates: [],
    places: [],
    organisations: [],
    events: [],
    messages: [],
  };
}

/** Sets the decoded text: from here on `original` is fixed and offsets start from identity. */
export function withOriginal(doc: Doc, text: string, encoding: string): Doc {
  return { ...doc, original: text, text, encoding, map: identityMap(text.length) };
}
