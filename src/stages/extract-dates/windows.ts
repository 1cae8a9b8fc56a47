import type { Range } from '../../core/types.js';

/**
 * What every date chrono or our parsers read holds: a year of four digits or a month's name or
 * abbreviation (`Oct.`, `Sept`). Written as a prefix so that each abbreviation counts, dotted or
 * not; words that merely start the same way (`decision`, `may`) only widen a window.
 */
const ANCHOR = /\b(?:19|20)\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi;
/** A month's name anywhere, also glued to a day (`31October`, which holds no anchor of its own). */
const MONTH_ANYWHERE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * How far a window reaches before an anchor (or before the list of days that runs up to it) and
 * after it. Before: the words a parser reads ahead of a month or year (`on Wednesday, 12 to`,
 * `between early`, `the fourth quarter of`). After: the days after a month (`October 4 and 5`) and
 * what a parser looks ahead at.
 */
const BEFORE = 60;
const AFTER = 60;
/** A list of days or years running up to an anchor: `6, 8, 9, 10, 13 and 27 ` (a day-list date reads back to its first day). */
const LIST_CHAR = /[\d\s,;–-]/;
/** How far back a list may run (a month has 31 days). */
const LIST_REACH = 250;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** A window of text to parse, and whether it names a month (else only the year parsers can read in it). */
export interface DateWindow extends Range {
  months: boolean;
}

/** Where a list of days (`6, 8, 9, 10, 13 and`) that ends at `at` starts, or `at`. */
function listStart(text: string, at: number): number {
  let i = at;
  const floor = Math.max(0, at - LIST_REACH);
  while (i > floor) {
    if (LIST_CHAR.test(text[i - 1])) i--;
    else if (i - 3 >= floor && text.slice(i - 3, i) === 'and' && (i - 3 === 0 || !/\w/.test(text[i - 4]))) i -= 3;
    else break;
  }
  return i;
}

/**
 * The parts of a paragraph worth parsing for dates: each anchor with its reach, overlapping ones
 * merged, widened to white space (so a window starts and ends where a word does, as the paragraph's
 * own edges would). Most of a report's date-bearing paragraphs is far from any anchor, and
 * chrono runs each of its fourteen patterns over every character it is given.
 */
export function dateWindows(text: string): DateWindow[] {
  const out: DateWindow[] = [];
  for (const m of text.matchAll(ANCHOR)) {
    let start = Math.max(0, listStart(text, m.index) - BEFORE);
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end, months: false });
  }
  for (const w of out) w.months = MONTH_ANYWHERE.test(text.slice(w.start, w.end));
  return out;
}
