import { firstAfter } from '../../text/search.js';
import { isEnglishWord } from '../../resources/index.js';
import { isForeignFunctionWord } from '../../text/foreign.js';
import type { Range } from '../../core/types.js';
import type { Word } from '../../text/words.js';

const SMALL = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to', 'de', 'du', 'des', 'la', 'against', 'with']);

/** Do the acronym's letters follow the initials of the name's words, in order? */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
  if (letters.length < 2) return false;
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  // every letter found in order, and the acronym covers most of the name's words
  return i === letters.length && letters.length >= Math.ceil(initials.length * 0.5);
}

export interface Definition {
  name: Range;
  acronym: Range;
}

/**
 * `Economic and Social Commission for Asia and the Pacific (ESCAP)`: a name followed by its
 * acronym in brackets. The name is the longest run of words before the bracket that the
 * acronym's letters fit.
 */
export function acronymDefinitions(text: string, words: readonly Word[]): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(/\(([\p{Lu}][\p{Lu}\p{Ll}&-]{1,11})\)/gu)) {
    const acronym = m[1];
    if (!/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    // the last 14 words before the bracket, found by binary search over the sorted words
    const lo = firstAfter(words, m.index, (w) => w.end);
    const before = words.slice(Math.max(0, lo - 14), lo);
    let best: Range | undefined;
    for (let s = before.length - 1; s >= 0; s--) {
      if (!/^\p{Lu}/u.test(before[s].text) || /^(The|A|An|In|On|At|For|Of|By|To)$/.test(before[s].text)) continue;
      // the acronym itself before its name (`GARR According to the Groupe d’Appui ... (GARR)`) starts no name
      if (before[s].text === acronym) continue;
      // an acronym, or any word, then a lower-case English word that joins nothing is a clause
      // (`CAB invited the Committee for Road Transport (CRT)`, `Peru is not allowing the International ...`);
      // a name in French or Spanish keeps its lower-case words (`Dynamique des groupes ...`)
      const next = before[s + 1];
      const startsWithAcronym = /^\p{Lu}{2,}$/u.test(before[s].text);
      if (next && /^\p{Ll}/u.test(next.text) && !SMALL.has(next.text) && (startsWithAcronym || (isEnglishWord(next.text) && !isForeignFunctionWord(next.text)))) continue;
      // an acronym then `and` lists two bodies (`UNDP and the Office of ... (OHCHR)`)
      if (next?.text === 'and' && startsWithAcronym) continue;
      const name = text.slice(before[s].start, before[before.length - 1].end);
      // (", the" starts the next item of a list: "... Rights of Indigenous Peoples, the International Labour Organization (ILO)")
      if (/[.;:()]|, (?:the|a|an) /i.test(name)) break;
      // a name starts with the acronym's first letter: not "The eighty-first session of the ... (ESCAP)";
      // "United Nations" may stand before it: "United Nations Economic and Social Commission ... (ESCAP)"
      const lead = /^United Nations /.test(name) && s + 2 < before.length ? before[s + 2].text[0] : before[s].text[0];
      if ((before[s].text[0] === acronym[0] || lead === acronym[0]) && acronymFits(acronym, name)) best = { start: before[s].start, end: before[before.length - 1].end };
    }
    if (best) out.push({ name: best, acronym: { start: m.index + 1, end: m.index + 1 + acronym.length } });
  }
  return out;
}
