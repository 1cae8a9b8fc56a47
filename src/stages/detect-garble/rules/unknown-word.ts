import type { GarbleRule } from './rule.js';

/**
 * Lexicon and character model together: a word no lexicon knows is weak evidence; one whose
 * letters are also un-English (by the trigram model) is strong evidence. A capitalised unknown
 * word with English-like letters is most likely a name, and counts for little.
 */
const lettersOf = (core: string) => core.replace(/['’]s$/, '');
const ACRONYM_LIKE = /^\p{Lu}{2,6}s?$/u;

export const unknownWord: GarbleRule = {
  id: 'unknown-word',
  perDocument: true,
  // only an acronym is weighed by how often its document writes it
  sameInEveryDocument: ({ core }) => !ACRONYM_LIKE.test(lettersOf(core)),
  weigh: ({ core }, ctx) => {
    const letters = lettersOf(core);
    if (!/^[\p{L}'’-]+$/u.test(letters) || ctx.knowledge.isKnown(letters)) return 0;
    const lm = ctx.lm.score(letters.replace(/[^\p{L}]/gu, ''));
    const capitalised = /^\p{Lu}\p{Ll}/u.test(letters);
    const acronymLike = ACRONYM_LIKE.test(letters);
    if (acronymLike) return (ctx.docCounts.get(core) ?? 0) >= 2 || ctx.knowledge.batch.acronyms.has(core) ? 0 : 0.3;
    // Single letters are list markers and initials; accented words are foreign names.
    if (letters.length === 1 || /[^\p{ASCII}]/u.test(letters)) return 0.2;
    const strength = lm < ctx.lmFloor - 0.6 ? 2 : lm < ctx.lmFloor ? 1 : 0;
    if (capitalised) return [0.25, 0.45, 0.6][strength];
    return [0.45, 0.6, 0.75][strength];
  },
};
