import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** A year, then a `1` that stands for the closing parenthesis: `20181` of `(United Nations publication, 2018)`. */
const CLOSE_AS_ONE = /^(?:19|20)\d\d1$/;
/** A `1` that stands for the opening parenthesis, then a year: `11948` of `(1948)`. */
const OPEN_AS_ONE = /^1(?:19|20)\d\d$/;
/** How far back an open parenthesis is looked for: a citation or an aside, not a paragraph. */
const REACH = 120;

/**
 * Is a parenthesis open (opened and not closed) at `at`, within the reach? `read` is where this
 * rule last read a parenthesis before `at`, and which: the text does not show it yet.
 */
function openAt(text: string, at: number, read: { at: number; open: boolean }): boolean {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('(') + from, read.open ? read.at : -1);
  const close = Math.max(before.lastIndexOf(')') + from, read.open ? -1 : read.at);
  return open >= from && open > close;
}

/**
 * A parenthesis around a year read as the digit 1, the stroke OCR most often takes it for:
 * `(19451 nor` -> `(1945) nor`, `(United Nations publication, 20181,` -> `2018),`, and
 * `Human Rights 11948) contain` -> `(1948)`. A five-digit number that starts with a year is
 * read so only where the parentheses say so: an open one before it that nothing closed, or a
 * closing one right after it that nothing opened. Reports write counts of that size with a
 * separator (`19,451`), so the digits alone would be evidence too, but the parentheses decide.
 */
export function yearParenthesisRepairs(ctx: RepairContext): Edit[] {
  const text = ctx.doc.text;
  const edits: Edit[] = [];
  // (`(19451 nor ... 11948)`: the first reading closes what the second would otherwise see open)
  const read = { at: -1, open: false };
  for (const t of ctx.tokens) {
    const { core, coreStart } = t;
    if (core.length !== 5) continue;
    const after = text[coreStart + 5];
    if (CLOSE_AS_ONE.test(core) && after !== ')' && openAt(text, coreStart, read)) {
      edits.push({ range: { start: coreStart + 4, end: coreStart + 5 }, text: ')', rule: 'repair/year-parenthesis' });
      read.at = coreStart + 4;
      read.open = false;
    } else if (OPEN_AS_ONE.test(core) && after === ')' && !openAt(text, coreStart, read)) {
      edits.push({ range: { start: coreStart, end: coreStart + 1 }, text: '(', rule: 'repair/year-parenthesis' });
      read.at = coreStart;
      read.open = true;
    }
  }
  return edits;
}

export const yearParenthesisRule: RepairRule = { id: 'repair/year-parenthesis', apply: yearParenthesisRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/year-parenthesis': true;
  }
}
