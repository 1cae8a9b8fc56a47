import type { GarbleRule } from './rule.js';

/** rmgarbage V: a word of four letters or more with no vowel, or almost nothing but vowels. */
export const vowels: GarbleRule = {
  id: 'vowels',
  weigh: ({ core }) => {
    if (!/^\p{L}{4,}$/u.test(core) || /^\p{Lu}+s?$/u.test(core)) return 0;
    const v = core.replace(/[^aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûü]/g, '').length;
    if (v === 0) return 0.7;
    return v / core.length > 0.85 ? 0.5 : 0;
  },
};
