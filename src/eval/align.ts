import { levenshtein } from './cer.js';

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export function words(text: string): WordToken[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

let row = new Int32Array(64);
let prevRow = new Int32Array(64);

/** Plain two-row Levenshtein for short tokens, reusing its buffers: called a million times a document. */
function shortDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return levenshtein(a, b);
  if (row.length <= b.length) { row = new Int32Array(b.length + 1); prevRow = new Int32Array(b.length + 1); }
  for (let j = 0; j <= b.length; j++) prevRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prevRow[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(sub, prevRow[j] + 1, row[j - 1] + 1);
    }
    [row, prevRow] = [prevRow, row];
  }
  return prevRow[b.length];
}

export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - shortDistance(a, b) / n;
}

/**
 * Aligns OCR tokens to true tokens (edit distance over token sequences, a substitution costing
 * one minus the tokens' similarity). Returns, for each OCR token, the index of its true token or -1.
 */
export function alignTokens(ocr: string[], truth: string[]): number[] {
  const n = ocr.length;
  const m = truth.length;
  const cost = new Float64Array((n + 1) * (m + 1));
  const back = new Uint8Array((n + 1) * (m + 1)); // 0 diag, 1 up (ocr extra), 2 left (truth missing)
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) { cost[at(i, 0)] = i; back[at(i, 0)] = 1; }
  for (let j = 1; j <= m; j++) { cost[at(0, j)] = j; back[at(0, j)] = 2; }
  // Band around the diagonal keeps long documents affordable.
  const band = Math.max(120, Math.abs(n - m) + 60);
  for (let i = 1; i <= n; i++) {
    const center = Math.round((i * m) / Math.max(1, n));
    for (let j = 1; j <= m; j++) {
      if (Math.abs(j - center) > band) { cost[at(i, j)] = 1e9; continue; }
      const a = ocr[i - 1];
      const b = truth[j - 1];
      const sub = cost[at(i - 1, j - 1)] + (a === b ? 0 : Math.min(1.5, 1.5 - similarity(a, b)));
      const up = cost[at(i - 1, j)] + 1;
      const left = cost[at(i, j - 1)] + 1;
      if (sub <= up && sub <= left) { cost[at(i, j)] = sub; back[at(i, j)] = 0; }
      else if (up <= left) { cost[at(i, j)] = up; back[at(i, j)] = 1; }
      else { cost[at(i, j)] = left; back[at(i, j)] = 2; }
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const b = back[at(i, j)];
    if (i > 0 && j > 0 && b === 0) { out[i - 1] = j - 1; i--; j--; }
    else if (i > 0 && (b === 1 || j === 0)) i--;
    else j--;
  }
  return out;
}
