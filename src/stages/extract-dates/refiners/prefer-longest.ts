import type { ParsingResult, Refiner } from 'chrono-node';

/** Where results overlap, the longest wins: `12 to 14 December 2006` over `2006` alone. */
export const preferLongestRefiner: Refiner = {
  refine: (_ctx, results) => {
    const sorted = [...results].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const end = r.index + r.text.length;
      if (kept.some((k) => r.index < k.index + k.text.length && k.index < end)) continue;
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
