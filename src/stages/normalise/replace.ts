import type { EditRuleId } from '../../core/rule-ids.js';
import type { Edit } from '../../core/types.js';

/** One edit per match of `pattern` (global), replacing it by what `to` makes of the match. */
export function replaceAll(text: string, pattern: RegExp, rule: EditRuleId, to: (m: RegExpMatchArray) => string): Edit[] {
  return [...text.matchAll(pattern)].map((m) => ({
    range: { start: m.index!, end: m.index! + m[0].length }, text: to(m), rule,
  }));
}
