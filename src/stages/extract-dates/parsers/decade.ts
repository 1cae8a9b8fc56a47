import type { Parser } from 'chrono-node';

/** `the 1990s`: a decade is the range of its years. */
export const decadeParser: Parser = {
  pattern: () => /\b((?:19|20)\d)0s\b/,
  extract: (ctx, m) => {
    const start = Number(m[1]) * 10;
    return ctx.createParsingResult(m.index!, m[0], { year: start }, { year: start + 9 });
  },
};
