import type { Range } from '../../../core/types.js';
import { firstAfter } from '../../../text/search.js';

/**
 * What may stand between a meeting's name and the date or place it was held, other dates and
 * places taken out (as `DATE` and `PLACE`): nothing or a comma (`Conference on Population, Cairo,
 * 5-13 September 1994`; a header's `session Geneva, 7 October`), an acronym in brackets, a verb of
 * holding (`, which was held in`, `was scheduled to be held on`, `scheduled for`, `to be held
 * from`), a host (`, organized by ... ,`), a building (`at the United Nations Headquarters in`)
 * and a preposition. Anything else (a clause about a country, a delegate, a resolution of another
 * year, the next sentence) means the date or place is not the meeting's.
 */
const MEETING_GAP = new RegExp([
  '^(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d-]*\\))?,?\\s*',
  '(?:(?:which|that|and)\\s+)?(?:(?:was|were|will\\s+be|is|are|to\\s+be|being|has\\s+been|had\\s+been)\\s+)?(?:also\\s+)?',
  '(?:(?:scheduled|planned|expected|due|set)\\s+(?:to\\s+be\\s+|for\\s+))?',
  '(?:(?:organized|organised|co-organized|co-hosted|hosted|convened)\\s+by\\s+[^.;]{1,120}?,?\\s*',
  '|(?:held|convened|hosted|organized|organised|took\\s+place|takes\\s+place|taking\\s+place|to\\s+take\\s+place)\\s*)?',
  // dates, places and buildings, in any order; a city the gazetteer lacks names itself before
  // its country (`at Marrakesh, PLACE`)
  '(?:(?:(?:on|from|in|between|for|at)?\\s*\\(?\\s*(?:\\p{Lu}[\\p{L}\'’-]+(?:\\s\\p{Lu}[\\p{L}\'’-]+)?,\\s*(?=PLACE))?(?:DATE|PLACE)\\s*\\)?\\s*,?\\s*)',
  '|(?:at\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}’\'-]*\\s+(?:of\\s+(?:the\\s+)?)?){1,6}))*',
  '(?:in|at|on|from|between|during|of)?\\s*\\(?\\s*(?:(?:early|late|mid)\\s*-?\\s*)?$',
].join(''), 'u');
/** Past this length a gap holds a clause of its own, whatever its words. */
const MAX_GAP = 200;

/** The ranges of `xs` (sorted by start) that lie within [from, to): found by halving, not by a pass over all. */
function within<T extends Range>(xs: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = firstAfter(xs, from - 1, (x) => x.start); k < xs.length && xs[k].start < to; k++) if (xs[k].end <= to) out.push(xs[k]);
  return out;
}

/**
 * Do the words from a meeting's name (ending at `from`) to the date or place starting at `to`
 * introduce it as where or when the meeting was held? `dates` and `places` are the document's,
 * each sorted by start: those inside the gap stand for themselves.
 */
export function introducesMeetingDetail(text: string, from: number, to: number, dates: readonly Range[], places: readonly Range[]): boolean {
  if (to - from > MAX_GAP * 2) return false;
  // (a date before a place where both start at once, as a stable sort of dates then places gives)
  const inside = [...within(dates, from, to).map((d) => ({ d, mark: 'DATE' })), ...within(places, from, to).map((d) => ({ d, mark: 'PLACE' }))]
    .sort((a, b) => a.d.start - b.d.start);
  let plain = '';
  let at = from;
  for (const { d, mark } of inside) {
    if (d.start < at) continue;
    plain += `${text.slice(at, d.start)}${mark}`;
    at = d.end;
  }
  plain += text.slice(at, to);
  return plain.length <= MAX_GAP && MEETING_GAP.test(plain.replace(/\s+/g, ' '));
}
