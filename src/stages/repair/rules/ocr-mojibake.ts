import iconv from 'iconv-lite';
import { MONTH_START } from '../../extract-dates/months.js';
import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';

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


function accentEdits(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const m of ctx.doc.text.matchAll(ACCENT)) {
    const mark = m[1] ?? m[2];
    const letter = ACCENTS.get(LOOKALIKE[mark] ?? mark);
    if (letter) edits.push({ range: { start: m.index, end: m.index + 2 }, text: letter, rule: 'repair/ocr-mojibake' });
  }
  return edits;
}

/** A word this common in the frequency list is no name. */
const COMMON_WORD = 1000;

/** `4The` `aTransforming` -> `“…`; `fertilitya` `Developmenta,` -> `…”`; `Peopleds` -> `People’s`. */
function quoteEdits(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  // a word with lower-case letters that the lexicon knows: acronyms (`ADB`) are left alone
  const known = (w: string) => w.length >= 3 && /\p{Ll}/u.test(w) && ctx.knowledge.isKnown(w);
  // an acronym the document writes on its own too (`UNCTAD&s` -> `UNCTAD’s`)
  const acronym = (w: string) => /^\p{Lu}{2,10}s?$/u.test(w) && new RegExp(`\\b${w}\\b(?![&’'A-Za-z])`).test(ctx.doc.text);
  let openAt = -Infinity; // token index of the last opening quote seen
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    if (t.text.startsWith('“')) openAt = i;
    if (t.text.includes('”')) openAt = -Infinity;
    // the lexicon, not the batch: an engine repeats its misreadings in every report (`Committeeds`)
    // (a misread possessive may pass for a plural: `Peopleds` as if of `peopled`)
    const poss = /^(\p{L}+?)(ds|as|As|&s|&as|&As|&4s|4s)$/u.exec(core);
    // (`aThematic` is no `athematic`: a capital after the first letter is the mark's doing)
    const marked = /^[aA4]\p{Lu}\p{Ll}/u.test(core);
    if (!marked && ctx.knowledge.isLexical(core) && !(poss && !ctx.knowledge.english.has(core.toLowerCase()))) return;
    // a 4 glued to a capitalised word is an opening quote whatever the word: `4Somalilanda`
    const named = /^4(\p{Lu}\p{Ll}{2,}?)([aA4])?$/u.exec(core);
    if (named && !known(core.slice(1))) {
      edits.push({ range: { start: t.coreStart, end: t.coreStart + 1 }, text: '“', rule: 'repair/ocr-mojibake' });
      if (named[2] && !known(named[1] + named[2])) {
        edits.push({ range: { start: t.coreStart + core.length - 1, end: t.coreStart + core.length }, text: '”', rule: 'repair/ocr-mojibake' });
      } else openAt = i;
      return;
    }
    const open = /^(4|[aA](?=\p{Lu}))(\p{L}[\p{L}’'-]*)$/u.exec(core);
    // (a capitalised word of four letters or more glued to the mark may be a name or a new word: `aRoadmap`)
    if (open && (known(open[2]) || /^\p{Lu}\p{Ll}{3,}/u.test(open[2])) && /\p{Ll}{2}/u.test(open[2])) {
      edits.push({ range: { start: t.coreStart, end: t.coreStart + 1 }, text: '“', rule: 'repair/ocr-mojibake' });
      openAt = i;
      return;
    }
    // not after a plural (`servicesas follows` is a lost space), and `Valas` is a name, not `Val’s`
    // (`Peopleas` is `People’s`: a common word is no name)
    const nameLike = /^\p{Lu}\p{Ll}/u.test(core) && /^[aA]s$/.test(poss?.[2] ?? '') && ctx.knowledge.listFrequency(poss![1]) < COMMON_WORD;
    if (poss && !/s$/.test(poss[1]) && !nameLike && (known(poss[1]) || acronym(poss[1]))) {
      edits.push({ range: { start: t.coreStart + poss[1].length, end: t.coreStart + core.length }, text: '’s', rule: 'repair/ocr-mojibake' });
      return;
    }
    // a closing quote only closes an opening one a little before it
    const close = /^(\p{L}[\p{L}’'-]*?)([aA4])$/u.exec(core);
    if (close && i - openAt <= 25 && (known(close[1]) || acronym(close[1])) && close[1].length >= 3) {
      edits.push({ range: { start: t.coreStart + close[1].length, end: t.coreStart + core.length }, text: '”', rule: 'repair/ocr-mojibake' });
      openAt = -Infinity;
      return;
    }
    // with no quote open, a plural and that mark is a possessive: `shippersa` -> `shippers’`
    const plural = /^(\p{Ll}[\p{L}-]*s)(ad|a)$/u.exec(core);
    if (plural && known(plural[1]) && plural[1].length >= 4) {
      edits.push({ range: { start: t.coreStart + plural[1].length, end: t.coreStart + core.length }, text: '’', rule: 'repair/ocr-mojibake' });
    }
  });
  return edits;
}

/** `10414 February` -> `10–14`, `(2413 December` -> `(2–13`, `aged 15449` -> `15–49`: an en dash read as 4. */
function dashEdits(ctx: RepairContext): Edit[] {
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

// Words a bare number follows in plain English (`the 4 countries`, `item 4 of`): there a 4 is a 4.
const BEFORE_NUMBER = /^(the|of|in|for|to|with|and|or|all|these|those|about|over|under|than|by|at|on|from|some|only|just|nearly|almost|least|most|item|items|paragraph|paragraphs|para|article|articles|chapter|annex|table|figure|page|pages|section|rule|goal|target|phase|level|step|option|principle|recommendation|resolution|decision|number|no|were|was|are|is|be|had|has|have|of)$/i;

/**
 * `itself 4 referred`, `5 413 September` -> `itself – referred`, `5 –13 September`: in a report
 * whose quotes came out as marks, a bare 4 between words, or glued to the second day of a
 * range, is the en dash. Only where the marks were seen: elsewhere a 4 is a number.
 */
function bareDashEdits(ctx: RepairContext, marks: number): Edit[] {
  if (marks < MIN_MARKS) return [];
  const edits: Edit[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !next) return;
    if (t.text === '4' && /^\p{L}+[,;:]?$/u.test(prev.text) && !BEFORE_NUMBER.test(prev.core) && /^\p{Ll}+$/u.test(next.core) && !/s$/.test(next.core)) {
      edits.push({ range: { start: t.start, end: t.end }, text: '–', rule: 'repair/ocr-mojibake' });
    }
    const day = /^4([1-9]|[12]\d|3[01])$/.exec(t.text);
    if (day && /^\d{1,2}$/.test(prev.text) && Number(prev.text) < Number(day[1]) && MONTH_START.test(next.text)) {
      edits.push({ range: { start: t.start, end: t.start + 1 }, text: '–', rule: 'repair/ocr-mojibake' });
    }
  });
  return edits;
}

/** Quote and possessive marks a report must show before a bare 4 is taken for a dash. */
const MIN_MARKS = 2;

export function ocrMojibakeRepairs(ctx: RepairContext): Edit[] {
  const byStart = new Map<number, Edit>();
  const quotes = quoteEdits(ctx);
  for (const e of [...accentEdits(ctx), ...quotes, ...dashEdits(ctx), ...bareDashEdits(ctx, quotes.length)]) if (!byStart.has(e.range.start)) byStart.set(e.range.start, e);
  return [...byStart.values()];
}
