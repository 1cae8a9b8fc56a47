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

describe('what a window is parsed with', () => {
  it.each([
    ['a year alone', 'It was founded in 2019 by the members.', false],
    ['a month name', 'It met on 3 March 2019 in Bangkok.', true],
    ['a month glued to its day, which holds no anchor of its own', 'by 31October 2026, when the mission ends', true],
  ])('marks whether the window names a month: %s', (_, text, months) => {
    expect(dateWindows(text).map((w) => w.months)).toEqual([months]);
  });

  const extract = createExtractDates();
  it.each([
    ['a month glued to its day, in a window found by its year', 'by 31October 2026, when the work would conclude', ['2026-10-31']],
    ['years alone, read by the year parsers', 'between 2010 and 2015, and again in 2019', ['2010/2015', '2019']],
  ])('reads %s', (_, text, values) => {
    expect(entities(extract(docOf(text), ctx), 'dates').map((d) => d.value)).toEqual(values);
  });

  it('lets the symbol refiner see an open symbol list that starts further back than the window', () => {
    const text = `Recalled in ${filler(40)} (A/AC.109/L.55 and the reports listed in the annex to the note by the Secretary-General, 2019).`;
    expect(entities(extract(docOf(text), ctx), 'dates').map((d) => d.value)).toEqual([]);
  });
});

describe('a list of days reaches back past the window margin', () => {
  const extract = createExtractDates();
  it('reads every day of a long list before its month', () => {
    const days = Array.from({ length: 29 }, (_, i) => i + 1);
    const text = `${filler(40)} it met on ${days.slice(0, -1).join(', ')} and ${days.at(-1)} November 2021 ${filler(20)}`;
    const found = entities(extract(docOf(text), ctx), 'dates');
    // (the last two, joined by "and", are one sitting of two days)
    const day = (d: number) => `2021-11-${String(d).padStart(2, '0')}`;
    expect(found.map((d) => d.value)).toEqual([...days.slice(0, -2).map(day), `${day(28)}/${day(29)}`]);
  });
});
