import type { EditRuleId } from './rule-ids.js';

/** Half-open range [start, end) in JS string indices. */
export interface Range {
  start: number;
  end: number;
}

/** A range in the current text plus where it came from in the original decoded text. */
export interface Located extends Range {
  source: Range;
}

export type Severity = 'info' | 'warning' | 'error';

/**
 * A content problem: never an exception. Shaped like vfile-message so that tools that know
 * that shape can read ours. `place` is in the current text and is kept up to date by applyEdits.
 */
export interface Message {
  ruleId: string;
  stage: string;
  severity: Severity;
  place: Range;
  note: string;
  actual?: string;
  expected?: string;
}

/** What a rule proposes: replace `range` of its input text by `text`. */
export interface Edit {
  range: Range;
  text: string;
  rule: EditRuleId;
  /**
   * When `text`, from `offset` on, is the input text starting at `from` moved here (a line's lost
   * end put back): its characters keep their own offsets into the original.
   */
  moved?: { from: number; offset: number };
  /** The edit takes a footnote marker (or a footnote's text) out: it is kept as a footnote there. */
  footnote?: { marker: string; note?: string };
}

/** An applied edit as the log keeps it: current-text range of the new text, and its source. */
export interface LoggedEdit extends Located {
  from: string;
  to: string;
  /** The rules whose edits met here, in the order they ran (one, unless edits touched each other). */
  rules: EditRuleId[];
  stage: string;
  /** The original stretches it was made of, where `source` also covers text between them (see sourcePieces). */
  pieces?: Range[];
}

/** A passage in another language (ISO 639-3 `lang`): English word rules leave it alone. */
export interface LanguagePassage extends Located {
  lang: string;
}

export interface FootnoteRef extends Located {
  marker: string;
  note?: string;
}

export interface GarbleSpan extends Located {
  /** As on a logged edit: the original stretches, where `source` also covers text between them. */
  pieces?: Range[];
  text: string;
  score: number;
  reasons: string[];
  action: 'repaired' | 'removed' | 'kept';
}

/**
 * What every extracted entity carries: its exact text (the cleaned text's slice), where it is in
 * the cleaned text and the original, and which producers found it. Each extractor adds its own
 * fields (a date's `value`, a place's `name`) and declares them in its own zod schema.
 */
export interface Entity extends Located {
  text: string;
  producers: string[];
}

/** Entities by kind (`dates`, `places`, ...): the kinds are those the extractor stages declare. */
export type Entities = Record<string, readonly Entity[]>;

export interface Rejection {
  stage: string;
  code: string;
  message: string;
}

export interface SourceInfo {
  path: string;
  sha256: string;
  bytes: number;
  encoding: string;
}
