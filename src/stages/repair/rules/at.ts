import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

const AT_LOOKALIKE = /^(Al|AL|Ai|A1)$/;
const AFTER_AT = /^(its|the|a|an|this|that|their|his|her|which|least|present|once|\d{1,3}(st|nd|rd|th)?)$/;

/** "At" read as `Al`: only where "At" is the only reading (`Al its 5th meeting`, `Al the same meeting`). */
export function atRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!AT_LOOKALIKE.test(t.text) || !AFTER_AT.test(tokens[i + 1].text)) continue;
    const prev = tokens[i - 1];
    const sentenceStart = !prev || /[.:;)]$/.test(prev.text) || /\n/.test(ctx.doc.text.slice(prev.end, t.start));
    if (sentenceStart) edits.push({ range: { start: t.start, end: t.end }, text: 'At', rule: 'repair/at' });
  }
  return edits;
}

export const atRule: RepairRule = { id: 'repair/at', apply: atRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/at': true;
  }
}
