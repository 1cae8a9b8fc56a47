import type { Edit } from '../../../core/types.js';
import { lines, type Line } from '../lines.js';
import type { LayoutRule, Lexicon } from '../rule.js';

/** A line this much shorter than the page's lines, and continued by the next line, lost its end. */
const SHORT = 0.85;
/** A cut line and its lost part together are a full line, give or take this share of it. */
const FIT = 0.12;
// What a line's lost right-hand part starts with: a lower-case word, or one junk character or
// digit read from the first letters before one (`¢ at Geneva`, `1 obligations`).
const FRAGMENT_START = /^(?:\p{Ll}|[^\p{L}\p{N}\s("“'‘[]\s+\p{Ll}|\d\s+\p{Ll})/u;

/** Lines a block of lost parts must have (in a noisy scan) to be placed by their lengths. */
const MULTI_MIN = 2;

/** Cut lines that `parts`, in order, complete one each (greedy, skipping lines that do not fit); undefined when some part finds none. */
function runStart(cut: Line[], parts: Line[], width: number, fits: (c: Line, fragment: string) => boolean): Line[] | undefined {
  const texts = parts.map((p) => p.text.trim());
  if (texts.some((t) => t.length >= width * SHORT)) return undefined;
  const out: Line[] = [];
  let k = 0;
  for (const t of texts) {
    while (k < cut.length && !fits(cut[k], t)) k++;
    if (k === cut.length) return undefined;
    out.push(cut[k++]);
  }
  return out;
}

interface Block {
  lines: Line[];
}

function blocks(all: Line[]): Block[] {
  const out: Block[] = [];
  let current: Line[] = [];
  for (const l of all) {
    if (l.text.trim() === '') {
      if (current.length) out.push({ lines: current });
      current = [];
      continue;
    }
    current.push(l);
    if (l.terminator === '\f') {
      out.push({ lines: current });
      current = [];
    }
  }
  if (current.length) out.push({ lines: current });
  return out;
}

/** The usual length of a full line: the 80th percentile over paragraphs of three lines or more. */
function fullWidth(bs: Block[]): number {
  const lengths = bs.filter((b) => b.lines.length >= 3).flatMap((b) => b.lines.map((l) => l.text.trimEnd().length)).sort((a, b) => a - b);
  return lengths.length >= 10 ? lengths[Math.floor(lengths.length * 0.8)] : 0;
}

const lastWord = (s: string) => /(?<!\p{L})(\p{L}+)$/u.exec(s)?.[1] ?? '';
const firstWord = (s: string) => /^([\p{L}]+)(?![\p{L}\d])/u.exec(s)?.[1] ?? '';

/**
 * Layout analysis sometimes cuts a line in two and puts its right-hand part after the
 * paragraph, as a one-line block of its own (`the United Nations Off` ... `¢ at Geneva. Further
 * adjustments ...`). Such blocks go back, in order, to the cut lines of the paragraph just before
 * them: lines much shorter than the page's lines, whose text the next line continues in lower
 * case, and whose length with the fragment's makes a full line. Clean text has neither.
 */
export function fragmentEdits(text: string, isWord: Lexicon, noisy: boolean): Edit[] {
  const bs = blocks(lines(text));
  const width = fullWidth(bs);
  if (!width) return [];
  const edits: Edit[] = [];
  let cut: Line[] = [];
  /** Cut lines that open their block and that the next line continues in capitals: in a noisy scan, maybe a heading. */
  let openers = new Set<Line>();
  /** `only`'s text leaves its line and lands at `at`, between `before` and `after`, keeping its own offsets. */
  const move = (only: Line, at: number, before: string, after: string) => {
    const lead = only.text.length - only.text.trimStart().length;
    edits.push({
      range: { start: at, end: at }, text: `${before}${only.text.trim()}${after}`, rule: 'normalise/reattach-fragment',
      moved: { from: only.start + lead, offset: before.length },
    });
    edits.push({ range: { start: only.start, end: only.end }, text: '', rule: 'normalise/reattach-fragment' });
  };
  const attach = (target: Line, only: Line) => {
    // a word cut in the middle joins without a space: `achie` + `ments` -> `achiements`
    const left = lastWord(target.text);
    const right = firstWord(only.text.trim());
    const glued = left && right && !isWord(left) && !isWord(right) && isWord(left + right);
    move(only, target.end, glued ? '' : ' ', '');
  };
  const fits = (c: Line, fragment: string) => Math.abs(c.text.trimEnd().length + 1 + fragment.length - width) <= width * FIT;
  let heads: { line: Line; prev: string }[] = [];
  for (const b of bs) {
    const only = b.lines.length === 1 ? b.lines[0] : undefined;
    if (only && (cut.length || heads.length) && only.text.trim().length < width * SHORT && (noisy || FRAGMENT_START.test(only.text.trim())) && !/^page\b/i.test(only.text.trim())) {
      const fragment = only.text.trim();
      // A line's lost left-hand part, its right-hand part left in place after a line broken by a
      // hyphen: `climate ex-` | `tremes (...) on land d` | `idation pro-`. The word the hyphen
      // splits (`ex` + `tremes`) is the strongest evidence there is, so it is asked first.
      const h = heads.findIndex((x) => fits(x.line, fragment) && isWord(`${lastWord(x.prev.replace(/-$/, ''))}${firstWord(fragment)}`));
      if (h >= 0) {
        move(only, heads[h].line.start, '', ' ');
        cut = cut.filter((c) => c !== heads[h].line);
        heads.splice(h, 1);
        continue;
      }
      // the two parts make one full line, and the cut falls inside a word (`selfsu` | `iency`,
      // `Off` | `¢ at`): the first cut line, in order, that fits
      const inWord = (c: Line) => !isWord(lastWord(c.text)) || !isWord(firstWord(fragment));
      // (in a noisy scan every word is a shred: the length alone decides)
      // (a heading that opens its block is no cut line for one part placed by its length alone: on the
      // smudged scans of the second dev set such placements made 3 of 11 files worse than the raw OCR;
      // a block of parts, each completing a cut line in turn, may still start there)
      const k = noisy ? cut.findIndex((c) => fits(c, fragment) && !openers.has(c)) : /\s/.test(fragment) ? cut.findIndex((c) => fits(c, fragment) && inWord(c)) : -1;
      if (k >= 0) {
        attach(cut[k], only);
        cut = cut.slice(k + 1);
      }
      continue;
    }
    // In a noisy scan the lost parts of several lines may come as one block, a line each: every
    // one of them completing the next cut line is too many coincidences for chance.
    const targets = noisy && b.lines.length >= MULTI_MIN && b.lines.length <= cut.length ? runStart(cut, b.lines, width, fits) : undefined;
    if (targets) {
      b.lines.forEach((l, j) => attach(targets[j], l));
      cut = cut.slice(cut.indexOf(targets[targets.length - 1]) + 1);
      continue;
    }
    cut = []; // the lost parts follow the paragraph they were cut from
    openers = new Set();
    heads = b.lines.flatMap((l, i) => (i > 0 && /\p{L}-$/u.test(b.lines[i - 1].text.trimEnd()) && l.text.trim().length < width * SHORT
      ? [{ line: l, prev: b.lines[i - 1].text.trimEnd() }] : []));
    b.lines.forEach((l, i) => {
      const next = b.lines[i + 1];
      const t = l.text.trimEnd();
      if (next && t.length < width * SHORT && (noisy ? /[\p{L}\p{N},;\]]$/u : /[\p{L}\]]$/u).test(t) && (noisy || /^\p{Ll}/u.test(next.text.trimStart()))) {
        cut.push(l);
        if (i === 0 && !/^\p{Ll}/u.test(next.text.trimStart())) openers.add(l);
      }
    });
  }
  return edits;
}

export const fragmentsRule: LayoutRule = {
  id: 'normalise/reattach-fragment', on: (o) => o.fragments,
  apply: (text, env) => fragmentEdits(text, env.isWord, env.profile.noisy),
};

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/reattach-fragment': true;
  }
}
