import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';
import { accentEdits } from './mojibake/accents.js';
import { bareDashEdits, dashEdits } from './mojibake/dashes.js';
import { quoteEdits } from './mojibake/quotes.js';

/**
 * Marks left when a report typeset in UTF-8 was printed as Windows-1252 and then scanned:
 * accented letters (`mojibake/accents.ts`), quotes and possessives (`quotes.ts`), en dashes
 * (`dashes.ts`). Where two sub-rules propose an edit at one place, the first wins.
 */
export function ocrMojibakeRepairs(ctx: RepairContext): Edit[] {
  const byStart = new Map<number, Edit>();
  const quotes = quoteEdits(ctx);
  for (const e of [...accentEdits(ctx), ...quotes, ...dashEdits(ctx), ...bareDashEdits(ctx, quotes.length)]) if (!byStart.has(e.range.start)) byStart.set(e.range.start, e);
  return [...byStart.values()];
}

export const ocrMojibakeRule: RepairRule = { id: 'repair/ocr-mojibake', offByDefault: 'right 8% of the time now that the scans print quotes and dashes as themselves', apply: ocrMojibakeRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/ocr-mojibake': true;
  }
}
