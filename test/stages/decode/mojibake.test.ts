import { describe, expect, it } from 'vitest';
import { createDecode } from '../../../src/stages/decode/index.js';
import { mojibakeEdits } from '../../../src/stages/decode/mojibake.js';
import { createDoc } from '../../../src/core/doc.js';
import { ctx } from '../../helpers.js';

const apply = (text: string) => {
  let out = '';
  let pos = 0;
  for (const e of mojibakeEdits(text)) {
    out += text.slice(pos, e.range.start) + e.text;
    pos = e.range.end;
  }
  return out + text.slice(pos);
};

describe('mojibake repair', () => {
  const fixed: [string, string][] = [
    ['Commissionâ€™s', 'Commission’s'],
    ['SÃ£o Paulo', 'São Paulo'],
    ['Ã©tÃ© and GenÃ¨ve', 'été and Genève'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['2006â€“2007', '2006–2007'],
    ['CÃ´te dâ€™Ivoire', 'Côte d’Ivoire'],
    ['Â£5', '£5'],
  ];
  it.each(fixed)('%s -> %s', (input, expected) => expect(apply(input)).toBe(expected));

  // Text that only looks like mojibake must stay as it is.
  const untouched = ['São Paulo', 'Genève', 'Ã alone', 'naïve café', 'ÂÂÂ', 'Ü-bahn', 'PÃ', 'Ã'];
  it.each(untouched)('leaves %s alone', (input) => expect(apply(input)).toBe(input));

  it('the decode stage logs each repair against the decoded original', () => {
    const bytes = new Uint8Array(Buffer.from('the Commissionâ€™s report', 'utf8'));
    const doc = createDecode()(createDoc({ id: 'm', path: 'm.txt', bytes, sha256: '0'.repeat(64) }), ctx);
    expect(doc.text).toBe('the Commission’s report');
    expect(doc.edits).toHaveLength(1);
    expect(doc.original.slice(doc.edits[0].source.start, doc.edits[0].source.end)).toBe('â€™');
    expect(doc.edits[0].rules).toEqual(['decode/mojibake']);
  });

  it('misconfiguration is a TypeError', () => {
    expect(() => createDecode({ fallbackEncoding: 'no-such-encoding' })).toThrow(TypeError);
    expect(() => createDecode({ bogus: true } as never)).toThrow(TypeError);
  });
});
