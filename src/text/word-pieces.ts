import type { Token } from './tokens.js';

/**
 * Is the token at `i` a piece of a word the layout cut (`pro- perty`, `propor tion`): after or
 * before a hyphen left at a line end, hyphenated inside a line, or a word of the lexicon once
 * joined to a neighbour?
 * A piece is not a misreading: read alone it becomes another word (`tions` -> `lions`).
 */
export function isWordPiece(tokens: readonly Token[], i: number, isLexical: (w: string) => boolean): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (/\p{L}-$/u.test(t.text) || (prev && /\p{L}-$/u.test(prev.text))) return true;
  // a word hyphenated inside a line (`inte-rest`, `ridi-culous`): its parts are no words
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(t.core) && isLexical(t.core.replaceAll('-', ''))) return true;
  const letters = /^\p{L}+$/u;
  if (!letters.test(t.core)) return false;
  const joins = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.text === a.core && b.text.startsWith(b.core)
    && letters.test(a.core) && letters.test(b.core) && isLexical(a.core + b.core);
  return joins(prev, t) || joins(t, next);
}
