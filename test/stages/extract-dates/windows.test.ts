import { describe, expect, it } from 'vitest';
import { createExtractDates } from '../../../src/stages/extract-dates/index.js';
import { dateWindows } from '../../../src/stages/extract-dates/windows.js';
import { ctx, docOf, entities } from '../../helpers.js';

const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i % 7}`).join(' ');

describe('dateWindows', () => {
  it.each([
    ['a year', `${filler(80)} in 2024 ${filler(80)}`],
    ['a month name', `${filler(80)} on 3 March ${filler(80)}`],
    ['an abbreviated month', `${filler(80)} on Oct. 4 ${filler(80)}`],
  ])('holds %s with its reach, starting and ending at white space', (_, text) => {
    const windows = dateWindows(text);
    expect(windows).toHaveLength(1);
    const [w] = windows;
    expect(w.start === 0 || /\s/.test(text[w.start - 1])).toBe(true);
    expect(w.end === text.length || /\s/.test(text[w.end])).toBe(true);
    // far from the anchor, the text is left out
    expect(w.start).toBeGreaterThan(0);
    expect(w.end).toBeLessThan(text.length);
    expect(text.slice(w.start, w.end)).toMatch(/2024|March|Oct\./);
  });

  it('merges anchors whose reaches overlap, and keeps far ones apart', () => {
    expect(dateWindows(`${filler(5)} 2024 and 2025 ${filler(5)}`)).toHaveLength(1);
    expect(dateWindows(`In 2024 ${filler(120)} in 2025.`)).toHaveLength(2);
  });

  it('finds nothing without a year or a month', () => {
    expect(dateWindows(`${filler(100)} on the 4th, the 12 members and 300 delegates.`)).toEqual([]);
  });
});

describe('dates read by windows keep their place in the paragraph', () => {
  const extract = createExtractDates();
  it('reads a list of days before its month, far into a long paragraph', () => {
    const text = `In 2020 ${filler(150)} it met on 6, 8, 9, 10, 13 and 27 October 2021 ${filler(60)}`;
    const found = entities(extract(docOf(text), ctx), 'dates');
    expect(found.map((d) => d.value)).toEqual(['2020', '2021-10-06', '2021-10-08', '2021-10-09', '2021-10-10', '2021-10-13', '2021-10-27']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
