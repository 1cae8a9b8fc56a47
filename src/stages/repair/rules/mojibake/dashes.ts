import { MONTH_START } from '../../../../text/months.js';
import { takesNumber } from '../../../../text/number-context.js';
import type { Edit } from '../../../../core/types.js';
import type { RepairContext } from '../../context.js';

/** `10414 February` -> `10–14`, `(2413 December` -> `(2–13`, `aged 15449` -> `15–49`: an en dash read as 4. */
export function dashEdits(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    const m = /^\(?(\d{3,8})[.,;:)]?$/.exec(t.text);
    if (!m || !m[1].includes('4')) return;
    const digits = m[1];
    const base = t.start + (t.text.startsWith('(') ? 1 : 0);
    // a month close after, in the same sentence: "is 148. From October" is a number
    const monthNear = tokens.slice(i + 1, i + 4).some((x) => MONTH_START.test(x.text)) && !/[.;:]$/.test(t.text);
    const aged = /^ages?d?$/i.test(tokens[i - 1]?.core ?? '');
    const splits: number[] = [];
    for (let at = 1; at < digits.length - 1; at++) {
      if (digits[at] !== '4' || digits[at + 1] === '0') continue;
      const a = Number(digits.slice(0, at));
      const b = Number(digits.slice(at + 1));
      const year = /^(19|20)\d\d$/.test(digits.slice(0, at));
      const days = monthNear && ((a < b && b <= 31) || (year && b <= 31));
      const ages = aged && a < b && b <= 99;
      if (days || ages) splits.push(at);
    }
    if (splits.length === 1) edits.push({ range: { start: base + splits[0], end: base + splits[0] + 1 }, text: '–', rule: 'repair/ocr-mojibake' });
  });
  return edits;
}

/** Quote and possessive marks a report must show before a bare 4 is taken for a dash. */
const MIN_MARKS = 2;


/**
 * `itself 4 referred`, `5 413 September` -> `itself – referred`, `5 –13 September`: in a report
 * whose quotes came out as marks, a bare 4 between words, or glued to the second day of a
 * range, is the en dash. Only where the marks were seen: elsewhere a 4 is a number.
 */
export function bareDashEdits(ctx: RepairContext, marks: number): Edit[] {
  if (marks < MIN_MARKS) return [];
  const edits: Edit[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !next) return;
    if (t.text === '4' && /^\p{L}+[,;:]?$/u.test(prev.text) && !takesNumber(prev.core) && /^\p{Ll}+$/u.test(next.core) && !/s$/.test(next.core)) {
      edits.push({ range: { start: t.start, end: t.end }, text: '–', rule: 'repair/ocr-mojibake' });
    }
    const day = /^4([1-9]|[12]\d|3[01])$/.exec(t.text);
    if (day && /^\d{1,2}$/.test(prev.text) && Number(prev.text) < Number(day[1]) && MONTH_START.test(next.text)) {
      edits.push({ range: { start: t.start, end: t.start + 1 }, text: '–', rule: 'repair/ocr-mojibake' });
    }
  });
  return edits;
}
