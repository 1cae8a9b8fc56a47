import type { Doc } from '../../core/doc.js';
import { applyEdits } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import { isEnglishWord } from '../../lexicon/english.js';
import { dehyphenateEdits, lostHyphenEdits } from './dehyphenate.js';
import { fragmentEdits } from './fragments.js';
import { furnitureEdits } from './furniture.js';
import { footnoteMarkerRule, markupRules } from './markup.js';
import { asciiQuoteEdits } from './quotes.js';
import { reflowEdits } from './reflow.js';
import type { NormaliseRule } from './rule.js';
import { unicodeEdits } from './unicode.js';

export interface NormaliseOptions {
  /** `typographic` keeps ‘’“”–— as they are; `ascii` turns them into ' " -. Default `typographic`. */
  quotes: 'typographic' | 'ascii';
  /** Unwrap LaTeX and Markdown residue (`\$\mathbb{M}\$` -> `M`, `**x**` -> `x`). Default `true`. */
  markup: boolean;
  /** Remove page numbers, job numbers, barcodes, running headers, library stamps. Default `true`. */
  furniture: boolean;
  /** Put line ends that layout analysis moved below a paragraph back on their lines. Default `true`. */
  fragments: boolean;
  /** Rejoin words broken at line ends, deciding by the document and a lexicon. Default `true`. */
  dehyphenate: boolean;
  /** Join lines into paragraphs separated by one blank line. Default `true`. */
  reflow: boolean;
}

export const normaliseDefaults: NormaliseOptions = {
  quotes: 'typographic', markup: true, furniture: true, fragments: true, dehyphenate: true, reflow: true,
};

/** The rules in the order they must run: later rules rely on what earlier ones cleaned. */
function rulesFor(o: NormaliseOptions): NormaliseRule[] {
  return [
    unicodeEdits,
    ...(o.quotes === 'ascii' ? [asciiQuoteEdits] : []),
    ...(o.markup ? markupRules : []),
    ...(o.furniture ? [furnitureEdits] : []),
    ...(o.fragments ? [(t: string) => fragmentEdits(t, isEnglishWord)] : []),
    ...(o.dehyphenate ? [(t: string) => dehyphenateEdits(t, isEnglishWord), (t: string) => lostHyphenEdits(t, isEnglishWord)] : []),
    // after rejoining, so that a marker's context is the whole word
    footnoteMarkerRule,
    ...(o.reflow ? [reflowEdits] : []),
  ];
}

/** Safe normalisation: Unicode, markup residue, footnote markers, page furniture, hyphenation, paragraphs. */
export function createNormalise(options?: Partial<NormaliseOptions>): Transform {
  const opts = resolveOptions('normalise', normaliseDefaults, options);
  if (opts.quotes !== 'typographic' && opts.quotes !== 'ascii') {
    throw new TypeError(`normalise: option "quotes" must be "typographic" or "ascii", got ${JSON.stringify(opts.quotes)}`);
  }
  const rules = rulesFor(opts);
  return (doc: Doc) => rules.reduce((d, rule) => applyEdits(d, rule(d.text), 'normalise'), doc);
}
