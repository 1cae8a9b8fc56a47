import type { Doc, Segments } from '../core/doc.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { paragraphs, sentences } from './sentences.js';
import { capitalWords, wordsOf } from './words.js';

/** Paragraphs, sentences and words of a text, as offsets. */
export function segmentText(text: string, abbreviations: ReadonlySet<string> = ABBREVIATIONS): Segments {
  const paras = paragraphs(text);
  const words = wordsOf(text);
  return { paragraphs: paras, sentences: paras.flatMap((p) => sentences(text, p, abbreviations)), words, capitals: capitalWords(words) };
}

/** The document's segments as the segment stage left them, or computed now (a stage run on its own). */
export function segmentsOf(doc: Doc): Segments {
  return doc.segments ?? segmentText(doc.text);
}
