import { z } from 'zod';

const offset = z.number().int().nonnegative();
const range = z.strictObject({ start: offset, end: offset }).refine((r) => r.start <= r.end, {
  message: 'start must not be after end',
});
const located = { start: offset, end: offset, source: range };
const evidence = { ...located, text: z.string(), producers: z.array(z.string()).optional() };

export const garbledSchema = z.strictObject({
  ...located,
  text: z.string(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()).min(1),
  action: z.enum(['repaired', 'removed', 'kept']),
});

export const repairSchema = z.strictObject({
  ...located, from: z.string(), to: z.string(), rule: z.string().min(1),
});

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a range `START/END` of those. */
export const dateValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);

export const dateSchema = z.strictObject({ ...evidence, value: dateValue, inferred: z.boolean().optional() });
export const placeSchema = z.strictObject({
  ...evidence,
  name: z.string().min(1),
  kind: z.enum(['country', 'city', 'region', 'feature', 'territory']),
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional(),
});
export const organisationSchema = z.strictObject({ ...evidence, name: z.string().min(1), acronym: z.string().optional() });
export const eventSchema = z.strictObject({
  ...evidence, name: z.string().min(1), date: dateValue.optional(), place: z.string().optional(),
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

/** The record contract: one per input report. Other tools read these names; keep them. */
export const recordSchema = z
  .strictObject({
    id: z.string().min(1),
    source: z.strictObject({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().positive(),
      encoding: z.string().min(1),
    }),
    text: z.string(),
    garbled: z.array(garbledSchema),
    repairs: z.array(repairSchema),
    dates: z.array(dateSchema),
    places: z.array(placeSchema),
    organisations: z.array(organisationSchema),
    events: z.array(eventSchema),
    footnotes: z.array(footnoteSchema),
    messages: z.array(messageSchema),
  })
  .superRefine((rec, ctx) => {
    // Offsets must point inside the text, and an entity's text must be what they point at.
    const n = rec.text.length;
    for (const key of ['garbled', 'repairs', 'dates', 'places', 'organisations', 'events', 'footnotes'] as const) {
      rec[key].forEach((span, i) => {
        if (span.end > n) {
          ctx.addIssue({ code: 'custom', path: [key, i, 'end'], message: `end ${span.end} is past the text (${n})` });
        } else if (key !== 'garbled' && key !== 'repairs' && key !== 'footnotes'
          && rec.text.slice(span.start, span.end) !== (span as { text: string }).text) {
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
