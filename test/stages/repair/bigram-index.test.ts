import { describe, expect, it } from 'vitest';
import { BigramIndex } from '../../../src/stages/repair/bigram-index.js';

const index = new BigramIndex(['assembly', 'committee', 'territories', 'resembling', 'cat']);
const found = (w: string, share = 0.4, gap = 3) => index.near(w, share, gap, 10).map((i) => index.words[i]);

describe('BigramIndex', () => {
  it('finds a badly scanned word by the letter pairs it keeps', () => {
    expect(found('asvetubly')[0]).toBe('assembly');
    expect(found('leriiteries')[0]).toBe('territories');
  });
  it('leaves out words of another length and words sharing too little', () => {
    expect(found('asvetubly', 0.4, 0)).toEqual([]);
    expect(found('zzzzqq')).toEqual([]);
  });
  it('ranks by pairs shared and keeps at most the limit', () => {
    expect(index.near('assembling', 0.2, 5, 1).map((i) => index.words[i])).toEqual(['resembling']);
  });
});
