import type { ParsedComponents } from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');

/** The gold's format: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the text makes it certain. */
export function componentValue(c: ParsedComponents): string {
  const year = c.get('year')!;
  if (c.isCertain('day')) return `${year}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('month')) return `${year}-${pad(c.get('month')!)}`;
  return String(year);
}

/** `START/END` for a range, one value when both ends say the same. */
export function rangeValue(start: ParsedComponents, end: ParsedComponents | null): string {
  const a = componentValue(start);
  const b = end ? componentValue(end) : a;
  return a === b ? a : `${a}/${b}`;
}
