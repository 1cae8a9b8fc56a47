import type { Edit } from '../../../core/types.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { ROMAN_NUMERAL } from '../../../text/roman.js';
import { SHORT_ENGLISH_WORDS } from '../../../text/short-words.js';
import { type RepairContext } from '../context.js';
import { isWordPiece } from '../../../text/word-pieces.js';
import type { RepairRule } from '../rule.js';
import { cheapShortReadings } from '../short-readings.js';

/** The document writes the reading at least this many times as often as the token. */
const RATIO = 10;
/** A word this common in the frequency list (`and`, `from`, `for`, `by`): a function word. */
const FUNCTION_WORD = 50_000;
/** A lower-case word this common (list count) is what was printed. */
const REAL = 300;

/** The one short English word `core` is a cheap confusion from, if exactly one. */
function onlyReading(core: string): string | undefined {
  const found = cheapShortReadings(core);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The document's own spelling decides: a short token (`und`, `tor`, `af`, `hy`, `trom`, `oF`)
 * one cheap OCR confusion from exactly one short English word (`and`, `for`, `of`, `by`, `from`)
 * that the same document writes at least ten times as often is that word misread. Words in
 * their own right stay (common ones, and every word of four letters the spelling list has), as
 * do Roman numerals, abbreviations (`cf.`), contractions, halves of a word a space split (`da
 * ta`) and foreign phrases.
 */
export function frequentWordRepairs(ctx: RepairContext): Edit[] {
  const { tokens, knowledge } = ctx;
  const cores = tokens.map((t) => t.core);
  const counts = new Map<string, number>();
  for (const c of cores) counts.set(c, (counts.get(c) ?? 0) + 1);
  const readings = new Map<string, string | undefined>();
  const edits: Edit[] = [];
  tokens.forEach((t, i) => {
    const core = t.core;
    if (!/^[a-z][a-zA-Z]{1,3}$/.test(core) || SHORT_ENGLISH_WORDS.has(core) || ROMAN_NUMERAL.test(core)) return;
    const lower = core.toLowerCase();
    if (core === lower && (knowledge.listFrequency(lower) >= REAL || (lower.length === 4 && knowledge.english.has(lower)))) return;
    // `cf.`, `tho'`, `ai n't`: abbreviations and contractions, not misreadings
    if (/^\p{L}+\.$/u.test(t.text.slice(t.coreStart - t.start)) || /['’]/.test(t.text) || /^n?['’]/.test(tokens[i + 1]?.text ?? '')) return;
    if (isWordPiece(tokens, i, (w) => knowledge.isLexical(w)) || inForeignPhrase(cores, i, 3, ctx.noisy ? 2 : 1)) return;
    if (!readings.has(core)) readings.set(core, onlyReading(core));
    const to = readings.get(core);
    if (!to) return;
    // no spelling list has the token, and its reading is one of the commonest words of English
    // (`und`, `trom`): general English outweighs a scan that misreads the word everywhere it occurs
    const unheardOf = lower.length >= 3 && !knowledge.english.has(lower) && knowledge.listFrequency(to) >= FUNCTION_WORD;
    if (!unheardOf && (counts.get(to) ?? 0) < RATIO * counts.get(core)!) return;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: to, rule: 'repair/frequent-word' });
  });
  return edits;
}

export const frequentWordRule: RepairRule = { id: 'repair/frequent-word', apply: frequentWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/frequent-word': true;
  }
}
