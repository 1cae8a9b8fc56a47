import { describe, expect, it } from 'vitest';
import { createSegment } from '../../../src/stages/segment/index.js';
import { ctx, docOf } from '../../helpers.js';

const split = (text: string) => {
  const doc = createSegment()(docOf(text), ctx);
  return doc.segments!.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segment', () => {
  const cases: [string, string[]][] = [
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. James C. Ngobi, Deputy Head. He left.', ['Mr. James C. Ngobi, Deputy Head.', 'He left.']],
    ['See para. 3 of the report. Then stop.', ['See para. 3 of the report.', 'Then stop.']],
    ['Title\n\nBody text here. More.', ['Title', 'Body text here.', 'More.']],
    ['in 2008. 2. On 29 December', ['in 2008.', '2. On 29 December']],
    ['e.g. Bangkok and i.e. Seoul.', ['e.g. Bangkok and i.e. Seoul.']],
  ];
  it.each(cases)('%j', (text, expected) => expect(split(text)).toEqual(expected));

  it('rejects unknown options', () => expect(() => createSegment({ abbr: [] } as never)).toThrow(TypeError));
});
