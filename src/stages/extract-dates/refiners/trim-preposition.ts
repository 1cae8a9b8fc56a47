import type { Refiner } from 'chrono-node';

const LEADING = /^(?:on|from|of|in|since|by|until|between|at|during|before|after|through)\s+/i;

/** `on 10 July 2007` -> `10 July 2007`: the entity is the date, as the guidelines write it. */
export const trimPrepositionRefiner: Refiner = {
  refine: (_ctx, results) => {
    for (const r of results) {
      const m = LEADING.exec(r.text);
      if (m && m[0].length < r.text.length) {
        r.index += m[0].length;
        r.text = r.text.slice(m[0].length);
      }
    }
    return results;
  },
};
