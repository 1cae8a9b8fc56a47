import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/edits.js';
import { toSource } from '../../src/core/offset-map.js';
import { docOf } from '../helpers.js';

describe('applyEdits and the offset map', () => {
  const cases: { name: string; text: string; edits: [number, number, string][]; out: string; probe: [number, number]; source: [number, number] }[] = [
    { name: 'replacement maps to the replaced range', text: 'the Sceretary said', edits: [[4, 13, 'Secretary']], out: 'the Secretary said', probe: [4, 13], source: [4, 13] },
    { name: 'text after a deletion shifts back', text: 'a -\nb word', edits: [[2, 4, '']], out: 'a b word', probe: [4, 8], source: [6, 10] },
    { name: 'span across a deletion covers the deleted text', text: 'develop-\nment plan', edits: [[7, 9, '']], out: 'development plan', probe: [0, 11], source: [0, 13] },
    { name: 'insertion is covered by the span around it', text: 'inthe', edits: [[2, 2, ' ']], out: 'in the', probe: [0, 6], source: [0, 5] },
    { name: 'unchanged prefix maps to itself', text: 'abc def', edits: [[4, 7, 'xyz']], out: 'abc xyz', probe: [0, 3], source: [0, 3] },
  ];
  it.each(cases)('$name', ({ text, edits, out, probe, source }) => {
    const doc = applyEdits(docOf(text), edits.map(([start, end, t]) => ({ range: { start, end }, text: t, rule: 'test' })), 'test');
    expect(doc.text).toBe(out);
    expect(toSource(doc.map, { start: probe[0], end: probe[1] })).toEqual({ start: source[0], end: source[1] });
  });

  it('logs each edit with its original range and moves earlier log entries', () => {
    let doc = applyEdits(docOf('aa bb cc'), [{ range: { start: 3, end: 5 }, text: 'BBBB', rule: 'one' }], 's1');
    doc = applyEdits(doc, [{ range: { start: 0, end: 2 }, text: 'A', rule: 'two' }], 's2');
    expect(doc.text).toBe('A BBBB cc');
    const one = doc.edits.find((e) => e.rules.includes('one' as never))!;
    expect(doc.text.slice(one.start, one.end)).toBe('BBBB');
    expect(doc.original.slice(one.source.start, one.source.end)).toBe('bb');
    const two = doc.edits.find((e) => e.rules.includes('two' as never))!;
    expect(doc.original.slice(two.source.start, two.source.end)).toBe('aa');
  });

  it('turns overlapping edits into a message instead of throwing', () => {
    const doc = applyEdits(docOf('abcdef'), [
      { range: { start: 0, end: 3 }, text: 'X', rule: 'first' },
      { range: { start: 2, end: 4 }, text: 'Y', rule: 'second' },
    ], 'test');
    expect(doc.text).toBe('Xdef');
    expect(doc.messages).toHaveLength(1);
    expect(doc.messages[0]).toMatchObject({ ruleId: 'edits/conflict', severity: 'warning', stage: 'test' });
  });

  it('drops edits that change nothing', () => {
    const doc = applyEdits(docOf('abc'), [{ range: { start: 0, end: 1 }, text: 'a', rule: 'noop' }], 'test');
    expect(doc.edits).toHaveLength(0);
  });
});
