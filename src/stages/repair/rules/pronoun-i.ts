import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { takesNumber } from '../../../text/number-context.js';

/** How often general English must write "I" before the next word (`I am`: 787, `I will`: 413; `I per`, `I billion`: never). */
const AFTER_I = 10;
/** ...and after the word before (`and I`: 1429, `that I`: 750; `the I` 7, `of I` 4, `annex I` 7). */
const BEFORE_I = 10;
/**
 * After a word that takes no number, a verb form "I" writes this often, and "he" and "it" a tenth
 * as often at most, is evidence enough on its own (`I am` 787, `I have` 1000, `I know` 622): a count
 * of one takes the third person (`group 1 will`, `1 was`), and a verse or a reflowed line starts
 * with the pronoun (`deer 1 am`).
 */
const STRONG_AFTER_I = 50;
const THIRD_PERSON_SHARE = 0.1;
/** How far back, in its sentence, a count of two or more makes the `1` a count too (`0` and other `1`s may be letters). */
const NUMBERS_BEFORE = 80;
const COUNT = /(?<![\d.,])(?:[2-9]|[1-9]\d+)(?![\d.,]?\d)/;
/**
 * A document that has read this many bare `1`s as the pronoun on the evidence above writes "I"
 * often (a play, a letter, a memoir): there a bare `1` before any lower-case word general English
 * writes after "I" is the pronoun too (`capacity 1 say`, `pardon me 1 will`). Over the evaluation
 * texts, the documents that reach it are the scanned plays and novels, where 244 of the 247 such
 * `1`s were "I"; no report, scanned or born-digital, reaches it. There a word the word pairs never
 * write after "I" counts too, unless they write it after "one": of the 96 such `1`s the plays had
 * that aligned to a true word, 95 were "I".
 */
const PRONOUN_DOCUMENT = 3;
/** The text after the last sentence end in `s`. */
const lastSentence = (s: string) => s.split(/[.!?]\s/).pop()!;

/** The pronoun's contractions with its `I` read as `l`, `1` or `|` (`l'Il`, `l'il`, `1'll`, `l'm`): no other word is written so. */
const CONTRACTION = /^[l1|](['’])([Iil1][Il1]|m|ve|d)$/;

/**
 * The pronoun "I" read as the digit `1` (`and 1 will`, `1 have the honour`): a bare `1` before a
 * lower-case word that general English writes after "I" far more than a number ever stands
 * before it, where the word before it is one English writes before "I", or a sentence or clause
 * ends there; and its contractions so misread (`l'Il` -> `I'll`). Only general English's word
 * pairs are asked: a batch of reports writes `annex I`, `chapter I` (the numeral) everywhere.
 */
export function pronounIRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  const pairs = ctx.knowledge.pairs;
  const count = (pair: string) => pairs.get(pair) ?? 0;
  /** Bare `1`s that general English writes after "I" and whose context makes no number of them, and which of them the evidence alone reads. */
  const candidates: { index: number; sure: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const contraction = CONTRACTION.exec(t.core);
    if (contraction) {
      const [, mark, tail] = contraction;
      edits.push({ range: { start: t.coreStart, end: t.coreStart + t.core.length }, text: `I${mark}${tail.length === 2 && tail !== 've' ? 'll' : tail}`, rule: 'repair/pronoun-i' });
      continue;
    }
    const next = tokens[i + 1];
    if (t.text !== '1' || !next) continue;
    if (!/^\p{Ll}+$/u.test(next.core) || next.coreStart !== next.start) continue;
    const afterI = count(`i ${next.core}`);
    // a verb too rare for the word pairs (`1 beseech`, `1 abhor`) says "I" only where the document
    // writes the pronoun often (below); a word that follows "one" (`1 in 5`, `1 of them`) never does
    if (afterI === 0 && count(`one ${next.core}`) > 0) continue;
    // a count among numbers (`8 were released and 1 was detained`) is a number
    if (COUNT.test(lastSentence(ctx.doc.text.slice(Math.max(0, t.start - NUMBERS_BEFORE), t.start)))) continue;
    const prev = tokens[i - 1];
    // (`paragraph 1 say`, `with 1 vote`: after a word a number follows, the document's habit is no evidence)
    const weak = !prev || !takesNumber(prev.core.toLowerCase());
    if (afterI < AFTER_I) {
      if (weak) candidates.push({ index: i, sure: false });
      continue;
    }
    const boundary = !prev || /[.!?;:,"”’)]$/.test(prev.text) || /\n/.test(ctx.doc.text.slice(prev.end, t.start));
    const before = prev && prev.text === prev.core && /^\p{L}+$/u.test(prev.core) && count(`${prev.core.toLowerCase()} i`) >= BEFORE_I;
    const strong = prev && /^\p{Ll}+$/u.test(prev.text) && !takesNumber(prev.text) && afterI >= STRONG_AFTER_I
      && count(`he ${next.core}`) + count(`it ${next.core}`) <= THIRD_PERSON_SHARE * afterI;
    const sure = boundary || before || !!strong;
    if (sure || weak) candidates.push({ index: i, sure });
  }
  const sureCount = candidates.filter((c) => c.sure).length;
  for (const c of candidates) {
    if (!c.sure && sureCount < PRONOUN_DOCUMENT) continue;
    const t = tokens[c.index];
    edits.push({ range: { start: t.start, end: t.end }, text: 'I', rule: 'repair/pronoun-i' });
  }
  return edits.sort((a, b) => a.range.start - b.range.start);
}

export const pronounIRule: RepairRule = { id: 'repair/pronoun-i', apply: pronounIRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/pronoun-i': true;
  }
}
