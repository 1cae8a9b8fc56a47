import type { Edit } from '../../../core/types.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { ROMAN_NUMERAL } from '../../../text/roman.js';
import { SHORT_ENGLISH_WORDS } from '../../../text/short-words.js';
import { isWordPiece } from '../../../text/word-pieces.js';
import { pairSides, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { cheapShortReadings } from '../short-readings.js';

/** A lower-case word rarer than this (list count) may be a misread one: `tor` 127, `hy` 119, `af` 35 (`hut` 674 is a word). */
const RARE = 300;
/** Readings are the commonest words only (`for`, `by`, `of`, `to`, `on`): list count at least this. */
const FUNCTION_WORD = 50_000;
/** Each neighbour must have seen the reading beside it this often (general English and the batch together). */
const MIN_SIDE = 1;
/** Both sides together (log10 counts), and the lead over the token as printed and over any other reading. */
const MIN_FIT = 1.6;
const MARGIN = 1;
/** One neighbour alone (the other misread): its pair with the reading at least this (log10), some hundredfold. */
const MIN_ONE_SIDE = 2;

/**
 * In OCR output only: a rare short word between two words (`support tor developing countries`,
 * `peace hy prioritizing`, `participation af over`) is the function word one cheap confusion
 * from it that both neighbours ask for, by word pairs of general English and the batch. The
 * document's own counts (`repair/frequent-word`) miss these where the scan misreads the word too
 * often; general English decides here, and only between clean neighbours. Born-digital text is
 * never read so: there `tor` is a hill.
 */
export function rareWordInContextRepairs(ctx: RepairContext): Edit[] {
  if (ctx.kind !== 'ocr') return [];
  const { tokens, knowledge } = ctx;
  const cores = tokens.map((t) => t.core);
  const readingsOf = new Map<string, string[]>();
  const edits: Edit[] = [];
  tokens.forEach((t, i) => {
    const core = t.core;
    // lower-case letters only, with nothing glued on either side (`al.`, `’s`, `te-` are something else)
    if (t.text !== core || !/^[a-z]{2,3}$/.test(core) || SHORT_ENGLISH_WORDS.has(core) || ROMAN_NUMERAL.test(core)) return;
    if (knowledge.listFrequency(core) >= RARE) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // neighbours that are clean words joined by plain spaces: the pair counts speak of them
    if (!before || !after || before.text !== before.core || !/^\p{L}+$/u.test(before.core) || !/^\p{L}+$/u.test(after.core)) return;
    if (!/^ $/.test(ctx.doc.text.slice(before.end, t.start)) || !/^ $/.test(ctx.doc.text.slice(t.end, after.start))) return;
    const leftWord = before.core.toLowerCase();
    const rightWord = after.core.toLowerCase();
    if (leftWord === 'et') return; // `et al`
    const leftKnown = knowledge.isKnown(leftWord);
    const rightKnown = knowledge.isKnown(rightWord);
    // in a noisy scan one clean neighbour decides alone where the other is itself misread (`te`
    // between `continue` and `suppert`), for a token with one reading only
    const oneSided = ctx.noisy && leftKnown !== rightKnown;
    if (!(leftKnown && rightKnown) && !oneSided) return;
    if (isWordPiece(tokens, i, (w) => knowledge.isLexical(w)) || inForeignPhrase(cores, i, 3, ctx.noisy ? 2 : 1)) return;
    let readings = readingsOf.get(core);
    if (!readings) readingsOf.set(core, (readings = cheapShortReadings(core).filter((w) => knowledge.listFrequency(w) >= FUNCTION_WORD)));
    if (readings.length === 0 || (oneSided && readings.length > 1)) return;
    const left = leftKnown ? leftWord : undefined;
    const right = rightKnown ? rightWord : undefined;
    // the token as printed, less this very occurrence, which the batch counted
    const seen = pairSides(ctx, left, core, right);
    const asPrinted = Math.log10(1 + Math.max(0, seen.left - 1)) + Math.log10(1 + Math.max(0, seen.right - 1));
    const fits = readings.map((word) => {
      const s = pairSides(ctx, left, word, right);
      return { word, l: s.left, r: s.right, fit: Math.log10(1 + s.left) + Math.log10(1 + s.right) };
    }).sort((a, b) => b.fit - a.fit);
    const [best, second] = fits;
    if ((left && best.l < MIN_SIDE) || (right && best.r < MIN_SIDE) || best.fit < (oneSided ? MIN_ONE_SIDE : MIN_FIT) || best.fit - asPrinted < MARGIN) return;
    if (second && best.fit - second.fit < MARGIN) {
      ctx.report('repair/rare-word-in-context', { start: t.coreStart, end: t.coreStart + core.length },
        'two function words fit its neighbours too alike to choose: left as printed', core, `${best.word} | ${second.word}`);
      return;
    }
    edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: best.word, rule: 'repair/rare-word-in-context' });
  });
  return edits;
}

export const rareWordInContextRule: RepairRule = { id: 'repair/rare-word-in-context', apply: rareWordInContextRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/rare-word-in-context': true;
  }
}
