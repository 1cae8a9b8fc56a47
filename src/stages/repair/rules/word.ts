import type { Edit } from '../../../core/types.js';
import type { Token } from '../../../text/tokens.js';
import { isWordPiece } from '../../../text/word-pieces.js';
import type { RepairRule } from '../rule.js';
import { isProtected } from '../../../text/protected.js';
import { compoundParts, contextFit, FAR_MIN_LENGTH, knownNeighbours, pairSides, wordOf, type RepairContext } from '../context.js';
import { candidates, matchCase, type Candidate, readingWork } from '../correct-word.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { isEnglishWord } from '../../../resources/index.js';
import { countWords } from '../../../lexicon/count-words.js';

const FREQ_WEIGHT = 0.25;
const CONTEXT_WEIGHT = 0.4;
const MIN_FREQ = 50;
const TITLE_MIN_FREQ = 1000;
const TITLE_MAX_COST = 0.8;
const SHORT_MAX_COST = 0.8;
const CHEAP = 0.5;
/** The cost of an edit no OCR confusion explains (a letter dropped, added or swapped for any other)... */
const PLAIN_EDIT = 0.9;
/** ...and the list count under which such a reading is too rare to trust (log10 3). */
const UNCOMMON = 1000;
/** A word this long has few neighbours: a cheap confusion away from a word of the spelling list, it is that word. */
const LONG = 8;
/** A reading of a word this short must have been seen beside one of its neighbours; ... */
const SHORT_UNSEEN = 4;
/** ...and this short, beside each of them (three letters have dozens of neighbours in spelling). */
const SHORT_BOTH_SIDES = 3;
const CLAUSE_END = /[,;:]$/;
/** A short word this common (list count) in the spelling list is a word. */
const SHORT_REAL = 100;
/** Lower is better: the cost of the edits, less what frequency and context say for the word. */
function rank(c: Candidate, fit: number): number {
  return c.cost - FREQ_WEIGHT * Math.log10(1 + c.freq) - CONTEXT_WEIGHT * fit;
}

/** Could `core` be misread at all? Known words, acronyms and words with other characters are not. */
function worthReading(ctx: RepairContext, core: string): boolean {
  // Letters only, ASCII only: accented words are foreign names, not misprints.
  if (core.length < 3 || core.length > 24 || !/^[A-Za-z]+$/.test(core)) return false;
  // The batch's vocabulary is not asked here: an engine repeats its misreadings (`Commitice`).
  if (ctx.knowledge.isLexical(core) || /^[A-Z]{2,6}s?$/.test(core)) return false;
  // a short word of the spelling list that people use (`hub`, `tow`) is no shred of another
  return !(core.length <= 3 && isEnglishWord(core) && ctx.knowledge.listFrequency(core) >= SHORT_REAL);
}

/**
 * Unknown words with one clearly best reading: candidates by OCR-weighted edit distance from
 * the repair lexicon, ranked by cost, frequency and fit with the neighbouring words. When the
 * best does not beat the runner-up by `margin`, the word is left for the garble flags. Asked only
 * of words `worthReading`.
 */
function correct(
  ctx: RepairContext, core: string, i: number, at: number, cache: Map<string, Candidate[]>, docWords: Map<string, number>, pieces: WordPieces,
): string | undefined {
  // (asked only of words that could be read: it joins neighbours, and most tokens are words)
  if (isWordPiece(ctx.tokens, i, (w) => ctx.knowledge.isLexical(w))) return undefined;
  const title = /^[A-Z]/.test(core);
  // short words have many neighbours: only cheap OCR confusions may change them
  const maxCost = core.length >= 7 ? ctx.maxCost : Math.min(ctx.maxCost, SHORT_MAX_COST);
  // names and short words take only cheap readings: no need to look further (most of the time this rule takes)
  const reach = title ? Math.min(maxCost, TITLE_MAX_COST) : maxCost;
  if (!ctx.work.spend(readingWork(core.length), 'repair', at)) return undefined;
  const garbled = ctx.looksGarbled(at, at + core.length);
  // born-digital words are right as printed: only a garbled-looking token may change (see below), so no reading is looked for
  if (ctx.kind === 'born-digital' && !garbled) return undefined;
  // the start or the end of a longer word the document writes (`processi`, `particu`, `cussion`) is that word cut, not misread
  if (pieces.isPiece(core.toLowerCase())) return undefined;
  let found = cache.get(core);
  if (!found) {
    found = candidates(core, ctx.lexicon, reach, ctx.baseHits);
    cache.set(core, found);
  }
  // a word the document writes more than once may be its own name (`Mohamed`), or a misreading
  // the engine repeats (`Commitice`): only a word of the spelling list, not another name, replaces it
  const repeated = ctx.docNames.has(core);
  const ownSpelling = core.length < LONG && (docWords.get(core.toLowerCase()) ?? 0) >= 2;
  const usable = found.filter((c) => {
    if (repeated && !ctx.knowledge.english.has(c.word.toLowerCase())) return false;
    const lower = c.word.toLowerCase();
    // the document's own evidence: it writes the reading itself
    const written = docWords.get(lower) ?? 0;
    // a word the document spells the same way twice or more, and never as the reading, is its
    // own spelling as often as a repeated misreading (public book scans: 25 right, 8 wrong)
    if (written === 0 && ownSpelling) return false;
    // born-digital words are right as printed: only a garbled-looking token the document spells otherwise, twice, changes
    if (ctx.kind === 'born-digital' && !(garbled && written >= 2)) return false;
    // a capitalised word that does not look garbled is a name: only what the document itself writes replaces it
    if (title && !garbled && written === 0) return false;
    if (lower === `${core.toLowerCase()}s` || `${lower}s` === core.toLowerCase()) return false; // number, not spelling
    if (c.cost > maxCost) return false;
    // a word shorter than LONG has neighbours in spelling: where no OCR confusion explains the
    // reading, the word is rare and the document never writes it, it is another spelling (old,
    // regional, a name) as often as a misreading (public book scans: 72% right)
    if (core.length < LONG && c.cost >= PLAIN_EDIT && written === 0 && c.freq < UNCOMMON) return false;
    if (ctx.docNames.has(c.word)) return c.cost <= TITLE_MAX_COST;
    // A capitalised unknown word is most likely a name: only a common word, cheaply reached, may replace it.
    // (one cheap confusion away, a less common word will do: `Twellth` -> `Twelfth`)
    if (title) {
      return core.length >= 5 && /^\p{Ll}/u.test(c.word)
        && ((c.freq >= TITLE_MIN_FREQ && c.cost <= TITLE_MAX_COST) || (c.freq >= MIN_FREQ * 2 && c.cost <= CHEAP));
    }
    // formal words the subtitle counts barely know (`degradation`): the document writes them, or they are long and one confusion away
    const formal = (docWords.get(lower) ?? 0) >= 2 || (core.length >= LONG && c.cost <= CHEAP && ctx.knowledge.english.has(lower));
    return /^\p{Ll}/u.test(c.word) && (c.freq >= MIN_FREQ || formal);
  });
  if (usable.length === 0) return undefined;
  const prev = wordOf(ctx.tokens[i - 1]);
  const next = wordOf(ctx.tokens[i + 1]);
  const ranked = usable
    .map((c) => ({ c, r: rank(c, contextFit(ctx, prev, c.word, next)) }))
    .sort((a, b) => a.r - b.r);
  const [best, second] = ranked;
  // a short word has many neighbours in spelling: the words around it must have seen it (`the rst day` is no `rat`)
  if (core.length <= SHORT_UNSEEN) {
    const { left, right } = pairSides(ctx, prev, best.c.word, next);
    // a clause mark between the word and a neighbour parts them: no pair across it is asked for (`struggle, aad being`)
    const leftOpen = prev !== undefined && !CLAUSE_END.test(ctx.tokens[i - 1].text);
    const rightOpen = next !== undefined && !CLAUSE_END.test(ctx.tokens[i].text);
    const unseen = core.length <= SHORT_BOTH_SIDES
      ? (leftOpen && left === 0) || (rightOpen && right === 0) || (!prev && !next) || (!leftOpen && !rightOpen)
      : left === 0 && right === 0;
    if (unseen) return undefined;
  }
  if (second && second.r - best.r < ctx.margin) {
    ctx.report('repair/word', { start: at, end: at + core.length }, 'two readings are too close to choose: left as printed', core,
      `${matchCase(core, best.c.word)} | ${matchCase(core, second.c.word)}`);
    return undefined;
  }
  return matchCase(core, best.c.word);
}

/** A cut word's piece is at least this long, and the word it is cut from this much longer. */
const PIECE_MIN = 4;
const PIECE_REST = 2;

/** The document's words, sorted forwards and backwards: is a token the start or the end of a longer one? */
class WordPieces {
  private readonly starts: string[];
  private readonly ends: string[];

  constructor(words: Iterable<string>) {
    const all = [...words];
    this.starts = all.slice().sort();
    this.ends = all.map((w) => [...w].reverse().join('')).sort();
  }

  isPiece(lower: string): boolean {
    return lower.length >= PIECE_MIN && (extends_(this.starts, lower) || extends_(this.ends, [...lower].reverse().join('')));
  }
}

/** Does a word of `sorted` start with `prefix` and run at least PIECE_REST letters past it? */
function extends_(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].startsWith(prefix); k++) if (sorted[k].length >= prefix.length + PIECE_REST) return true;
  return false;
}

export function wordRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  // In a noisy scan, words of five letters or more are left to far readings (`repair/far-word`),
  // which weigh the document's own words: this rule would read `taration` as `tarnation`. Shorter
  // words there have too many neighbours to be read among garbled ones (`ume` -> `time` for
  // `under`: right 40% of the time on the dev scans): they are read only between two known words.
  const farReads = ctx.noisy && ctx.farDistance > 0;
  const cache = new Map<string, Candidate[]>();
  const cores = ctx.tokens.map((t) => t.core);
  // born-digital words are right as printed: only a token in a garbled-looking passage may change,
  // so the others are passed at once, and a text with none never counts its words
  const printed = ctx.kind === 'born-digital';
  let docWords: Map<string, number> | undefined;
  let pieces: WordPieces | undefined;
  // a report writes each form many times: each distinct one is asked once
  const protectedForm = new Map<string, boolean>();
  const isProtectedToken = (t: Token) => {
    let yes = protectedForm.get(t.text);
    if (yes === undefined) protectedForm.set(t.text, (yes = isProtected(t.text, t.core)));
    return yes;
  };
  ctx.tokens.forEach((t, i) => {
    if (printed && !ctx.looksGarbled(t.start, t.end)) return;
    // most tokens are words: those with no part worth reading are passed before the costlier tests
    const parts = compoundParts(t).map(({ part, start }) => ({ word: part.replace(/['’]s$/, ''), start })).filter(({ word }) => worthReading(ctx, word));
    // a noisy scan is full of `un`, `de` and `y` shreds: there a foreign phrase needs two of them
    if (parts.length === 0 || isProtectedToken(t) || inForeignPhrase(cores, i, 4, farReads ? 2 : 1)) return;
    if (farReads && !(parts.every(({ word }) => word.length < FAR_MIN_LENGTH) && knownNeighbours(ctx, i))) return;
    const words = (docWords ??= countWords(ctx.doc.text));
    // a cut piece is a piece of a word: a longer token no lexicon knows is the same misreading run on (`tiie` of `tiiere`), no evidence of a cut
    const cut = (pieces ??= new WordPieces([...words.keys()].filter((w) => ctx.knowledge.isLexical(w))));
    for (const { word, start } of parts) {
      // a short part of a compound (`mid-term`, `co-operation`) is a prefix, not a misprint
      const to = word.length < 4 && word !== t.core ? undefined : correct(ctx, word, i, start, cache, words, cut);
      if (to) edits.push({ range: { start, end: start + word.length }, text: to, rule: 'repair/word' });
    }
  });
  return edits;
}

export const wordRule: RepairRule = { id: 'repair/word', bornDigital: true, apply: wordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/word': true;
  }
}
