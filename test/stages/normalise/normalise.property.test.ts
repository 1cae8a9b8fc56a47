import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalise } from '../../../src/stages/normalise/index.js';
import { ctx, docOf } from '../../helpers.js';

const normalise = createNormalise();

// Text built from the pieces normalisation cares about, so that rules actually fire.
const piece = fc.constantFrom(
  'develop-\n', 'ment ', 'Asia-\n', 'Pacific ', 'the ', 'ESCAP', ' ', '  ', '\n', '\n\n', '\f', '-2-\n',
  '\u00a0', '\u00ad', 'ﬁ', 'e\u0301', '¹', '\\$\\mathbb{M}\\$', 'inistry', '**x**', 'A. HEADING\n', '.', '2006', '\r\n',
  'Digitized by Dag Hammarskjöld Library\n', '*2501234*\n', 'é', '–', '“', '”',
);
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((xs) => xs.join(''));

describe('normalise (property)', () => {
  it('is idempotent: normalising clean output changes nothing', () => {
    fc.assert(fc.property(text, (t) => {
      const once = normalise(docOf(t), ctx).text;
      const twice = normalise(docOf(once), ctx).text;
      expect(twice).toBe(once);
    }), { numRuns: 400 });
  });

  it('every logged edit points at what it replaced in the original', () => {
    fc.assert(fc.property(text, (t) => {
      const doc = normalise(docOf(t), ctx);
      for (const e of doc.edits) {
        expect(doc.text.slice(e.start, e.end)).toBe(e.to);
        expect(e.source.start).toBeLessThanOrEqual(e.source.end);
        expect(e.source.end).toBeLessThanOrEqual(doc.original.length);
      }
      // a word that survives untouched maps back to itself
      for (const m of doc.text.matchAll(/[A-Za-z]{4,}/g)) {
        const inEdit = doc.edits.some((e) => e.start < m.index + m[0].length && e.end > m.index);
        if (inEdit) continue;
        const s = doc.map.starts[m.index];
        const en = doc.map.ends[m.index + m[0].length];
        expect(doc.original.slice(s, en)).toBe(m[0]);
      }
    }), { numRuns: 400 });
  });
});
