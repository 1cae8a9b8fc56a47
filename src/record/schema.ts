import { z } from 'zod';
import { located, range } from '../core/entity-schema.js';
import { ENTITY_KINDS } from '../pipeline/stages.js';

const pieces = z.array(range).min(2).optional()
  .describe('where `source` also covers original text the span was not made of (a line end put back from elsewhere, removed furniture): the original stretches it was made of');

export const garbledSchema = z.strictObject({
  ...located,
  pieces,
  text: z.string().describe('the cleaned text between `start` and `end`'),
  original: z.string().optional().describe('the original input between `source.start` and `source.end` (its `pieces` joined by a space, where it has pieces), where it differs from `text`'),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()).min(1),
  action: z.enum(['repaired', 'removed', 'kept']),
});

export const repairSchema = z.strictObject({
  ...located, pieces, from: z.string(), to: z.string(), rule: z.string().min(1),
});

export const footnoteSchema = z.strictObject({ ...located, marker: z.string(), note: z.string().optional() });
export const messageSchema = z.strictObject({
  ruleId: z.string().min(1),
  stage: z.string().min(1),
  severity: z.enum(['info', 'warning', 'error']),
  place: range,
  note: z.string(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});

/** How the text read: the verdict every stage acted on, with its evidence. */
export const profileSchema = z.strictObject({
  kind: z.enum(['ocr', 'born-digital']).describe('`born-digital`: words right as printed, only layout mended'),
  noisy: z.boolean().describe('a noisy scan: bolder readings allowed'),
  words: z.number().int().nonnegative().describe('English words of two letters or more'),
  unknownShare: z.number().min(0).max(1).describe('share of those no English lexicon knows'),
  nearMissRate: z.number().min(0).describe('unknown words one cheap OCR confusion from a common word, per 1,000 words'),
  languages: z.array(z.strictObject({ ...located, lang: z.string() })).describe('passages in another language (ISO 639-3), left alone by English word rules'),
});

/** Record fields that are spans of the cleaned text. */
const SPAN_FIELDS = ['garbled', 'repairs', ...ENTITY_KINDS.map((k) => k.kind), 'footnotes'];

/** Of those, the ones whose `text` must be the cleaned text between their offsets. */
const EXACT_TEXT = new Set(['garbled', ...ENTITY_KINDS.map((k) => k.kind)]);

/**
 * The record contract: one per input report. Other tools read these names; keep them. Entity
 * fields come from the extractor stages, each with its own schema, in pipeline order.
 */
export const recordSchema = z
  .strictObject({
    id: z.string().min(1),
    source: z.strictObject({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().positive(),
      encoding: z.string().min(1),
    }),
    profile: profileSchema,
    text: z.string(),
    garbled: z.array(garbledSchema),
    repairs: z.array(repairSchema),
    ...Object.fromEntries(ENTITY_KINDS.map(({ kind, schema }) => [kind, z.array(schema)])),
    footnotes: z.array(footnoteSchema),
    messages: z.array(messageSchema),
  })
  .superRefine((rec, ctx) => {
    // Offsets must point inside the text, and an entity's text must be what they point at.
    const n = rec.text.length;
    for (const key of SPAN_FIELDS) {
      ((rec as Record<string, unknown>)[key] as { start: number; end: number; text?: string }[]).forEach((span, i) => {
        if (span.end > n) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'end'], message: `end ${span.end} is past the text (${n})` });
        } else if (EXACT_TEXT.has(key) && rec.text.slice(span.start, span.end) !== span.text) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'text'], message: 'text does not match its offsets' });
        }
      });
    }
  });

export type RecordOut = z.infer<typeof recordSchema>;

/** The JSON Schema of a record, from the zod schema (the single source of truth). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(recordSchema, { unrepresentable: 'any', io: 'output' });
}
