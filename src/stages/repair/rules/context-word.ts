import type { Edit } from '../../../core/types.js';
import { AFTER_COMMA, SENTENCE_START } from '../../../lexicon/word-pairs.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { SHORT_ENGLISH_WORD_LIST } from '../../../text/short-words.js';
import { ROMAN_NUMERAL } from '../../../text/roman.js';
import { isWordPiece } from '../../../text/word-pieces.js';
import { fairDistance, inCommonUse, pairSides, vouchingSides, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** A reading costs at most this: two cheap confusions, or one plain edit. */
const MAX_COST = 1;
/** What one unit of edit cost weighs against the context (log10 counts). */
const COST_WEIGHT = 1;
/** How much better (log10 counts, cost included) the best reading must fit than the next. */
const MARGIN = 1;
/** Each side must have seen the reading next to that neighbour this often (general English and the batch together). */
const MIN_SIDE = 1;
/**
 * ...and both sides together this well (log10 counts, cost included): (1 + left) x (1 + right)
 * some forty-fold. (2, a hundredfold, left `science und technology` as printed; at 1.6 the readings it
 * adds on the dev, second dev and public scans were right 25 times and wrong twice.)
 */
const MIN_FIT = 1.6;


/**
 * A short token that is no word of its context (`af`, `tor`, `hy`, `Fhe`) read as the
 * short English word its neighbours ask for, by word-pair counts of general English (the Brown
 * corpus and nlp-corpus) and of the batch: both neighbours must have seen the reading beside them, not the
 * token, and the reading must fit clearly better than any other. Where one neighbour is itself
 * garbled (`scienee und trade`), the other decides alone, for a token no English word list knows.
 * A capital is read only at the
 * start of a sentence (`Fhe` -> `The`): elsewhere it is a name or an initial.
 */
export function contextWordRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens, knowledge } = ctx;
  const cores = tokens.map((t) => t.core);
  const near = new Map<string, { word: string; cost: number }[]>();
  tokens.forEach((t, i) => {
    const core = t.core;
    // two or three letters: a single letter is as often a list mark or a cut word; numbers are `repair/to`'s
    if (!/^[A-Za-z][a-z]{1,2}$/.test(core) || ROMAN_NUMERAL.test(core.toLowerCase())) return;
    // a word of its own (`on`, `at`, `end`, `his`) is what was printed, whatever its neighbours say
    if (knowledge.isLexical(core)) return;
    // after `Af-` it is the rest of a word the line cut, not a word
    if (tokens[i - 1]?.text.endsWith('-')) return;
    // after an apostrophe it is a contraction's tail set apart (`I 've`, `They 'll`)
    if (/['’]$/.test(ctx.doc.text.slice(t.start, t.coreStart))) return;
    // a piece of a word the layout cut (`lead ing`, `dis covered`) is no word misread, where the
    // word it makes is one in common use
    if (isWordPiece(tokens, i, (w) => inCommonUse(knowledge, w))) return;
    const { sides, left, right, marker } = vouchingSides(ctx, i);
    // a comma says too little to decide alone: the word after it must have seen the reading too
    if (sides.left === AFTER_COMMA && !right) return;
    // one neighbour decides alone only where the other is a garbled word (a number, a mark or the
    // end of the text beside it leaves too little to go on), and for a token no English word list knows
    if (!(left && right)) {
      const leftGarbled = sides.left !== undefined && !left;
      const rightGarbled = sides.right !== undefined && !right;
      if (!((left && rightGarbled) || (right && leftGarbled)) || knowledge.english.has(core.toLowerCase())) return;
    }
    const capital = /^[A-Z]/.test(core);
    if (capital && left !== SENTENCE_START) return;
    // a noisy scan is full of `de`, `la` and `y` shreds: there a foreign phrase needs two of them
    if (inForeignPhrase(cores, i, 3, ctx.noisy ? 2 : 1)) return;
    const lower = core.toLowerCase();
    let readings = near.get(lower);
    if (!readings) {
      const measure = fairDistance(ctx);
      readings = SHORT_ENGLISH_WORD_LIST.filter((w) => w !== lower).map((word) => ({ word, cost: measure(lower, word) })).filter((r) => r.cost <= MAX_COST);
      near.set(lower, readings);
    }
    if (readings.length === 0) return;
    // the token as printed: its own neighbours (less this very occurrence, which the batch counted)
    const seen = pairSides(ctx, left, lower, right);
    const asPrinted = Math.log10(1 + Math.max(0, seen.left - (marker ? 0 : 1))) + Math.log10(1 + Math.max(0, seen.right - 1));
    const fits = readings
      .map((r) => {
        const { left: l, right: rr } = pairSides(ctx, left, r.word, right);
        return { ...r, l, r: rr, fit: Math.log10(1 + l) + Math.log10(1 + rr) - COST_WEIGHT * r.cost };
      })
      .sort((a, b) => b.fit - a.fit);
    const [best, second] = fits;
    if ((left && best.l < MIN_SIDE) || (right && best.r < MIN_SIDE) || best.fit < MIN_FIT || best.fit - asPrinted < MARGIN) return;
    if (second && best.fit - second.fit < MARGIN) {
      ctx.report('repair/context-word', { start: t.coreStart, end: t.coreStart + core.length },
        'two short words fit its neighbours too alike to choose: left as printed', core, `${best.word} | ${second.word}`);
      return;
    }
    const to = capital ? best.word[0].toUpperCase() + best.word.slice(1) : best.word;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: to, rule: 'repair/context-word' });
  });
  return edits;
}

export const contextWordRule: RepairRule = { id: 'repair/context-word', apply: contextWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/context-word': true;
  }
}
