import { resolveOptions, type Transform } from '../../core/stage.js';
import { ABBREVIATIONS } from '../../text/abbreviations.js';
import { segmentText } from '../../text/segments.js';

export interface SegmentOptions {
  /** Extra abbreviations (without the dot) after which a full stop does not end a sentence. Default none. */
  abbreviations: string[];
}

export const segmentDefaults: SegmentOptions = { abbreviations: [] };

/** Paragraphs and sentences, as offsets into the text; extractors work sentence by sentence. */
export function createSegment(options?: Partial<SegmentOptions>): Transform {
  const opts = resolveOptions('segment', segmentDefaults, options);
  const abbreviations = new Set([...ABBREVIATIONS, ...opts.abbreviations.map((a) => a.toLowerCase())]);
  return (doc) => ({ ...doc, segments: segmentText(doc.text, abbreviations) });
}
