import type { Edit } from '../../core/types.js';
import type { RepairContext } from './context.js';

/** A repair rule: reads the current text (and its tokens) and proposes edits against it. */
export interface RepairRule {
  /** The rule id its edits carry. */
  id: string;
  apply(ctx: RepairContext): Edit[];
}
