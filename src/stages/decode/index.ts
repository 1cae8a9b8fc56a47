import iconv from 'iconv-lite';
import { withOriginal } from '../../core/doc.js';
import { applyEdits } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import { decodeBytes } from './detect.js';
import { mojibakeEdits } from './mojibake.js';

export interface DecodeOptions {
  /** Encoding for non-UTF-8 bytes when detection names no better one. Default `windows-1252`. */
  fallbackEncoding: string;
  /** Undo UTF-8-read-as-Windows-1252 mojibake (`â€™` -> `’`). Default `true`. */
  repairMojibake: boolean;
}

export const decodeDefaults: DecodeOptions = { fallbackEncoding: 'windows-1252', repairMojibake: true };

/** bytes -> text. Rejects empty and binary files with a reason instead of throwing. */
export function createDecode(options?: Partial<DecodeOptions>): Transform {
  const opts = resolveOptions('decode', decodeDefaults, options);
  if (!iconv.encodingExists(opts.fallbackEncoding)) {
    throw new TypeError(`decode: option "fallbackEncoding" must be an encoding iconv-lite knows, got "${opts.fallbackEncoding}"`);
  }
  return (doc) => {
    const decoded = decodeBytes(doc.bytes, opts.fallbackEncoding);
    if (!decoded.ok) return { ...doc, rejected: { stage: 'decode', code: decoded.code, message: decoded.message } };
    const withText = withOriginal(doc, decoded.text, decoded.encoding);
    return opts.repairMojibake ? applyEdits(withText, mojibakeEdits(withText.text), 'decode') : withText;
  };
}
