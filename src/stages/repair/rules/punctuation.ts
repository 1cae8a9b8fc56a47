import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';

const ABBREVIATIONS = new Set(['etc', 'al', 'seq', 'para', 'paras', 'approx', 'vol', 'art', 'cit', 'ibid', 'resp', 'incl', 'inc', 'nos', 'add', 'corr', 'rev', 'e.g', 'i.e', 'a.i', 'viz', 'cf', 'op', 'no', 'mr', 'mrs', 'ms', 'dr']);

/**
 * A full stop before a lower-case word is a comma the engine misread: `meeting. on 3 October`.
 * Abbreviations, list letters (`a.`), numbers and web addresses keep their stop.
 */
export function punctuationRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!/^[\p{L}\d][\p{L}\d’'-]*\.$/u.test(t.text) || !/^\p{Ll}{2,}[\p{L}’'-]*[.,;:]?$/u.test(next.text)) continue;
    const word = t.text.slice(0, -1);
    if (ABBREVIATIONS.has(word.toLowerCase()) || word.length < 3 || /\d/.test(word) && !/^\d{4}$/.test(word)) continue;
    if (/\n/.test(ctx.doc.text.slice(t.end, next.start))) continue;
    edits.push({ range: { start: t.end - 1, end: t.end }, text: ',', rule: 'repair/punctuation' });
  }
  return edits;
}
