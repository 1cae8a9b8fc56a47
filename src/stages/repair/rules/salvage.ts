import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import { candidates, matchCase } from '../correct-word.js';

/**
 * A garbled token with one readable word inside (`oyGf(Ministra332` -> `Ministry`): the word
 * is kept, repaired if need be, and the junk around it dropped. Only inside flagged passages.
 */
export function salvageRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const flagged = ctx.doc.garbled;
  for (const t of ctx.tokens) {
    if (!flagged.some((g) => g.start < t.end && g.end > t.start)) continue;
    if (!/[^\p{L}'’\-.,;:()"“”]/u.test(t.text)) continue; // needs junk: digits or symbols
    const pieces = [...t.text.matchAll(/\p{L}+/gu)];
    if (pieces.length < 2 && pieces[0]?.[0] === t.core) continue;
    const long = pieces.filter((p) => p[0].length >= 4);
    if (long.length !== 1) continue;
    const piece = long[0][0];
    let word: string | undefined;
    if (ctx.knowledge.isKnown(piece)) word = piece;
    else {
      const found = candidates(piece, ctx.lexicon, ctx.maxCost).sort((a, b) => a.cost - b.cost || b.freq - a.freq);
      if (found[0] && (!found[1] || found[1].cost > found[0].cost || found[1].freq * 10 < found[0].freq)) word = matchCase(piece, found[0].word);
    }
    if (!word) continue;
    edits.push({ range: { start: t.start, end: t.end }, text: word, rule: 'repair/salvage' });
  }
  return edits;
}
