import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/edits.js';
import { createContext } from '../../../src/core/stage.js';
import { createDetectGarble } from '../../../src/stages/detect-garble/index.js';
import { docOf } from '../../helpers.js';

describe('garbled spans and moved text', () => {
  // `Xqzv Wrtk` ends a line; `Bkpq Zvxw` was moved there from far below: junk on both sides of the seam
  const text = 'The report was adopted by the Committee at its meeting Xqzv Wrtk\nand the Assembly took note of it. '
    + 'The Committee also decided to continue the work in the next year as planned by the members.\n\nBkpq Zvxw';
  const from = text.indexOf('Bkpq');
  const at = text.indexOf('\nand');
  const moved = applyEdits(docOf(text), [
    { range: { start: at, end: at }, text: ' Bkpq Zvxw', rule: 'move', moved: { from, offset: 1 } },
    { range: { start: from - 2, end: text.length }, text: '', rule: 'move' },
  ], 'normalise');
  const doc = createDetectGarble()(moved, createContext());

  it('finds the junk on both sides of the seam', () => {
    const flagged = doc.garbled.map((g) => g.text).join(' ');
    expect(flagged).toContain('Xqzv');
    expect(flagged).toContain('Bkpq');
  });

  it('no span claims the original text between the cut line and the moved part’s old place', () => {
    for (const g of doc.garbled) {
      expect(g.source.end - g.source.start).toBeLessThanOrEqual(g.end - g.start + 2);
      expect(doc.original.slice(g.source.start, g.source.end).replace(/\s+/g, ' ')).toBe(g.text.replace(/\s+/g, ' '));
    }
  });
});
