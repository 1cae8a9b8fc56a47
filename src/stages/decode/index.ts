import iconv from 'iconv-lite';
import { z } from 'zod';
import { withMessages, withOriginal } from '../../core/doc.js';
import type { Message } from '../../core/types.js';
import { applyEdits } from '../../core/edits.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { decodeBytes } from './detect.js';
import { mojibakeEdits } from './mojibake.js';

export const decodeOptions = z.strictObject({
  fallbackEncoding: z.string().default('windows-1252')
    .refine((e) => iconv.encodingExists(e), { message: 'must be an encoding iconv-lite knows' })
    .describe('Encoding for non-UTF-8 bytes when detection names no better one.'),
  repairMojibake: z.boolean().default(true).describe('Undo UTF-8-read-as-Windows-1252 mojibake (`â€™` -> `’`).'),
});

/** bytes -> text. Rejects empty and binary files with a reason instead of throwing. */
export const decodeStage = defineStage({
  name: 'decode',
  summary: 'Bytes to text: BOMs, UTF-8, detected legacy encodings; rejects empty and binary files.',
  options: decodeOptions,
  required: true,
  create: (opts) => (doc) => {
    const decoded = decodeBytes(doc.bytes, opts.fallbackEncoding);
    if (!decoded.ok) return { ...doc, rejected: { stage: 'decode', code: decoded.code, message: decoded.message } };
    const decodedDoc = withOriginal(doc, decoded.text, decoded.encoding);
    const messages = (decoded.notes ?? []).map((n): Message => ({
      ruleId: n.ruleId, stage: 'decode', severity: 'warning', place: { start: n.at, end: Math.min(n.at + 1, decoded.text.length) }, note: n.note,
    }));
    const withText = withMessages(decodedDoc, messages);
    return opts.repairMojibake ? applyEdits(withText, mojibakeEdits(withText.text), 'decode') : withText;
  },
});

export const createDecode = stageFactory(decodeStage);
