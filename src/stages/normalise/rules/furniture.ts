import type { Edit } from '../../../core/types.js';
import { lines, type Line } from '../lines.js';
import type { NormaliseRule } from '../rule.js';

type Furniture = 'page-number' | 'job-number' | 'barcode' | 'continuation' | 'library-stamp' | 'running-header';

const ALWAYS: [RegExp, Furniture][] = [
  [/^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$/, 'page-number'], // "- 2 -"
  [/^\s*Page\s+\d{1,4}(\s+of\s+\d{1,4})?\s*$/i, 'page-number'],
  [/^\s*\d{2}-\d{5}[\s\S]{0,40}(\([A-Z]\)|\d{6})\s*$/, 'job-number'], // "92-43708 3486i (E) 130992"
  [/^\s*\*\d{6,10}\*\s*$/, 'barcode'],
  [/^\s*\/\s*\.{3}\s*$/, 'continuation'],
  [/^\s*Digitized by (the )?Dag Hammarskj(ö|o)ld Library\s*$/i, 'library-stamp'],
];
// A bare number is only a page number where a page starts or ends; elsewhere it may be data.
const BARE_NUMBER = /^\s*\d{1,4}\s*$/;
// `3/41`: a page of a document of 41 pages; `79/301` alone on a line is a decision of a session.
const FOLIO = /^\s*(\d{1,4})\/(\d{1,4})\s*$/;
/** A running header or footer is short, and no sentence: it does not end as one. */
const HEADER_MAX = 60;
const SENTENCE_END = /[.;:,!?]$/;

/** The page count the document's folios share (`2/41`, `3/41`): a denominator two of them or more write. */
function folioTotal(all: Line[]): number | undefined {
  const counts = new Map<number, number>();
  for (const l of all) {
    const m = FOLIO.exec(l.text);
    if (m && Number(m[1]) <= Number(m[2])) counts.set(Number(m[2]), (counts.get(Number(m[2])) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

function key(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lines near page edges that repeat on several pages: running headers and footers. */
function runningHeaders(pages: Line[][]): Set<Line> {
  const found = new Set<Line>();
  if (pages.length < 3) return found;
  const edgeLines = pages.map((p) => {
    const nonEmpty = p.filter((l) => l.text.trim() !== '');
    return [...nonEmpty.slice(0, 3), ...nonEmpty.slice(-3)];
  });
  const pagesWith = new Map<string, number>();
  for (const edge of edgeLines) {
    for (const k of new Set(edge.map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  for (const edge of edgeLines) {
    for (const l of edge) {
      const k = key(l.text);
      // repetition alone is not enough: a table row repeated on every page is content
      if (k.length > 0 && l.text.trim().length <= HEADER_MAX && !SENTENCE_END.test(l.text.trim()) && (pagesWith.get(k) ?? 0) >= needed) found.add(l);
    }
  }
  return found;
}

/**
 * Page furniture: page numbers, UN job numbers, barcodes, continuation marks, library stamps
 * and running headers. Whole lines are removed (their newline too); a form feed becomes a
 * paragraph break.
 */
export function furnitureEdits(text: string): Edit[] {
  const all = lines(text);
  const pages: Line[][] = [[]];
  for (const l of all) {
    pages[pages.length - 1].push(l);
    if (l.terminator === '\f') pages.push([]);
  }
  const edge = new Set<Line>();
  for (const p of pages) {
    const nonEmpty = p.filter((l) => l.text.trim() !== '');
    if (pages.length > 1) for (const l of [...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)]) edge.add(l);
  }
  const headers = runningHeaders(pages);
  const total = folioTotal(all);
  const edits: Edit[] = [];
  for (const l of all) {
    const body = l.text;
    let kind = ALWAYS.find(([re]) => re.test(body))?.[1];
    const folio = FOLIO.exec(body);
    if (!kind && folio && total !== undefined && Number(folio[2]) === total && Number(folio[1]) <= total) kind = 'page-number';
    if (!kind && edge.has(l) && BARE_NUMBER.test(body)) kind = 'page-number';
    if (!kind && headers.has(l)) kind = 'running-header';
    const ff = l.terminator === '\f';
    if (kind) {
      const end = l.end + l.terminator.length;
      edits.push({ range: { start: l.start, end }, text: ff ? '\n\n' : '', rule: `normalise/furniture-${kind}` });
    } else if (ff) {
      edits.push({ range: { start: l.end, end: l.end + 1 }, text: '\n\n', rule: 'normalise/page-break' });
    }
  }
  return edits;
}

export const furnitureRule: NormaliseRule = { id: 'normalise/furniture', on: (o) => o.furniture, apply: furnitureEdits };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/furniture-page-number': true;
    'normalise/furniture-job-number': true;
    'normalise/furniture-barcode': true;
    'normalise/furniture-continuation': true;
    'normalise/furniture-library-stamp': true;
    'normalise/furniture-running-header': true;
    'normalise/page-break': true;
  }
}
