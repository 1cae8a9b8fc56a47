import type { Doc } from '../core/doc.js';
import { alignTokens, similarity, words } from './align.js';

export interface GarbleCounts {
  tokens: number;
  flagged: number;
  flaggedWrong: number;
  unrecoverable: number;
  flaggedUnrecoverable: number;
}

export const emptyCounts = (): GarbleCounts => ({ tokens: 0, flagged: 0, flaggedWrong: 0, unrecoverable: 0, flaggedUnrecoverable: 0 });

/**
 * Token-level truth for garble detection: each token of the input is aligned to the true text;
 * it is wrong when it differs from its true token, unrecoverable when the true token is less
 * than 50% similar (or there is none); flagged when a garbled span's source covers it.
 */
export function garbleCounts(doc: Doc, truth: string, into: GarbleCounts): void {
  const ocr = words(doc.original);
  const gt = words(truth).map((w) => w.text);
  const alignment = alignTokens(ocr.map((t) => t.text), gt);
  // a span made of pieces flags only them, not the original text a moved line end left between
  const spans = doc.garbled.flatMap((g) => g.pieces ?? [g.source]).sort((a, b) => a.start - b.start);
  let k = 0;
  ocr.forEach((tok, i) => {
    while (k < spans.length && spans[k].end <= tok.start) k++;
    const flagged = k < spans.length && spans[k].start < tok.end;
    const g = alignment[i];
    const wrong = g < 0 || gt[g] !== tok.text;
    const unrecoverable = wrong && (g < 0 || similarity(tok.text, gt[g]) < 0.5);
    into.tokens++;
    if (flagged) into.flagged++;
    if (flagged && wrong) into.flaggedWrong++;
    if (unrecoverable) into.unrecoverable++;
    if (flagged && unrecoverable) into.flaggedUnrecoverable++;
  });
}
