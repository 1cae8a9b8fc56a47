import type { ParsingOption } from 'chrono-node';

/** How far back the refiners look before a date, for the symbol or address it sits in. */
export const LOOK_BACK = 200;

/** What a window's parse is told besides its text: the paragraph's `LOOK_BACK` characters before the window. */
export interface WindowOption extends ParsingOption {
  before?: string;
}

/**
 * The `n` characters before `index` of a parse's text, reaching into the paragraph before the
 * window where the window starts closer than that (a window reaches only as far back as a date can
 * start; a refiner may look further, for the symbol or address a date sits in).
 */
export function lookBack(ctx: { text: string; option: ParsingOption }, index: number, n: number): string {
  if (index >= n) return ctx.text.slice(index - n, index);
  const before = (ctx.option as WindowOption).before ?? '';
  return before.slice(Math.max(0, before.length - (n - index))) + ctx.text.slice(0, index);
}
