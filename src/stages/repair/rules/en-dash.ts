import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

const EM = '—';
const EN = '–';
/** A range of numbers joined by an em dash: `2024—25`, `(15—49)`, `0.5—1`. */
const NUMBER_RANGE = /^\(?\d[\d.,]*—\d[\d.,]*\)?[.,;:]?$/;
/** The distribution line (`Distr.: General`) near the top of a UN official document, set by the UN's editorial rules. */
const OFFICIAL = /\bDistr\b/;
/** How far into the text the distribution line is looked for. */
const HEADER = 2000;

/**
 * UN print sets ranges (`2024–25`) as en dashes, and official documents their parenthetic dashes
 * too (`tariffs – resulting in`); OCR engines that know one dash read it as the long one. In
 * corpus/un and corpus/pdf's born-digital text, 349 ranges have an en dash and none an em dash;
 * in corpus/pdf's documents with a distribution line 380 spaced dashes are en dashes and 4 em
 * dashes, while a policy brief with none sets em dashes. So in a scan whose text holds no en dash
 * at all, an em dash between numbers is the en dash, and one standing alone between words is too
 * where the text opens as an official document. A scan that does print en dashes tells the two
 * apart, and its em dashes are meant.
 */
export function enDashRepairs(ctx: RepairContext): Edit[] {
  if (!ctx.doc.text.includes(EM) || ctx.doc.text.includes(EN)) return [];
  const edits: Edit[] = [];
  const { tokens } = ctx;
  const official = OFFICIAL.test(ctx.doc.text.slice(0, HEADER));
  tokens.forEach((t, i) => {
    const dash = t.text.indexOf(EM);
    if (dash < 0) return;
    // (after a colon or a full stop, a dash opens a list or a line of its own)
    const between = official && t.text === EM && /[\p{L}\d)”’"']$/u.test(tokens[i - 1]?.text ?? '') && /^[(“‘"']?[\p{L}\d]/u.test(tokens[i + 1]?.text ?? '');
    if (between || NUMBER_RANGE.test(t.text)) {
      edits.push({ range: { start: t.start + dash, end: t.start + dash + 1 }, text: EN, rule: 'repair/en-dash' });
    }
  });
  return edits;
}

export const enDashRule: RepairRule = { id: 'repair/en-dash', apply: enDashRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/en-dash': true;
  }
}
