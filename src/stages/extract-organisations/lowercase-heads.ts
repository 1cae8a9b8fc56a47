import type { Range } from '../../core/types.js';
import { isEnglishWord } from '../../resources/index.js';

// Capitalised words that are not English and not a place, then a lower-case head: `the Waddani
// party`, `the Dhulbahante clan militia`. English words in front (`the Labour party`, `a third
// party`, `the Government militia`) are left to the capitalised heads: too often not a name.
const HEAD = /\b(?:party|militia|militias)\b/g;
const NAME_BEFORE = /\b(?:the|of|by|and|with) ((?:\p{Lu}[\p{Ll}-]+ ){1,3})((?:clan |armed )?)$/u;

/** Names whose head stays in lower case after a proper name. */
export function lowercaseHeadNames(text: string, isPlace: (name: string) => boolean): Range[] {
  const out: Range[] = [];
  // find the rare heads first, then look back: one pass over the text, not a lookbehind at every offset
  for (const h of text.matchAll(HEAD)) {
    const before = text.slice(Math.max(0, h.index - 80), h.index);
    const m = NAME_BEFORE.exec(before);
    if (!m) continue;
    const name = m[1].trim();
    if (name.split(' ').some((w) => isEnglishWord(w) || isPlace(w)) || isPlace(name)) continue;
    const start = h.index - m[1].length - m[2].length;
    out.push({ start, end: h.index + h[0].length });
  }
  return out;
}

/**
 * `the secretariat of the United Nations Framework Convention on Climate Change`, `Conference of the
 * Parties to the ...`: a treaty's secretariat and its governing body are bodies; the treaty is not.
 * Where an acronym follows (`... to Combat Desertification (UNCCD)`), the text names the
 * convention itself as the body, and the acronym link keeps it.
 */
export function treatyBodies(text: string, treaties: Range[]): Range[] {
  const out: Range[] = [];
  for (const t of treaties) {
    if (/^ \(\p{Lu}{2,}\)/u.test(text.slice(t.end, t.end + 12))) continue;
    const before = /(?:\bsecretariat of|\bConference of the Parties to) (?:the )?$/.exec(text.slice(Math.max(0, t.start - 40), t.start));
    if (before) out.push({ start: t.start - before[0].length, end: t.end });
  }
  return out;
}
