export interface Line {
  start: number;
  /** End of the line's text, before its terminator. */
  end: number;
  text: string;
  /** What ends the line: a newline, a form feed (page break), or nothing at the end of the text. */
  terminator: '\n' | '\f' | '';
}

/** Offsets of every line; a form feed ends a line as a newline does. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n|\f/g)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index), terminator: m[0] as '\n' | '\f' });
    start = m.index + 1;
  }
  out.push({ start, end: text.length, text: text.slice(start), terminator: '' });
  return out;
}
