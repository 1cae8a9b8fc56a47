import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendCompactJson, copyBuffers, JsonCompactor } from '../../src/io/compact-json.js';

const utf8 = new TextEncoder();
const text = new TextDecoder();

/** The compactor over `json` fed in pieces of the given sizes (cycled), as one string. */
function compacted(json: string, pieces: readonly number[]): string {
  const bytes = utf8.encode(json);
  const out: number[] = [];
  const c = new JsonCompactor();
  for (let at = 0, p = 0; at < bytes.length; p++) {
    const n = Math.min(pieces[p % pieces.length], bytes.length - at);
    const output = new Uint8Array(n);
    const k = c.push(bytes.subarray(at, at + n), n, output);
    out.push(...output.subarray(0, k));
    at += n;
  }
  return text.decode(new Uint8Array(out));
}

describe('JsonCompactor', () => {
  it.each([
    ['layout between tokens goes', '{\n  "a": [\n    1,\n    true\n  ]\n}\n', '{"a":[1,true]}'],
    ['spaces and escaped line breaks inside strings stay', '{ "a b": "c  d\\n\\te" }', '{"a b":"c  d\\n\\te"}'],
    ['an escaped quote does not end the string', '[ "say \\" x ", 2 ]', '["say \\" x ",2]'],
    ['an escaped backslash before the closing quote does', '[ "dir\\\\", " y" ]', '["dir\\\\"," y"]'],
    ['characters beyond ASCII pass through', '{ "name": "Côte d’Ivoire  ✓" }', '{"name":"Côte d’Ivoire  ✓"}'],
  ])('%s', (_, json, expected) => {
    expect(compacted(json, [json.length + 8])).toBe(expected);
  });

  it('keeps its place inside a string and an escape from one piece to the next', () => {
    // the piece boundaries fall inside the string, right after its backslash and inside its spaces
    expect(compacted('[ "a\\" b  c", 1 ]', [4, 1, 3])).toBe('["a\\" b  c",1]');
  });

  it('gives what JSON.stringify gives of the parsed value, for any value, indent and piece sizes', () => {
    fc.assert(fc.property(
      fc.jsonValue(), fc.constantFrom(0, 1, 2, '\t'), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
      (value, indent, pieces) => {
        const written = `${JSON.stringify(value, null, indent)}\n`;
        expect(compacted(written, pieces)).toBe(JSON.stringify(JSON.parse(written)));
      },
    ), { numRuns: 500 });
  });
});

describe('appendCompactJson', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'compact-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('appends files larger than its buffers, one after another, through the same buffers', () => {
    const records = [{ id: 'a', text: 'x '.repeat(3000) }, { id: 'b', list: Array.from({ length: 500 }, (_, i) => ({ i, s: ` ${i} ` })) }];
    const files = records.map((r, i) => {
      const f = path.join(dir, `${i}.json`);
      writeFileSync(f, `${JSON.stringify(r, null, 2)}\n`);
      return f;
    });
    const out = path.join(dir, 'out.jsonl');
    const fd = openSync(out, 'w');
    const buffers = copyBuffers(1000);
    for (const f of files) appendCompactJson(f, fd, buffers);
    closeSync(fd);
    expect(readFileSync(out, 'utf8')).toBe(records.map((r) => JSON.stringify(r)).join(''));
  });
});
