import type { Doc } from '../../core/doc.js';
import { applyEdits, locate } from '../../core/edits.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import type { Edit, FootnoteRef } from '../../core/types.js';
import { isEnglishWord } from '../../resources/index.js';
import { foreignPassages } from '../../text/languages.js';
import { profileText } from '../../text/profile.js';
import { normaliseOptions } from './options.js';
import type { CleaningEnv, LayoutEnv, LayoutRule, NormaliseRule } from './rule.js';
import { asciiPunctuationRule } from './rules/ascii-punctuation.js';
import { dehyphenateRule } from './rules/dehyphenate.js';
import { footnoteMarkerRule } from './rules/footnote-marker.js';
import { fragmentsRule } from './rules/fragments.js';
import { furnitureRule } from './rules/furniture.js';
import { latexCommandRule } from './rules/latex-command.js';
import { latexEscapeRule } from './rules/latex-escape.js';
import { latexFootnoteRule } from './rules/latex-footnote.js';
import { latexMathRule } from './rules/latex-math.js';
import { lostHyphenRule } from './rules/lost-hyphen.js';
import { markdownHeadingRule } from './rules/markdown-heading.js';
import { markdownStrongRule } from './rules/markdown-strong.js';
import { reflowRule } from './rules/reflow.js';
import { unicodeRule } from './rules/unicode.js';

export { normaliseOptions, type NormaliseOptions } from './options.js';

/**
 * Cleaning rules, in order: characters first (every later pattern assumes NFC and plain
 * spaces); markup from the outside in, each its own pass so that nested residue
 * (`\textbf{\$\mathbb{M}\$}`) unwraps without overlapping edits; page furniture last, once the
 * lines hold what a reader sees.
 */
const CLEANING_RULES: NormaliseRule[] = [
  unicodeRule, asciiPunctuationRule,
  latexFootnoteRule, latexMathRule, latexCommandRule, latexEscapeRule, markdownStrongRule, markdownHeadingRule,
  furnitureRule,
];

/**
 * Layout rules, run after the text's profile is judged (on the cleaned lines): lost line ends
 * go back before words are rejoined (a part may complete a hyphenated word); footnote markers
 * after rejoining, so that a marker's context is the whole word; reflow last, as it removes
 * the line breaks every other rule reads.
 */
const LAYOUT_RULES: LayoutRule[] = [fragmentsRule, dehyphenateRule, lostHyphenRule, footnoteMarkerRule, reflowRule];

/** A rule's edits applied; those that take a footnote marker out leave a footnote at its place. */
function applyRule(doc: Doc, edits: Edit[]): Doc {
  const footnotes: FootnoteRef[] = edits.filter((e) => e.footnote).map((e) => ({ ...locate(doc, e.range), ...e.footnote! }));
  return applyEdits(footnotes.length ? { ...doc, footnotes: [...doc.footnotes, ...footnotes] } : doc, edits, 'normalise');
}

export const normaliseStage = defineStage({
  name: 'normalise',
  summary: 'Unicode, markup residue, footnote markers, page furniture, lost line ends, hyphenation, paragraphs; judges how the text reads.',
  options: normaliseOptions,
  create: (options) => {
    const cleaning = CLEANING_RULES.filter((r) => r.on(options));
    const layout = LAYOUT_RULES.filter((r) => r.on(options));
    const env: CleaningEnv = { options };
    return (doc) => {
      let d = cleaning.reduce((acc, rule) => applyRule(acc, rule.apply(acc.text, env)), doc);
      const foreign = foreignPassages(d.text);
      const profile = profileText(d.text, foreign);
      d = { ...d, profile, languages: foreign.map((f) => ({ ...locate(d, f), lang: f.lang })) };
      const layoutEnv: LayoutEnv = { options, profile, isWord: isEnglishWord };
      return layout.reduce((acc, rule) => applyRule(acc, rule.apply(acc.text, layoutEnv)), d);
    };
  },
});

export const createNormalise = stageFactory(normaliseStage);
