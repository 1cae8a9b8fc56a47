import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/**
 * Garbled passages scoring at least `removeAbove` that no repair touched are deleted (with the
 * space after them). Off by default (`removeAbove` 1.01): junk is mostly a misreading of real
 * text, and deleting it costs more characters than it saves.
 */
export function removeGarbage(ctx: RepairContext): Edit[] {
  if (ctx.removeAbove > 1) return [];
  const repaired = ctx.doc.edits.filter((e) => e.stage === 'repair');
  const edits: Edit[] = [];
  for (const g of ctx.doc.garbled) {
    if (g.score < ctx.removeAbove || repaired.some((r) => r.start <= g.end && r.end >= g.start)) continue;
    const end = ctx.doc.text[g.end] === ' ' ? g.end + 1 : g.end;
    edits.push({ range: { start: g.start, end }, text: '', rule: 'repair/remove-garbage' });
  }
  return edits;
}

export const removeGarbageRule: RepairRule = { id: 'repair/remove-garbage', apply: removeGarbage };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/remove-garbage': true;
  }
}
