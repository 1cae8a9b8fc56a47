import type { Parser } from 'chrono-node';

/**
 * A year on its own: `preferably in 2008`, `the 2006 High-level Dialogue`, `the 2030 Agenda`.
 * Digits glued to symbols, slashes, other digits or decimals are not years; the refiners drop
 * the rest (resolution years, numbers in lists of figures).
 */
export const bareYearParser: Parser = {
  pattern: () => /(?<![\w/.,:#-])((?:19|20)\d\d)(?![\w/-]|[.,]\d)/,
  extract: (_ctx, m) => ({ year: Number(m[1]) }),
};
