import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { candidates, matchCase, readingWork } from '../correct-word.js';

/**
 * A garbled token with one readable word inside (`oyGf(Ministra332` -> `Ministry`): the word
 * is kept, repaired if need be, and the junk around it dropped. Only inside flagged passages.
 */
export function salvageRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const t of ctx.tokens) {
    if (!ctx.flagged(t.start, t.end)) continue;
    if (!/[^\p{L}'’\-.,;:()"“”]/u.test(t.text)) continue; // needs junk: digits or symbols
    const pieces = [...t.text.matchAll(/\p{L}+/gu)];
    if (pieces.length < 2 && pieces[0]?.[0] === t.core) continue;
    // the one piece that reads as a word (mixed-case pieces such as `oyGf` never do)
    const readings = pieces
      .map((p) => p[0])
      // (no word is longer than 24 letters: longer pieces are not enumerated)
      .filter((p) => p.length >= 4 && p.length <= 24 && !/\p{Ll}\p{Lu}/u.test(p))
      .map((p) => ({ p, word: ctx.work.spend(readingWork(p.length), 'repair', t.start) ? read(ctx, p) : undefined }))
      .filter((r) => r.word);
    if (readings.length !== 1) continue;
    const word = readings[0].word;
    if (!word) continue;
    edits.push({ range: { start: t.start, end: t.end }, text: word, rule: 'repair/salvage' });
  }
  return edits;
}

function read(ctx: RepairContext, piece: string): string | undefined {
  if (ctx.knowledge.isKnown(piece)) return piece;
  const found = candidates(piece, ctx.lexicon, ctx.maxCost, ctx.baseHits).sort((a, b) => a.cost - b.cost || b.freq - a.freq);
  const [best, second] = found;
  if (!best || (second && second.cost === best.cost && second.freq * 10 > best.freq)) return undefined;
  return matchCase(piece, best.word);
}

export const salvageRule: RepairRule = { id: 'repair/salvage', offByDefault: 'right 41% of the time on the evaluation sets (the piece kept is rarely the word)', apply: salvageRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/salvage': true;
  }
}
