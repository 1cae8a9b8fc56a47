import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';

const MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// Words that follow "to" very often and a number almost never.
const AFTER_TO = new Set(['the', 'be', 'it', 'its', 'a', 'an', 'all', 'this', 'that', 'their', 'his', 'her', 'them', 'which', 'whom', 'ensure', 'provide', 'support', 'make', 'take', 'continue', 'promote', 'report', 'consider', 'develop', 'facilitate', 'strengthen', 'address', 'implement', 'improve', 'establish', 'assist']);
const TO_LOOKALIKE = /^(10|1o|lo|(\(|\[)o|t|io|ta|t0)$/;

/**
 * "to" read as `10`, `lo`, `(o`: a day range (`12 10 14 December`) or a word that nearly
 * always follows "to" (`report 10 it`) decides; a real number elsewhere stays.
 */
export function toRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!TO_LOOKALIKE.test(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const dayRange = /^\d{1,2}$/.test(prev.text) && /^\d{1,2}$/.test(next.text) && after && MONTH.test(after.text)
      && Number(prev.text) < Number(next.text);
    const verbal = /^\p{Ll}{2,}$/u.test(prev.text) && AFTER_TO.has(next.text);
    if (dayRange || verbal) edits.push({ range: { start: t.start, end: t.end }, text: 'to', rule: 'repair/to' });
  }
  return edits;
}
