import type { Range } from '../../core/types.js';

/**
 * What every date chrono or our parsers read holds: a year of four digits or a month's name or
 * abbreviation (`Oct.`, `Sept`). Written as a prefix so that each abbreviation counts, dotted or
 * not; words that merely start the same way (`decision`, `may`) only widen a window.
 */
const ANCHOR = /\b(?:19|20)\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;
/**
 * How far a window reaches before an anchor and after it. Before: a list of days (`6, 8, 9, 10, 13
 * and 27 October`), and the 200 characters the symbol refiner looks back over for an open symbol
 * list or a URL. After: the days after a month (`October 4 and 5`) and what a parser looks ahead at.
 */
const BEFORE = 200;
const AFTER = 60;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/**
 * The parts of a paragraph worth parsing for dates: each anchor with its reach, overlapping ones
 * merged, widened to white space (so a window starts and ends where a word does, as the paragraph's
 * own edges would). About half of a report's date-bearing paragraphs is far from any anchor, and
 * chrono runs each of its fourteen patterns over every character it is given.
 */
export function dateWindows(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(ANCHOR)) {
    let start = Math.max(0, m.index - BEFORE);
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
