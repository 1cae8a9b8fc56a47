import type { EditRuleId } from '../../core/rule-ids.js';
import type { Edit } from '../../core/types.js';
import { windows1252Bytes } from '../../resources/index.js';

/**
 * UTF-8 read as Windows-1252 turns one character into two to four, led by Â-ô, then characters
 * that 1252 reads continuation bytes (0x80-0xBF) as. The bytes 0x80-0x9F that 1252 leaves undefined
 * survive as C1 controls, so those map back to themselves (ftfy's "sloppy" 1252). The table comes
 * from iconv-lite through the build (`windows1252Bytes`), not written by hand.
 */
function mojibakePattern(toByte: ReadonlyMap<string, number>): RegExp {
  const cont = [...toByte].filter(([, b]) => b <= 0xbf).map(([c]) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return new RegExp(`[\\u00c2-\\u00df][${cont}]|[\\u00e0-\\u00ef][${cont}]{2}|[\\u00f0-\\u00f4][${cont}]{3}`, 'g');
}
const strict = new TextDecoder('utf-8', { fatal: true });

function isPlausible(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  // C1 controls, private use and specials are no better than the mojibake they replace.
  return !(c < 0xa0 || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xfff0);
}

/** Edits that undo UTF-8-as-1252 mojibake, one per damaged character, only where it decodes cleanly. */
export function mojibakeEdits(text: string, rule: EditRuleId = 'decode/mojibake'): Edit[] {
  const edits: Edit[] = [];
  const toByte = windows1252Bytes();
  for (const m of text.matchAll(mojibakePattern(toByte))) {
    const bytes = Buffer.from([...m[0]].map((c) => toByte.get(c) ?? c.charCodeAt(0)));
    let fixed: string;
    try {
      fixed = strict.decode(bytes);
    } catch {
      continue;
    }
    if ([...fixed].length !== 1 || !isPlausible(fixed)) continue;
    edits.push({ range: { start: m.index, end: m.index + m[0].length }, text: fixed, rule });
  }
  return edits;
}

declare module '../../core/rule-ids.js' {
  interface EditRuleIds {
    'decode/mojibake': true;
  }
}
