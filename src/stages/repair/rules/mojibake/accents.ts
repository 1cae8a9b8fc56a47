import iconv from 'iconv-lite';
import type { Edit } from '../../../../core/types.js';
import type { RepairContext } from '../../context.js';

/**
 * Reports typeset from UTF-8 read as Windows-1252 print `Ã©` for `é` and `â€œ` for `“`; the OCR
 * engine then reads those as `A©`, `A3`, `4`, `a`, `ds`. The second byte's 1252 glyph, and the
 * shapes the engine takes it for, tell the letter. The table is derived with iconv-lite.
 */
const ACCENTS = new Map<string, string>();
for (const ch of 'àáâãäåçèéêëìíîïñòóôõöùúûüýÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ') {
  const glyph = iconv.decode(Buffer.from(ch, 'utf8').subarray(1), 'windows-1252');
  ACCENTS.set(glyph, ch);
}
// Shapes the engine reads those glyphs as.
const LOOKALIKE: Record<string, string> = { '@': '©', '3': '³', M: '¼', '‘': '´', "'": '´', '2': '²', '1': '¹' };
const ACCENT = /(?<=\p{L})A([^\sA-Za-z0-9]|[3M12])(?=\p{Ll})|(?<=\p{Ll})A([©@])(?=[\s.,;:)”"]|$)/gu;


export function accentEdits(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const m of ctx.doc.text.matchAll(ACCENT)) {
    const mark = m[1] ?? m[2];
    const letter = ACCENTS.get(LOOKALIKE[mark] ?? mark);
    if (letter) edits.push({ range: { start: m.index, end: m.index + 2 }, text: letter, rule: 'repair/ocr-mojibake' });
  }
  return edits;
}
