import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/edits.js';
import type { Edit } from '../../src/core/types.js';
import { docOf } from '../helpers.js';

/** Random non-overlapping edits against `text`, built from sorted cut points. */
const editsFor = (text: string) =>
  fc.array(fc.tuple(fc.nat(text.length), fc.nat(4), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((raw) => {
    const edits: Edit[] = [];
    let lastEnd = -1;
    for (const [start, len, t] of [...raw].sort((a, b) => a[0] - b[0])) {
      const end = Math.min(text.length, start + len);
      if (start <= lastEnd) continue; // strictly after the previous one: no two edits touch
      edits.push({ range: { start, end }, text: t, rule: 'random' });
      lastEnd = end;
    }
    return edits;
  });

const stageInput = fc.string({ minLength: 0, maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), editsFor(text)));

describe('offset map (property)', () => {
  it('the first stage: original.slice(source) is what the edit log says was replaced', () => {
    fc.assert(fc.property(stageInput, ([text, edits]) => {
      const doc = applyEdits(docOf(text), edits, 'p');
      for (const e of doc.edits) {
        expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
        expect(doc.text.slice(e.start, e.end)).toBe(e.to);
      }
    }));
  });

  it('after several stages, text between edits maps back to identical original text', () => {
    const stages = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })));
    fc.assert(fc.property(stages, fc.infiniteStream(fc.string({ maxLength: 3 })), ([text, seeds], words) => {
      let doc = docOf(text);
      for (const seed of seeds) {
        // a deterministic edit list derived from the current text and the seed
        const edits: Edit[] = [];
        const n = doc.text.length;
        for (let p = seed % 3; p < n; p += 3 + (seed % 5)) {
          const end = Math.min(n, p + (seed % 3));
          edits.push({ range: { start: p, end }, text: words.next().value, rule: `s${seed}` });
          p = end;
        }
        doc = applyEdits(doc, edits, 'p');
      }
      // every character outside logged edits is the original character its map points at
      const edited = new Uint8Array(doc.text.length);
      for (const e of doc.edits) for (let i = e.start; i < e.end; i++) edited[i] = 1;
      for (let i = 0; i < doc.text.length; i++) {
        if (edited[i]) continue;
        const s = doc.map.starts[i];
        expect(doc.original[s]).toBe(doc.text[i]);
        expect(doc.map.ends[i + 1]).toBe(s + 1);
      }
      // maps never run backwards, and whole-text span covers the whole original
      for (let i = 1; i <= doc.text.length; i++) {
        expect(doc.map.starts[i]).toBeGreaterThanOrEqual(doc.map.starts[i - 1]);
        expect(doc.map.ends[i]).toBeGreaterThanOrEqual(doc.map.ends[i - 1]);
      }
      if (doc.text.length > 0) {
        expect(doc.map.starts[0]).toBeLessThanOrEqual(doc.map.ends[doc.text.length]);
      }
    }), { numRuns: 300 });
  });

  it('logged edits keep pointing at their new text after later stages', () => {
    fc.assert(fc.property(stageInput, fc.string({ maxLength: 3 }), ([text, edits], filler) => {
      let doc = applyEdits(docOf(text), edits, 'first');
      // a second stage that only inserts outside the first stage's edits
      const free: Edit[] = [];
      const covered = new Set<number>();
      for (const e of doc.edits) for (let i = e.start; i <= e.end; i++) covered.add(i);
      for (let p = 0; p <= doc.text.length; p += 4) if (!covered.has(p)) free.push({ range: { start: p, end: p }, text: filler, rule: 'ins' });
      doc = applyEdits(doc, free, 'second');
      for (const e of doc.edits.filter((x) => x.stage === 'first')) {
        expect(doc.text.slice(e.start, e.end)).toBe(e.to);
        expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
      }
    }), { numRuns: 300 });
  });
});

describe('moved text (property)', () => {
  // a piece of the text cut out at one place and put back at another, as normalise/reattach-fragment does
  const moves = fc.string({ minLength: 3, maxLength: 40 }).chain((text) => fc.tuple(
    fc.constant(text), fc.nat(text.length - 1), fc.nat(text.length - 1), fc.nat(text.length),
  ));
  it('moved characters point at their own original place; the log still holds', () => {
    fc.assert(fc.property(moves, ([text, x, y, p]) => {
      const a = Math.min(x, y);
      const b = Math.max(x, y) + 1;
      if (p >= a && p <= b) return; // the insertion point lies outside the moved piece
      const edits: Edit[] = [
        { range: { start: p, end: p }, text: ` ${text.slice(a, b)}`, rule: 'move', moved: { from: a, offset: 1 } },
        { range: { start: a, end: b }, text: '', rule: 'move' },
      ];
      const doc = applyEdits(docOf(text), edits, 'p');
      const at = p < a ? p : p - (b - a);
      for (let k = 0; k < b - a; k++) {
        const q = at + 1 + k;
        expect(doc.text[q]).toBe(text[a + k]);
        expect(doc.map.starts[q]).toBe(a + k);
        expect(doc.map.ends[q + 1]).toBe(a + k + 1);
      }
      for (const e of doc.edits) {
        expect(doc.original.slice(e.source.start, e.source.end)).toBe(e.from);
        expect(doc.text.slice(e.start, e.end)).toBe(e.to);
      }
    }), { numRuns: 300 });
  });
});
