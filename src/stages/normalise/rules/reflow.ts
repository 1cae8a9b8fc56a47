import type { Edit } from '../../../core/types.js';
import { isLetter } from '../../../text/chars.js';
import { lines } from '../lines.js';
import type { NormaliseRule } from '../rule.js';
import { BODIES } from '../../../text/names/un-bodies.js';

const UPPER = /\p{Lu}/u;
/** Words a paragraph never ends on: a preposition, an article or a conjunction wants what follows. */
const OPEN_END = /(?:^|\s)(?:of|on|for|the|and|in|to|by|with|at|from|a|an|or|between|into|under|against)$/;

/** Letters and capitals in `t`; ASCII without regular expressions (this runs on every line). */
function letterCounts(t: string): [number, number] {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) { letters++; upper++; } else if (c >= 97 && c <= 122) letters++;
    else if (c >= 128 && isLetter(t[i])) { letters++; if (UPPER.test(t[i])) upper++; }
  }
  return [letters, upper];
}

/**
 * A line numbered with a paragraph number, at least this share of the text's line width, is the
 * first line of a numbered paragraph whose sentence runs on. In corpus/pdf, such lines of 80
 * characters or fewer are either at most 32 characters long (headings: `12. Human settlements`)
 * or 60 and more (`18. On 20 June, the International Follow-up Committee on Libya of the Berlin`).
 */
const RUN_ON_SHARE = 0.7;

/** A heading line in capitals (four letters or more, at least 80% of them capitals). */
function inCapitals(t: string): boolean {
  const [letters, upper] = letterCounts(t);
  return letters >= 4 && upper / letters >= 0.8;
}

/**
 * Mostly capitals, or a numbered/lettered heading without a full stop at the end. Given the
 * text's line width, a line with a paragraph number that fills it is no heading.
 */
export function isHeading(line: string, width = Infinity): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return false;
  if (inCapitals(t)) return true;
  if (t.length > 80 || !/^([IVXLC]+|[A-Z]|\d{1,2})\.\s+\p{Lu}/u.test(t) || /[.,;:]$/.test(t)) return false;
  return !(/^\d/.test(t) && t.length >= RUN_ON_SHARE * width);
}

/** Lines a text needs for its line width to be judged. */
const WIDTH_MIN_LINES = 20;

/**
 * How wide the text's full lines are: the 90th percentile of its lines' lengths (headings, table
 * cells and a paragraph's last line are shorter); unknown (infinite) for a text of few lines.
 */
function lineWidth(ls: readonly { text: string }[]): number {
  const lengths = ls.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length < WIDTH_MIN_LINES ? Infinity : lengths[Math.floor(lengths.length * 0.9)];
}

/** How far into a document its masthead runs (`United Nations` / `Security Council` / `Distr.: General`). */
const MASTHEAD_CHARS = 400;
const BODY_NAMES = new Set(BODIES.map(([name]) => name));

/**
 * A report's masthead gives one item a line (`United Nations` / `Security Council`): joined, two
 * bodies make one name. A line near the top that is a body's whole name ends its item, unless
 * the next line's first word carries on a longer name (`United Nations` / `Development Programme`).
 */
export function endsMastheadItem(line: string, next: string): boolean {
  const name = line.trim();
  if (!BODY_NAMES.has(name)) return false;
  const longer = `${name} ${next.trim().split(/\s+/)[0]}`;
  return !BODIES.some(([other]) => other.startsWith(longer));
}

/** Small words a name writes in lower case (`Ministry of Youth and Sports`). */
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at', 'against', 'with', 'de', 'la', 'du', 'des', 'et', 'y', 'del']);
/** A list of names runs at least this many lines, and each is at most this long. */
const LIST_MIN_LINES = 5;
const LIST_LONGEST = 70;

/**
 * A line that reads as one item of a list of names (`Joint Technical Committee`, `Ministry of
 * Youth and Sports`): a capital first, every other word capitalised or a name's small word, no
 * digit, no stop at the end and no small word there either.
 */
function nameLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > LIST_LONGEST || !/^\p{Lu}/u.test(t) || /\d|[.,;:]$/.test(t) || OPEN_END.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{Lu}(“"‘'-]/u.test(w) || NAME_CONNECTORS.has(w));
}

/**
 * Indices of lines inside a list of names, one a line (a glossary, an annex's list of bodies):
 * `LIST_MIN_LINES` or more such lines in a row, in alphabetical order. Joined, their names would
 * run into each other.
 */
function listLines(ls: readonly { text: string }[]): Set<number> {
  const out = new Set<number>();
  const firstWord = (k: number) => ls[k].text.trim().split(/\s/)[0].toLowerCase();
  for (let i = 0; i < ls.length;) {
    let j = i;
    // in alphabetical order, as glossaries and lists of bodies are (a title the layout wrapped
    // over lines is not: `Office of the United Nations` / `High Commissioner for ...`)
    while (j < ls.length && nameLine(ls[j].text) && (j === i || firstWord(j - 1) <= firstWord(j))) j++;
    if (j - i >= LIST_MIN_LINES) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Lines into paragraphs: a line break inside a paragraph becomes a space; blank lines and
 * headings separate paragraphs, written as one blank line. Runs of spaces fold to one.
 */
export function reflowEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const rule = 'normalise/reflow';
  for (const m of text.matchAll(/[ \t]{2,}|\t/g)) {
    edits.push({ range: { start: m.index, end: m.index + m[0].length }, text: ' ', rule });
  }
  const ls = lines(text);
  const listed = listLines(ls);
  const width = lineWidth(ls);
  let i = 0;
  // leading blank lines
  while (i < ls.length - 1 && ls[i].text.trim() === '') i++;
  const firstVisible = ls[i].start + (ls[i].text.length - ls[i].text.trimStart().length);
  if (firstVisible > 0) edits.push({ range: { start: 0, end: firstVisible }, text: '', rule });
  let prev = i < ls.length ? ls[i] : undefined;
  let prevIndex = i;
  for (i++; i < ls.length; i++) {
    let j = i;
    while (j < ls.length && ls[j].text.trim() === '') j++;
    if (!prev) break;
    // gap from end of prev's visible text to start of next line's visible text
    const gapStart = prev.start + prev.text.trimEnd().length;
    if (j === ls.length) {
      edits.push({ range: { start: gapStart, end: text.length }, text: '', rule });
      break;
    }
    const next = ls[j];
    const gapEnd = next.start + (next.text.length - next.text.trimStart().length);
    const masthead = next.start < MASTHEAD_CHARS && endsMastheadItem(prev.text, next.text);
    // two items of a list of names are two paragraphs, as two headings are; a line that ends on a
    // word no title ends on runs on (`56. The conflict ... into the` / `Central African Republic.`,
    // `V. Activities of the Committee under article 20 of the` / `Convention`), however it starts,
    // and so does the first line of a numbered paragraph (which still starts a paragraph)
    // (a numbered title goes on, too, into a line that starts in small letters: `III. Contextual
    // macrotrends` / `of UNICEF`; a line in capitals is a title whole, so that a second pass finds
    // the same paragraphs)
    const prevEnd = prev.text.trimEnd();
    const nextStart = next.text.trimStart();
    const prevHeading = isHeading(prev.text, width) && !OPEN_END.test(prevEnd)
      && !(/^\p{Ll}/u.test(nextStart) && !inCapitals(prevEnd.trimStart()));
    const headings = prevHeading || isHeading(next.text) || masthead || (listed.has(prevIndex) && listed.has(j));
    // a blank line after a word no paragraph ends on (`Conference on` / blank / `Financing for
    // Development`), or before a word in small letters after a line with no stop at its end
    // (`unregulated fishing. Globally,` / page furniture / `countries’ average ...`), is the
    // layout's, inside a sentence: PDF text breaks pages and columns so
    const runsOn = OPEN_END.test(prevEnd) && /^\p{L}/u.test(nextStart)
      || /[\p{L},]$/u.test(prevEnd) && /^\p{Ll}/u.test(nextStart);
    const blank = j > i && !(!headings && runsOn);
    const sep = blank || headings ? '\n\n' : ' ';
    edits.push({ range: { start: gapStart, end: gapEnd }, text: sep, rule });
    prev = next;
    prevIndex = j;
    i = j;
  }
  return dropContained(edits);
}

/** Space runs at line ends are covered by the gap edits; keep the longer edit where they meet. */
function dropContained(edits: Edit[]): Edit[] {
  // On a tie, deleting or breaking wins over folding to one space: it knows about line ends.
  const isRun = (e: Edit) => (e.text === ' ' ? 1 : 0);
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || isRun(a) - isRun(b));
  const out: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.range.start < lastEnd) continue;
    out.push(e);
    lastEnd = e.range.end;
  }
  return out;
}

export const reflowRule: NormaliseRule = { id: 'normalise/reflow', on: (o) => o.reflow, apply: reflowEdits };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/reflow': true;
  }
}
