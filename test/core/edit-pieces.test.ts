import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/edits.js';
import { sourcePieces, toSource } from '../../src/core/offset-map.js';
import { buildRecord } from '../../src/record/build.js';
import { docOf } from '../helpers.js';

/**
 * A word cut by a line that the scan put in the wrong place: "confer" / (a misplaced line) /
 * "ence services". Layout moves "ence services" up; a repair then joins "confer ence".
 */
function movedThenJoined() {
  const text = 'submitted to the confer\ndeadline for technical reasons\n\nence services for processing';
  const from = text.indexOf('ence services');
  const at = text.indexOf('\ndeadline');
  const moved = applyEdits(docOf(text), [
    { range: { start: at, end: at }, text: ' ence services for processing', rule: 'move', moved: { from, offset: 1 } },
    { range: { start: from - 2, end: text.length }, text: '', rule: 'move' },
  ], 'normalise');
  const join = moved.text.indexOf('confer ence');
  const joined = applyEdits(moved, [{ range: { start: join, end: join + 'confer ence'.length }, text: 'conference', rule: 'repair/join' }], 'repair');
  return { text, moved, joined };
}

describe('edits across a moved line keep the pieces they were made of', () => {
  it('the covering source holds the misplaced line, the pieces do not', () => {
    const { text, joined } = movedThenJoined();
    expect(joined.text).toContain('submitted to the conference services');
    const edit = joined.edits.find((e) => e.rules.includes('repair/join' as never))!;
    expect(text.slice(edit.source.start, edit.source.end)).toContain('deadline');
    expect(edit.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['confer', 'ence']);
  });

  it('the record shows the pieces as what was replaced, and a garbled passage made of them', () => {
    const { joined } = movedThenJoined();
    const record = buildRecord(joined);
    const repair = record.repairs.find((r) => r.rule.includes('repair/join'))!;
    expect(repair.from).toBe('confer ence');
    const passage = record.garbled.find((g) => g.reasons.includes('repair/join'))!;
    expect(passage.pieces).toHaveLength(2);
    expect(passage.original).toBe('confer ence');
  });

  it('one stretch, even across changed or folded space, has no pieces', () => {
    const doc = applyEdits(docOf('the Sceretary  said'), [{ range: { start: 4, end: 13 }, text: 'Secretary', rule: 'test' }, { range: { start: 13, end: 15 }, text: ' ', rule: 'test' }], 'test');
    expect(sourcePieces(doc.map, doc.original, { start: 0, end: doc.text.length })).toBeUndefined();
    expect(doc.edits.every((e) => e.pieces === undefined)).toBe(true);
    expect(toSource(doc.map, { start: 0, end: doc.text.length })).toEqual({ start: 0, end: 19 });
  });
});
