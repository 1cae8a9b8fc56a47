import type { Edit } from '../../../core/types.js';
import { isProtected } from '../../../text/protected.js';
import type { RepairContext } from '../context.js';

const MIN_JOIN_FREQ = 50;
const MIN_PART_FREQ = 2000;
/** A word this common is never half of a broken word (`Holl and`, `B and`). */
const COMMON_WORD_FREQ = 500;
/** A split-off shard may also make a rarer word of the spelling list, if it is this long (`eradication`). */
const RARE_JOIN_LENGTH = 7;
/** One part of a run-together pair is a short word (`in`, `the`, `and`). */
const MAX_SHORT_PART = 3;

/** Words broken by a stray space: `sess ion` -> `session`, when the halves are not both words. */
export function joinRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens, knowledge, lexicon } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.end + 1 !== b.start || b.coreStart !== b.start || a.core !== a.text || !/^\p{L}+$/u.test(a.core) || !/^\p{Ll}+/u.test(b.core)) continue;
    const bWord = b.core.match(/^\p{L}+/u)![0];
    const aKnown = knowledge.isKnown(a.core);
    const bKnown = knowledge.isKnown(bWord);
    if ((aKnown && bKnown) || /^\p{Lu}/u.test(a.core)) continue;
    // a word's last letters or first letter split off (`eradicati on`, `includin g`, `c ountries`)
    const shard = b.core === bWord && ((!aKnown && a.core.length >= 3 && bWord.length <= 3) || (a.core.length === 1 && !bKnown));
    // otherwise a name or a common word is never half of a broken word (`Holl and`, `B and`)
    if (!shard && ((lexicon.get(bWord)?.freq ?? 0) >= COMMON_WORD_FREQ || (lexicon.get(a.core)?.freq ?? 0) >= COMMON_WORD_FREQ)) continue;
    const joined = lexicon.get(a.core + bWord);
    if (!joined || (joined.freq < MIN_JOIN_FREQ && !(shard && a.core.length + bWord.length >= RARE_JOIN_LENGTH && knowledge.isLexical(a.core + bWord)))) continue;
    // the whole pair is the edit, so the log reads `sess ion` -> `session`, not a lone space
    edits.push({ range: { start: a.start, end: b.start + bWord.length }, text: a.core + bWord, rule: 'repair/join' });
    i++;
  }
  return edits;
}

/** Words run together: `inthe` -> `in the`, when both parts are common words, one of them short, and the whole is not a word. */
export function splitRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const t of ctx.tokens) {
    const w = t.core;
    // lower case only: a capitalised unknown word is a name (`Holl`), not two words run together
    if (w.length < 4 || !/^\p{Ll}+$/u.test(w) || isProtected(t.text, w) || ctx.knowledge.isKnown(w)) continue;
    let best: { at: number; score: number } | undefined;
    for (let at = 1; at < w.length; at++) {
      const left = ctx.lexicon.get(w.slice(0, at));
      const right = ctx.lexicon.get(w.slice(at));
      if (!left || !right || left.freq < MIN_PART_FREQ || right.freq < MIN_PART_FREQ) continue;
      if (!ctx.knowledge.isLexical(w.slice(0, at)) || !ctx.knowledge.isLexical(w.slice(at))) continue;
      const one = (x: string) => x.length === 1 && !/^[aI]$/i.test(x);
      if (one(w.slice(0, at)) || one(w.slice(at))) continue;
      // two content words written as one are a compound (`policymaking`, `workplan`): a lost space sits by a short word
      if (at > MAX_SHORT_PART && w.length - at > MAX_SHORT_PART) continue;
      const score = Math.min(left.freq, right.freq);
      if (!best || score > best.score) best = { at, score };
    }
    if (best) edits.push({ range: { start: t.coreStart, end: t.coreStart + w.length }, text: `${w.slice(0, best.at)} ${w.slice(best.at)}`, rule: 'repair/split' });
  }
  return edits;
}
