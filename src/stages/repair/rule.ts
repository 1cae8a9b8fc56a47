import type { Edit } from '../../core/types.js';
import type { RepairContext } from './context.js';

/** A repair rule: reads the current text (and its tokens) and proposes edits against it. */
export interface RepairRule {
  /** The rule id its edits carry. */
  id: string;
  /**
   * Runs on born-digital text too (its words are right as printed: only rules that mend layout,
   * or read a word on the document's own evidence, may).
   */
  bornDigital?: boolean;
  /** Off unless the config turns it on: why (its measured share of right edits). */
  offByDefault?: string;
  apply(ctx: RepairContext): Edit[];
}
