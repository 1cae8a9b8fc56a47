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
  rule: string;
  /**
   * When `text`, from `offset` on, is the input text starting at `from` moved here (a line's lost
   * end put back): its characters keep their own offsets into the original.
   */
  moved?: { from: number; offset: number };
}

/** An applied edit as the log keeps it: current-text range of the new text, and its source. */
export interface LoggedEdit extends Located {
  from: string;
  to: string;
  rule: string;
  stage: string;
}

export interface FootnoteRef extends Located {
  marker: string;
  note?: string;
}

export interface GarbleSpan extends Located {
  text: string;
  score: number;
  reasons: string[];
  action: 'repaired' | 'removed' | 'kept';
}

export interface Evidence extends Located {
  text: string;
  producers: string[];
}

export interface DateEntity extends Evidence {
  value: string;
  inferred?: boolean;
}

export interface PlaceEntity extends Evidence {
  name: string;
  kind: 'country' | 'city' | 'region' | 'feature' | 'territory';
  countryCode?: string;
}

export interface OrgEntity extends Evidence {
  name: string;
  acronym?: string;
}

export interface EventEntity extends Evidence {
  name: string;
  date?: string;
  place?: string;
}

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
