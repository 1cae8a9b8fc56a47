import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/stages/decode/detect.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodeBytes', () => {
  const ok: { name: string; input: Uint8Array; text: string; encoding: string }[] = [
    { name: 'plain UTF-8', input: utf8('Almaty, Kazakhstan'), text: 'Almaty, Kazakhstan', encoding: 'utf-8' },
    { name: 'UTF-8 with BOM (BOM dropped)', input: bytes([0xef, 0xbb, 0xbf], Buffer.from('Seoul')), text: 'Seoul', encoding: 'utf-8-bom' },
    { name: 'UTF-16 LE with BOM', input: bytes([0xff, 0xfe], iconv.encode('Bangkok – 2006', 'utf-16le')), text: 'Bangkok – 2006', encoding: 'utf-16le-bom' },
    { name: 'UTF-16 BE with BOM', input: bytes([0xfe, 0xff], iconv.encode('Genève', 'utf-16be')), text: 'Genève', encoding: 'utf-16be-bom' },
    { name: 'UTF-16 LE without BOM', input: new Uint8Array(iconv.encode('General Assembly resolution', 'utf-16le')), text: 'General Assembly resolution', encoding: 'utf-16le' },
    { name: 'Windows-1252 curly quotes and accents', input: new Uint8Array(iconv.encode('the Commission’s “report” in São Paulo', 'windows-1252')), text: 'the Commission’s “report” in São Paulo', encoding: 'windows-1252' },
    { name: 'Latin-1 accents', input: new Uint8Array(iconv.encode('Côte d\'Ivoire and Genève', 'latin1')), text: 'Côte d\'Ivoire and Genève', encoding: 'windows-1252' },
  ];
  it.each(ok)('$name', ({ input, text, encoding }) => {
    expect(decodeBytes(input, 'windows-1252')).toEqual({ ok: true, text, encoding });
  });

  const rejected: { name: string; input: Uint8Array; code: string }[] = [
    { name: 'empty file', input: new Uint8Array(0), code: 'empty' },
    { name: 'only whitespace', input: utf8(' \n\t\n'), code: 'empty' },
    { name: 'NUL bytes', input: bytes(Buffer.from('abc'), [0, 1, 2, 0], Buffer.from('def')), code: 'binary' },
    { name: 'control characters', input: bytes(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x41 : 0x07))), code: 'binary' },
    { name: 'every byte value', input: new Uint8Array(Array.from({ length: 256 }, (_, i) => i)), code: 'binary' },
  ];
  it.each(rejected)('rejects $name', ({ input, code }) => {
    const out = decodeBytes(input, 'windows-1252');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.code).toBe(code);
      expect(out.message.length).toBeGreaterThan(0);
    }
  });
});

describe('honest decoding', () => {
  it('UTF-8 with one bad byte stays UTF-8: the names keep their letters, the byte is noted', () => {
    const good = Buffer.from('Sočanica and Türkiye met in Genève. ', 'utf8');
    const bytes = new Uint8Array(Buffer.concat([good, Buffer.from([0xff]), good]));
    const out = decodeBytes(bytes, 'windows-1252');
    expect(out.ok && out.encoding).toBe('utf-8');
    expect(out.ok && out.text).toBe(`${good.toString('utf8')}\ufffd${good.toString('utf8')}`);
    expect(out.ok && out.notes).toEqual([expect.objectContaining({ ruleId: 'decode/invalid-utf8', at: good.toString('utf8').length })]);
  });

  it('a few NUL bytes in a report are removed and noted, not a reason to reject it', () => {
    const text = 'The Committee met in Bangkok. '.repeat(40);
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(text.slice(0, 100)), Buffer.from([0, 0, 0]), Buffer.from(text.slice(100))]));
    const out = decodeBytes(bytes, 'windows-1252');
    expect(out.ok && out.text).toBe(text);
    expect(out.ok && out.notes?.[0]).toMatchObject({ ruleId: 'decode/nul', note: expect.stringContaining('3 NUL byte(s) removed (at byte 100, 101, 102)') });
  });

  it('a binary file is still rejected', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(decodeBytes(png, 'windows-1252')).toMatchObject({ ok: false, code: 'binary' });
  });
});
