import type { Edit } from '../../../core/types.js';
import { ROMAN_NUMERAL, romanValue } from '../../../text/roman.js';
import type { Token } from '../../../text/tokens.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** A heading's numeral as printed, in capitals with its stop: `I.`, `II.`, `IV.`. */
const headingNumeral = (token: string) => /^[IVX]+\.$/.test(token) && ROMAN_NUMERAL.test(token.slice(0, -1).toLowerCase());
/** `II` whose second stroke OCR read as an L or a bar: `IL`, `Il`, `I|`, with or without its stop (or a comma for it). */
const TWO_STROKES = /^I[lL|][.,]?$/;
/** `III` with one stroke read so: `IIL`, `IlI`. */
const THREE_STROKES = /^(?:II[lL|]|I[lL|]I)[.,]?$/;

/** Does the token open a paragraph (the text's start, or after a blank line)? */
function opensParagraph(text: string, t: Token): boolean {
  return t.start === 0 || /\n[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, t.start - 8), t.start));
}

/** A capitalised word after it on its line: the heading's title (`IL Key developments`). */
function titleAfter(text: string, t: Token, next: Token | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}/u.test(next.core) && !text.slice(t.end, next.start).includes('\n');
}

/**
 * The numeral of a section heading at a paragraph's start, a stroke read as an L (`IL Key
 * developments` -> `II. Key developments`, `IIL. Purpose` -> `III. Purpose`). The headings before it
 * say which: `IL` after a heading `II.` is the third (`III.`), as OCR drops a stroke as often as it
 * bends one; after a higher numeral it is left alone. A report's headings run I., II., III. at the
 * paragraph's start, and no word of a title is written `IL`.
 */
export function headingNumeralRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  const text = ctx.doc.text;
  let last = 0; // the value of the last heading numeral, as printed or as read here
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!opensParagraph(text, t) || !titleAfter(text, t, tokens[i + 1])) continue;
    if (headingNumeral(t.text)) {
      last = romanValue(t.text.slice(0, -1));
      continue;
    }
    const value = TWO_STROKES.test(t.text) ? (last <= 1 ? 2 : last === 2 ? 3 : 0) : THREE_STROKES.test(t.text) && last <= 2 ? 3 : 0;
    if (!value) continue;
    edits.push({ range: { start: t.start, end: t.end }, text: `${'I'.repeat(value)}.`, rule: 'repair/heading-numeral' });
    last = value;
  }
  return edits;
}

export const headingNumeralRule: RepairRule = { id: 'repair/heading-numeral', apply: headingNumeralRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/heading-numeral': true;
  }
}
