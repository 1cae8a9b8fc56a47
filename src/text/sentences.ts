import type { Range } from '../core/types.js';
import { ABBREVIATIONS } from './abbreviations.js';

/** Paragraphs: text between blank lines. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * Sentence boundaries inside one paragraph. Written by hand because the splitters on offer
 * (natural's among them) return strings, not offsets, and do not know UN abbreviations.
 */
export function sentences(text: string, para: Range, abbreviations: ReadonlySet<string> = ABBREVIATIONS): Range[] {
  const out: Range[] = [];
  let start = para.start;
  const body = text.slice(para.start, para.end);
  for (const m of body.matchAll(/[.!?]["'’”)]*(?=\s+["'‘“(]?[\p{Lu}\d])/gu)) {
    const end = para.start + m.index + m[0].length;
    const before = text.slice(Math.max(para.start, end - 12), end);
    // redos: bounded, `before` is 12 characters
    const word = /([\p{L}.]+)\.["'’”)]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (abbreviations.has(word) || /^\p{L}$/u.test(word)) continue; // "Mr.", initials "H."
    if (/^(\d{1,3}|[IVXLC]{1,5})\.$/.test(text.slice(start, end))) continue; // paragraph number "2."
    out.push({ start, end });
    start = end;
    while (start < para.end && /\s/.test(text[start])) start++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}
