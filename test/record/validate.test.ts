import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../src/pipeline/document.js';
import { recordJsonSchema } from '../../src/record/schema.js';
import { docOf } from '../helpers.js';

describe('validation at the boundary', () => {
  it('a good document becomes a record', () => {
    const out = validateDoc({ ...docOf('Bangkok'), sha256: 'a'.repeat(64) });
    expect('record' in out && out.record.text).toBe('Bangkok');
  });

  const bad: { name: string; patch: object; code: string; path: (string | number)[] }[] = [
    { name: 'a date value in the wrong format', code: 'invalid_format', path: ['dates', 0, 'value'],
      patch: { entities: { dates: [{ start: 0, end: 7, source: { start: 0, end: 7 }, text: 'Bangkok', producers: [], value: '12/2006' }] } } },
    { name: 'a span past the end of the text', code: 'custom', path: ['places', 0, 'end'],
      patch: { entities: { places: [{ start: 0, end: 99, source: { start: 0, end: 99 }, text: 'Bangkok', producers: [], name: 'Bangkok', kind: 'city' }] } } },
    { name: 'entity text that is not at its offsets', code: 'custom', path: ['places', 0, 'text'],
      patch: { entities: { places: [{ start: 0, end: 4, source: { start: 0, end: 4 }, text: 'Bangkok', producers: [], name: 'Bangkok', kind: 'city' }] } } },
    { name: 'a bad sha256', code: 'invalid_format', path: ['source', 'sha256'], patch: { sha256: 'xyz' } },
  ];
  it.each(bad)('quarantines $name with the zod code and path', ({ patch, code, path }) => {
    const out = validateDoc({ ...docOf('Bangkok'), sha256: 'a'.repeat(64), ...patch });
    expect('quarantined' in out).toBe(true);
    if ('quarantined' in out) {
      expect(out.quarantined.issues).toContainEqual(expect.objectContaining({ code, path }));
      expect(out.quarantined.record).toBeTruthy();
    }
  });

  it('exports a JSON Schema with the contract names', () => {
    const schema = recordJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const key of ['id', 'source', 'text', 'garbled', 'repairs', 'dates', 'places', 'organisations', 'events', 'messages']) {
      expect(schema.properties).toHaveProperty(key);
      expect(schema.required).toContain(key);
    }
  });
});
