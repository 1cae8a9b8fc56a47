import type { Parser } from 'chrono-node';

/** `2006-2007`, `the biennium 2006–2007`, `2024/25`, `Between 2021 and 2023` (a sentence may start with it): a span of years. */
export const yearRangeParser: Parser = {
  pattern: () => /(?<![\w/.-])(?:([Bb]etween)\s+)?((?:19|20)\d\d)\s*(-|–|\/|to|and)\s*((?:19|20)?\d\d)(?![\w/-]|\.\d)/,
  extract: (ctx, m) => {
    const [, between, from, join, to] = m;
    if (join === 'and' && !between) return null;
    const start = Number(from);
    // a two-digit end is a year only after a dash or slash: `2020 to 41 per cent` is two numbers
    if (to.length === 2 && !/^[-–/]$/.test(join)) return null;
    const end = to.length === 2 ? Math.floor(start / 100) * 100 + Number(to) : Number(to);
    // "2024/25" is a span of one year; longer spans are written out; reports rarely look past 2100
    if (end <= start || end > 2100 || (join === '/' && end - start !== 1)) return null;
    return ctx.createParsingResult(m.index!, m[0], { year: start }, { year: end });
  },
};
