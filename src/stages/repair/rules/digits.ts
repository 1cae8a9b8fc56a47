import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { MONTH_PATTERN, MONTH_START } from '../../../text/months.js';

const AS_DIGIT: Record<string, string> = { I: '1', l: '1', '|': '1', i: '1', O: '0', o: '0', S: '5', B: '8', Z: '2', g: '9' };
const LOOKS_DIGIT = /^[\dIl|iOoSBZg]+$/;
/**
 * Shapes of digits in a day before a month name, where no word stands (`L8 February` is the 18th;
 * a low-resolution scan draws a 1 as `J` or `U`: `U7 December`, `from J January`).
 */
const AS_DAY_DIGIT: Record<string, string> = { ...AS_DIGIT, L: '1', J: '1', U: '1', s: '5', '§': '5', b: '6', G: '6' };
/**
 * A day of one or two characters, some of them letters the engine took a digit for. Lower-case
 * letters alone make words (`is May`, `so June`): the shape needs a digit, or a capital or a
 * sign that no English word of two letters is made of (`LS`, `S`, `§`); `I` alone is the pronoun.
 */
function dayOf(text: string): string | undefined {
  if (!/^[\dIl|iOoSsBbZzgGLJU§]{1,2}$/.test(text) || /^\d+$/.test(text) || text === 'I' || text === 'Is') return undefined;
  if (!/[\dLJUSBZG§|]/.test(text)) return undefined;
  // (`J` and `U` stand for a 1 beside a digit, or `J` alone: `US`, `JL` are letters)
  if (/[JU]/.test(text) && !/\d/.test(text) && text !== 'J') return undefined;
  const day = [...text].map((c) => AS_DAY_DIGIT[c] ?? c).join('');
  const n = Number(day);
  // (a day is not written with a leading nought: `OU` is a shred of something else)
  return n >= 1 && n <= 31 && day[0] !== '0' ? String(n) : undefined;
}
/** The rest of a range of days after its first day: " to 20 February", "–21 May". */
const DAY_RANGE_AFTER = new RegExp(`^(?: to | and |[-–] ?)(\\d{1,2}) ${MONTH_PATTERN}\\b`);
/** A month name just before a token. */
const MONTH_BEFORE = new RegExp(`\\b${MONTH_PATTERN}\\s$`);

/**
 * A quantity's number before `per cent` or `million` with a digit drawn as a letter (`L4 per cent`,
 * `J0 per cent`, `1L6 million`): up to three characters, a digit among them, the rest strokes and
 * rounds a low-resolution scan draws for 1, 5 and 0 (no `G` or `B`: `G20`, `B20` are names).
 */
const QUANTITY_SHAPE = /^(?=.*\d)[\dIl|LJUSOo]{2,3}$/;
/** What follows a quantity's number: `per cent` (also misread: `per gent`), `million`, `billion`. */
const QUANTITY_AFTER = /^ (?:per [a-z]{4}\b|million\b|billion\b)/;

/** `10l.`, `400l.`: a sum in pounds as old print writes it, digits then `l` and its stop. */
const poundsAbbreviated = (text: string, start: number, core: string): boolean =>
  /^\d+l$/.test(core) && text[start + core.length] === '.';

/**
 * Numbers with letters the engine mistook for digits: `Ig82` -> `1982`, `A/39/36I` ->
 * `A/39/361`, `Sth` -> `5th`, `(997` -> `1997`. Only where most of the token is digits already,
 * so that words are never turned into numbers.
 */
export function digitRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const t of ctx.tokens) {
    const core = t.core;
    // a bar as a paragraph number where a paragraph or sentence starts: `|.` is `1.`
    // ... or after a word that takes a number: `agenda item | (a)`
    const before = ctx.doc.text.slice(Math.max(0, t.start - 12), t.start);
    const after = ctx.doc.text.slice(t.end, t.end + 2);
    const numbered = /^\|\.$/.test(t.text) && /^ \p{Lu}/u.test(after);
    const counted = t.text === '|' && /\b(item|items|paragraph|para\.|annex|chapter|article|No\.)\s$/i.test(before);
    // a day of the month: "as at | November 2024", "on | January"
    const beforeMonth = after[0] === ' ' && MONTH_START.test(ctx.doc.text.slice(t.end + 1, t.end + 11));
    if (numbered || counted || (t.text === '|' && beforeMonth)) {
      edits.push({ range: { start: t.start, end: t.start + 1 }, text: '1', rule: 'repair/digits' });
      continue;
    }
    // a day of the month with a digit misread: "1b October", "§ December", "L8 to 20 February"
    const range = DAY_RANGE_AFTER.exec(ctx.doc.text.slice(t.end, t.end + 24));
    const day = beforeMonth || range ? dayOf(t.text) : undefined;
    // (the days of a range rise)
    if (day && (!range || Number(day) < Number(range[1]))) {
      edits.push({ range: { start: t.start, end: t.end }, text: day, rule: 'repair/digits' });
      continue;
    }
    // a quantity: "L4 per cent", "1L6 million"
    if (QUANTITY_SHAPE.test(t.text) && !/^\d+$/.test(t.text) && QUANTITY_AFTER.test(ctx.doc.text.slice(t.end, t.end + 14))) {
      // (the shape admits only letters the day digits read as 1, 5 and 0)
      const fixed = [...t.text].map((c) => AS_DAY_DIGIT[c] ?? c).join('');
      if (fixed[0] !== '0') {
        edits.push({ range: { start: t.start, end: t.end }, text: fixed, rule: 'repair/digits' });
        continue;
      }
    }
    // a number with a stray letter or two (but `10l.` is ten pounds, as old print abbreviates them)
    if (LOOKS_DIGIT.test(core) && /\d/.test(core) && !/^\d+$/.test(core) && !poundsAbbreviated(ctx.doc.text, t.coreStart, core)) {
      // two real digits at least: `1o` between words is `to`, `8o` is `so`
      const digits = core.replace(/\D/g, '').length;
      if (digits >= 2 && digits / core.length >= 0.5) {
        const fixed = [...core].map((c) => AS_DIGIT[c] ?? c).join('');
        edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: fixed, rule: 'repair/digits' });
        continue;
      }
    }
    // segments of a document symbol
    if (/^[A-Z]{1,4}(\/[\dA-Za-z.-]+){2,}$/.test(core)) {
      const fixed = core.replace(/(?<=\/)(\d*[Il|OS]\d*)(?=\/|$)/g, (seg) => (/\d/.test(seg) ? [...seg].map((c) => AS_DIGIT[c] ?? c).join('') : seg));
      if (fixed !== core) edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: fixed, rule: 'repair/digits' });
      continue;
    }
    // ordinals: Sth, Ist, 1Ith
    const ord = /^([\dSIl]{1,3})(st|nd|rd|th)$/.exec(core);
    if (ord && /[SIl]/.test(ord[1]) && (ord[1].length > 1 || ord[1] === 'S')) {
      const fixed = [...ord[1]].map((c) => AS_DIGIT[c] ?? c).join('') + ord[2];
      edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: fixed, rule: 'repair/digits' });
      continue;
    }
    // an opening bracket that was a 1: "(997" "[994" "[1th", "on (9 September", "item [8 at"
    // (never when the bracket closes soon after: "(9 September 1997)" is a date in brackets)
    const br = /^[([|](\d{1,3})(st|nd|rd|th)?([.,;:]?)$/.exec(t.text);
    if (br) {
      const n = `1${br[1]}`;
      const year = n.length === 4 && /^(19|20)\d\d$/.test(n);
      const unclosed = !/^[^()[\]]{0,40}[)\]]/.test(ctx.doc.text.slice(t.end));
      const day = br[1].length === 1 && MONTH_START.test(ctx.doc.text.slice(t.end + 1, t.end + 11));
      const itemNumber = br[1].length <= 2 && /\b(item|items|paragraph|paragraphs|resolution|decision|annex|chapter|article)\s$/i.test(before);
      if (year || br[2] || (unclosed && (day || itemNumber))) edits.push({ range: { start: t.start, end: t.start + 1 }, text: '1', rule: 'repair/digits' });
      continue;
    }
    // a year that lost its 1 after a date: "19 November 997"
    if (/^9\d\d[.,;:)]?$/.test(t.text) && MONTH_BEFORE.test(before)) {
      edits.push({ range: { start: t.start, end: t.start + 3 }, text: `1${t.text.slice(0, 3)}`, rule: 'repair/digits' });
    }
  }
  return edits;
}

export const digitsRule: RepairRule = { id: 'repair/digits', apply: digitRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/digits': true;
  }
}
