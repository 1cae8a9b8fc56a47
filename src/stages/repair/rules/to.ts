import type { Edit } from '../../../core/types.js';
import { MONTH_START, MONTH_WORD } from '../../../text/months.js';
import { takesNumber } from '../../../text/number-context.js';
import { inCommonUse, pairSides, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import type { Token } from '../../../text/tokens.js';

// Words that follow "to" very often and a number almost never.
const AFTER_TO = new Set(['the', 'be', 'it', 'its', 'a', 'an', 'all', 'this', 'that', 'their', 'his', 'her', 'them', 'which', 'whom', 'ensure', 'provide', 'support', 'make', 'take', 'continue', 'promote', 'report', 'consider', 'develop', 'facilitate', 'strengthen', 'address', 'implement', 'improve', 'establish', 'assist']);
const ARTICLES = new Set(['the', 'a', 'an']);
// Shapes of "to" that are never a word themselves, and digit shapes that may be a real number.
const JUNK_TO = /^(t|\(o|\[o|lo|io|t0|1o)$/;
// (`1` alone is more often `I` than `to`: only a range of days reads it as `to`; `16` is how a
// low-resolution scan prints `to`)
const NUMBER_TO = /^(10|16|1)$/;
/**
 * Between two dates of different months (`28 October te 4 November`) no word of two letters but
 * "to" stands: any two letters that start like it or end like it are it.
 */
const DATES_TO = /^(?:t[a-z]|[a-z]o)$/;

/** After a junk shape of "to": a lower-case word of two letters or more on the same line, other than "to", that makes no common word with it. */
function plainNext(ctx: RepairContext, t: Token, next: Token, n: string): boolean {
  return n.length > 1 && n !== 'to' && /^\p{Ll}/u.test(next.core) && !/\n/.test(ctx.doc.text.slice(t.end, next.start))
    && !inCommonUse(ctx.knowledge, t.text + n);
}

/** Is `middle` no day between the days `first` and `last` that rise (`3 17 6`)? */
function outOfOrder(first: string, middle: string, last: string): boolean {
  if (!/^\d{1,2}$/.test(first) || !/^\d{1,2}$/.test(last)) return false;
  const [a, m, b] = [Number(first), Number(middle), Number(last)];
  return a < b && (m <= a || m >= b);
}

/**
 * "to" read as `10`, `1`, `t`, `(o`: a range of days (`12 10 14 December`; there also any number
 * that is no day, `18 40 20 May`), or a word between
 * two words where the word pairs of the batch and of general English say "to" belongs
 * (`contributes 10 the`, `requested the Secretary-General 16 report`). A number
 * after a word that takes numbers (`item 1`, `on 10 October`) stays.
 */
export function toRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // "28 October te 4 November": a range across months
    if (DATES_TO.test(t.text) && t.text !== 'to' && i >= 2 && /^\d{1,2}$/.test(tokens[i - 2].text) && MONTH_WORD.test(tokens[i - 1].text)
      && /^\d{1,2}$/.test(tokens[i + 1].text) && Number(tokens[i + 1].text) <= 31 && i + 2 < tokens.length && MONTH_START.test(tokens[i + 2].text)) {
      edits.push({ range: { start: t.start, end: t.end }, text: 'to', rule: 'repair/to' });
      continue;
    }
    const junk = JUNK_TO.test(t.text);
    // "18 40 20 May 2010": a number that is no day between two days is "to" misread; so is one
    // out of order between them ("3 17 6 June": the days of a range rise)
    const noDay = /^[4-9]\d$/.test(t.text) || (/^\d{1,2}$/.test(t.text) && outOfOrder(tokens[i - 1].text, t.text, tokens[i + 1].text));
    if (!junk && !noDay && !NUMBER_TO.test(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const dayOrYear = /^\d{1,2}$|^(19|20)\d\d$/.test(prev.text);
    const dayRange = dayOrYear && /^\d{1,2}$/.test(next.text) && after && MONTH_START.test(after.text)
      && (Number(prev.text) < Number(next.text) || prev.text.length === 4);
    let verbal = false;
    if (noDay) {
      if (dayRange && Number(next.text) <= 31) edits.push({ range: { start: t.start, end: t.end }, text: 'to', rule: 'repair/to' });
      continue;
    }
    // (a hyphenated word before it too: `the Secretary-General 10 report`)
    if (/^\p{L}[\p{L}-]*\p{L}$/u.test(prev.text) && /^\p{L}[\p{L}-]*$/u.test(next.core) && !MONTH_START.test(next.text)) {
      const p = prev.text.toLowerCase();
      const n = next.core.toLowerCase();
      const { left, right } = pairSides(ctx, p, 'to', n);
      // a junk shape needs both neighbours to have seen "to" beside them, and a lower-case word on
      // its line after it that it makes no word with (`of t he`, `t his`, `fell t e stars` are cut
      // words; `when t General Meeting` is "the")
      const evidence = !junk || (left > 0 && right > 0 && plainNext(ctx, t, next, n)) ? left + right : 0;
      // a word nearly always followed by "to" next, or the word pairs, decide; capitalised
      // nouns before it ("the Parties 10 the Convention") count when "the" follows
      // a junk shape (`t`, `io`) is a shred of any word unless what follows is what follows "to";
      // a number before a capitalised word starts a paragraph (`1 The present report`)
      const followsTo = AFTER_TO.has(n) || (/^\p{Ll}/u.test(prev.text) && evidence >= 3);
      // (`1` reads as `to` only before an article, after a lower-case word: `belonging 1 the Alliance`)
      const one = t.text !== '1' || (/^\p{Ll}/u.test(prev.text) && ARTICLES.has(n));
      verbal = junk ? followsTo : one && !takesNumber(p) && /^\p{Ll}/u.test(next.core) && followsTo;
    }
    if (dayRange || verbal) edits.push({ range: { start: t.start, end: t.end }, text: 'to', rule: 'repair/to' });
  }
  return edits;
}

export const toRule: RepairRule = { id: 'repair/to', apply: toRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/to': true;
  }
}
