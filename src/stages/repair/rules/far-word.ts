import type { Edit } from '../../../core/types.js';
import { isWordPiece } from '../../../text/word-pieces.js';
import type { RepairRule } from '../rule.js';
import { isProtected } from '../../../text/protected.js';
import { inForeignPhrase } from '../../../text/foreign.js';
import { compoundParts, contextFit, degradedDistance, FAR_MIN_LENGTH, wordOf, type RepairContext } from '../context.js';
import { matchCase } from '../correct-word.js';
import { farVocabulary, type FarVocabulary } from '../far-vocabulary.js';
import type { OcrDistance } from '../../../text/ocr/distance.js';
import { countWords } from '../../../lexicon/count-words.js';

/** Candidates: words sharing this share of letter pairs, this many at most, measured exactly. */
const MIN_SHARE = 0.3;
const LIMIT = 80;
/** Readings kept per word for the context to choose among. */
const KEEP = 5;
/** Weight of a word's commonness (log10 count plus batch evidence) against its distance per letter. */
const PRIOR_WEIGHT = 0.02;
/** Weight of how often the document itself writes the word (log2 of the count). */
const DOC_WEIGHT = 0.06;
/** Weight of how well a reading fits its neighbours by the batch's word pairs (log10 counts). */
const CONTEXT_WEIGHT = 0.06;

/**
 * A far reading the document does not write must be a word general English uses: log10 of its
 * list count (or batch evidence) at least this. Rare words (`sonata`, `rumpus`, `nosey`) were
 * many of this rule's wrong readings of heavy scans. Dev and second dev noisy scans: without the
 * floor 1,615 right, 184 wrong (89.8%); at 1.6, 1,582 and 175 (90.0%); at 2.0, 90.4% but 101
 * right readings fewer.
 */
const MIN_PRIOR = 1.6;

/** The farthest reading of a capitalised word the document repeats: one slip in a long word. */
const NAME_DISTANCE = 0.15;

/** How much nearer (distance per letter) one form of a word must be than another to be chosen by its ending. */
const ENDING_GAP = 0.03;
/** Endings that make another form of the same word. */
const INFLECTION = /^(s|es|d|ed|ing|ly)$/;

/** Is one of the two the other with an inflection (`session` / `sessions`, `access` / `accessed`)? */
function sameWordForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return long.startsWith(short) && INFLECTION.test(long.slice(short.length));
}

interface Reading { form: string; distance: number; score: number; common: boolean }

/**
 * The `keep` best readings of a word by score, best first (on a tie, the index's order): kept as
 * they come, rather than all LIMIT made and sorted for a few to be read.
 */
function readings(core: string, vocab: FarVocabulary, docCounts: Map<string, number>, ocrDistance: OcrDistance, keep: number): Reading[] {
  const w = core.toLowerCase();
  const gap = Math.max(2, Math.floor(w.length * 0.35));
  const best: Reading[] = [];
  for (const i of vocab.index.near(w, MIN_SHARE, gap, LIMIT)) {
    const key = vocab.index.words[i];
    const prior = PRIOR_WEIGHT * vocab.prior[i];
    const own = DOC_WEIGHT * Math.log2(1 + (docCounts.get(key) ?? 0));
    const longer = Math.max(w.length, key.length);
    // once `keep` are kept, a candidate that cannot beat the last of them is not measured to the end
    const worst = best.length === keep ? best[keep - 1].score : Infinity;
    const distance = ocrDistance(w, key, worst === Infinity ? undefined : (d) => !(d / longer - prior - own < worst)) / longer;
    const score = distance - prior - own;
    if (!(score < worst)) continue;
    let at = best.length;
    while (at > 0 && score < best[at - 1].score) at--;
    best.splice(at, 0, { form: vocab.forms[i], distance, score, common: vocab.prior[i] >= MIN_PRIOR || docCounts.has(key) });
    if (best.length > keep) best.pop();
  }
  return best;
}

/**
 * In a noisy scan only: an unknown word is read as the vocabulary word nearest to it by OCR
 * distance per letter (at most `farDistance`), when no other reading comes within `farMargin`
 * (`Conimuttee` -> `Committee`, `Leriiteries` -> `Territories`). In a heavy scan most unknown
 * words are this far from their print, and a wrong reading of a misreading costs little more
 * than the misreading did; in clean text the rule does not run.
 */
export function farWordRepairs(ctx: RepairContext): Edit[] {
  if (ctx.farDistance <= 0 || !ctx.noisy) return [];
  const vocab = farVocabulary(ctx.stage);
  const docCounts = countWords(ctx.doc.text);
  const cores = ctx.tokens.map((t) => t.core);
  const cache = new Map<string, Reading[]>();
  const ocrDistance = degradedDistance(ctx);
  const edits: Edit[] = [];
  ctx.tokens.forEach((t, i) => {
    // a bad scan is full of `de`, `la` and `et` shreds: a foreign phrase needs two of them
    if (isProtected(t.text, t.core) || inForeignPhrase(cores, i, 4, 2)) return;
    for (const { part, start } of compoundParts(t)) {
      if (part.length < FAR_MIN_LENGTH || !/^[A-Za-z]+$/.test(part)) continue;
      // short capitals are an acronym
      if ((/^[A-Z]+$/.test(part) && part.length < 7) || ctx.knowledge.isLexical(part)) continue;
      // a piece of a word the layout cut (asked only here: it joins neighbours, and most tokens are words)
      if (isWordPiece(ctx.tokens, i, (w) => ctx.knowledge.isLexical(w))) continue;
      // about LIMIT distances of length x length each, cached or not
      if (!ctx.work.spend(LIMIT * (part.length + 1) ** 2, 'repair', start)) continue;
      let found = cache.get(part);
      if (!found) cache.set(part, (found = readings(part, vocab, docCounts, ocrDistance, KEEP)));
      // a name the document repeats is its own, unless a bad scan repeats the same misreading (`Genetal Assembly`)
      const limit = ctx.docNames.has(part) ? Math.min(NAME_DISTANCE, ctx.farDistance) : ctx.farDistance;
      const prev = wordOf(ctx.tokens[i - 1]);
      const next = wordOf(ctx.tokens[i + 1]);
      const [best, second] = found
        .map((r) => ({ ...r, score: r.score - CONTEXT_WEIGHT * contextFit(ctx, prev, r.form, next) }))
        .sort((a, b) => a.score - b.score);
      let close = !!best && best.distance <= limit && !!second && second.score - best.score < ctx.farMargin;
      let chosen = best;
      // two forms of one word (`Governments` | `Government`): the commoner form is no better a
      // reading, the printed ending is: the nearer form wins, if clearly nearer
      if (close && sameWordForms(best.form, second.form)) {
        const nearer = best.distance <= second.distance ? best : second;
        const farther = nearer === best ? second : best;
        // (and the token ends as the nearer does: `Meena` is no better `Means` than `Mean`)
        const endsAlike = nearer.form.slice(-1).toLowerCase() === part.slice(-1).toLowerCase();
        if (endsAlike && farther.distance - nearer.distance >= ENDING_GAP && nearer.distance <= limit) {
          chosen = nearer;
          close = false;
        }
      }
      // (a rare reading still competes: it makes a common one's lead close)
      const clear = chosen && chosen.distance <= limit && !close && chosen.common;
      if (close) {
        ctx.report('repair/far-word', { start, end: start + part.length }, 'two far readings are too close to choose: left as printed', part,
          `${matchCase(part, best.form)} | ${matchCase(part, second.form)}`);
      }
      const to = clear ? matchCase(part, chosen.form) : undefined;
      if (to && to !== part) edits.push({ range: { start, end: start + part.length }, text: to, rule: 'repair/far-word' });
    }
  });
  return edits;
}

export const farWordRule: RepairRule = { id: 'repair/far-word', apply: farWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/far-word': true;
  }
}
