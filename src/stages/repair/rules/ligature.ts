import type { Edit } from '../../../core/types.js';
import { matchCase } from '../correct-word.js';
import { knownNeighbours, soleReading, unknownLetters, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** The ligatures a typeface draws as one glyph, which an engine may drop whole (`uctuations`, `reective`, `deciency`). */
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl'];
/** A shorter token is as often a shred (`bers` of `members`) as a word that lost a ligature (right 17 times in 20 on all sets). */
const MIN_LENGTH = 5;
/**
 * ...but where the document lost a ligature in a longer word, its tokens of three or four letters
 * that one ligature makes a common word lost one too (`rst`, `gure`, `oor`): the scan drops them.
 * Measured on all sets: 45 such edits, 43 right (wrong: `prot` as `profit`, `ight` as `flight`);
 * asking for three longer words, 22 of 22 but half as many. A rarer reading is as often a word's
 * cut-off end (`ber` as `fiber`): so a common word only.
 */
const SHORT_LENGTH = 3;
const SHORT_EVIDENCE = 1;
const SHORT_MIN_FREQ = 300;
/** A word this common (list count) is a reading; rarer ones are as often another misreading's. */
const MIN_FREQ = 10;

/** `lower` with one ligature put back, at each place in turn. */
function* withLigature(lower: string): Generator<string> {
  for (let at = 0; at <= lower.length; at++) for (const lig of LIGATURES) yield lower.slice(0, at) + lig + lower.slice(at);
}

/**
 * A word that lost a ligature (`uctuations` -> `fluctuations`, `reective` -> `reflective`): an
 * unknown token that becomes a word of the lexicon, and a word people use, with exactly one
 * ligature put back at exactly one place. The word rules read these by edit distance as other
 * words (`actuations`), since a dropped glyph of two or three letters is no single confusion.
 */
export function ligatureRepairs(ctx: RepairContext): Edit[] {
  const { knowledge } = ctx;
  // the document's longer words, asked for at the first candidate: a token that starts or ends one is a piece the layout cut off it (`ction`, `atten`)
  let words: string[] | undefined;
  // (the reading itself, written whole elsewhere, is no such word: it is the evidence for the reading)
  const isPiece = (lower: string, reading: string) => (words ??= [...new Set(ctx.doc.text.toLowerCase().match(/[a-z]{6,}/g) ?? [])])
    .some((w) => w !== reading && w.length >= lower.length + 2 && (w.startsWith(lower) || w.endsWith(lower)));
  const long: Edit[] = [];
  const short: Edit[] = [];
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    if (core.length < SHORT_LENGTH || !unknownLetters(knowledge, core)) return;
    // a noisy scan is full of shreds: there only between two known words
    if (ctx.noisy && !knownNeighbours(ctx, i)) return;
    const lower = core.toLowerCase();
    const word = soleReading(knowledge, withLigature(lower), MIN_FREQ);
    if (!word) return;
    if (core.length < MIN_LENGTH && knowledge.listFrequency(word) < SHORT_MIN_FREQ) return;
    if (isPiece(lower, word)) return;
    (core.length >= MIN_LENGTH ? long : short).push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: matchCase(core, word), rule: 'repair/ligature' });
  });
  return long.length >= SHORT_EVIDENCE ? [...long, ...short] : long;
}

export const ligatureRule: RepairRule = { id: 'repair/ligature', apply: ligatureRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/ligature': true;
  }
}
