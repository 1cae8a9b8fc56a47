import type { GarbleRule } from './rule.js';
import { caseParts } from '../../../text/words.js';

// Name prefixes and plural acronyms where a case change inside the word is normal.
const ALLOWED = /^(Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’]|d['’]|l['’]|al-|el-)\p{Lu}|^\p{Lu}+s$|^\p{Lu}+['’]s$/u;

/** rmgarbage U: lower case followed by upper case inside a word (`oyGf`, `aE`). */
export const mixedCase: GarbleRule = {
  id: 'mixed-case',
  weigh: ({ core }, ctx) => {
    if (ALLOWED.test(core)) return 0;
    // CamelCase made of real words or acronyms (`RoadTracker`, `eISBN`) is a name, not noise.
    const parts = caseParts(core);
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}{2,}$/u.test(p) || p.length <= 1 || ctx.knowledge.isKnown(p))) return 0;
    const changes = core.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
    return changes === 0 ? 0 : changes === 1 ? 0.55 : 0.75;
  },
};
