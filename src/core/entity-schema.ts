import { z } from 'zod';

export const offset = z.number().int().nonnegative();
export const range = z.strictObject({ start: offset, end: offset }).refine((r) => r.start <= r.end, {
  message: 'start must not be after end',
});
/** A span of the cleaned text and where it came from in the original. */
export const located = {
  start: offset.describe('offset in the cleaned `text` (JS string index)'),
  end: offset,
  source: range.describe('offsets in the decoded original input'),
};
/** The fields every entity has: its exact text and who found it. */
export const entityFields = {
  ...located,
  text: z.string().describe('the cleaned text between `start` and `end`'),
  /** Present only where the original differs from `text` (a repair, a rejoined word, a line break). */
  original: z.string().optional().describe('the original input between `source.start` and `source.end`, where it differs from `text`'),
  producers: z.array(z.string()).describe('extractors and refiners that found or shaped it'),
};

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a range `START/END` of those. */
export const dateValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
