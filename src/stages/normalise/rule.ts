import type { Edit } from '../../core/types.js';

/** A normalisation rule reads the current text and proposes edits against it. */
export type NormaliseRule = (text: string) => Edit[];

/** Offsets of every line: [start, end) without its newline. */
export function lines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}
