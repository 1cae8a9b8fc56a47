import { z } from 'zod';
import { defineStage, stageFactory } from '../../core/stage.js';
import { ABBREVIATIONS } from '../../text/abbreviations.js';
import { segmentText } from '../../text/segments.js';

export const segmentOptions = z.strictObject({
  abbreviations: z.array(z.string().min(1)).default([])
    .describe('Extra abbreviations (without the dot) after which a full stop does not end a sentence.'),
});

/** Paragraphs, sentences and words, as offsets into the text; extractors work sentence by sentence. */
export const segmentStage = defineStage({
  name: 'segment',
  summary: 'Paragraphs, sentences and words as offsets.',
  options: segmentOptions,
  required: true,
  create: (opts) => {
    const abbreviations = new Set([...ABBREVIATIONS, ...opts.abbreviations.map((a) => a.toLowerCase())]);
    return (doc) => ({ ...doc, segments: segmentText(doc.text, abbreviations) });
  },
});

export const createSegment = stageFactory(segmentStage);
