import type { Range } from '../../core/types.js';
import { MONTH_WORD } from '../extract-dates/months.js';
import { CONNECTORS, DOCUMENT_HEADS, EVENT_HEADS, ORDINAL, ORG_HEADS, TITLES } from './heads.js';

export interface Word extends Range {
  text: string;
}

let memo: { text: string; words: Word[] } | undefined;

/** The words of the whole text; organisations and events both need them, so the last answer is kept. */
export function wordsOfText(text: string): Word[] {
  if (memo?.text !== text) memo = { text, words: wordsOf(text, 0, text.length) };
  return memo.words;
}

export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}\d][\p{L}\d’'.&-]*[\p{L}\d]|[\p{L}\d]/gu)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const allCaps = (w: string) => /^[\p{Lu}\d&-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
const titleOf = (w: string) => (allCaps(w) ? w[0] + w.slice(1).toLowerCase() : w);
const gap = (text: string, a: Word, b: Word) => text.slice(a.end, b.start);
// Words that start a sentence or a clause, never a name.
const STOP_PREMOD = /^(\d{4}|Recalling|Noting|Welcoming|Recognizing|Recognising|Reaffirming|Emphasizing|Stressing|Acknowledging|Taking|Having|Bearing|Expressing|Underlining|Considering|Including|Following|Concerning|Regarding|During|Requesting|Urging|Encouraging|Inviting|Decides|Requests|Notes|Welcomes|The|THE|A|An|AS|In|IN|At|AT|On|ON|By|BY|For|FOR|Of|OF|And|AND|To|TO|With|As|This|That|Its|Their|His|Her|Both|All|Each|Other|New)$/;

/**
 * Organisation names built around a head noun (`Ministry`, `Committee`, `Programme`): capitalised
 * pre-modifiers (`United Nations Development`), the head, and a complement (`of Justice`, `on
 * Emerging Social Issues`, `for Asia and the Pacific`). Headings in capitals count too. A bare
 * head (`the Committee`) is a common noun, not a name; events, documents and posts are left out.
 */
export function headNounNames(
  text: string, words: Word[], heads: Set<string> = ORG_HEADS, blockers: Set<string>[] = [EVENT_HEADS, DOCUMENT_HEADS],
  /** Does a known name (a curated body) start at this offset? Then a complement stops before it. */
  startsKnownName?: (at: number) => boolean,
): Range[] {
  const out: Range[] = [];
  const blocked = (w: string) => blockers.some((b) => b.has(w));
  for (let h = 0; h < words.length; h++) {
    const head = titleOf(words[h].text);
    if (!heads.has(head) || !isCap(words[h].text)) continue;
    const caps = allCaps(words[h].text);
    const sameCase = (w: string) => (caps ? allCaps(w) : isCap(w) && !allCaps(w) || allCaps(w));
    // pre-modifiers: capitalised words right before the head ("Economic and Social" may join by "and")
    let s = h;
    while (s > 0) {
      const prev = words[s - 1];
      const w = titleOf(prev.text);
      if (gap(text, prev, words[s]) !== ' ') break;
      if (TITLES.has(prev.text) || blocked(w) || heads.has(w) || ORG_HEADS.has(w) || ORDINAL.test(prev.text)) break;
      const before = words[s - 2];
      // "Economic and Social Commission", "Trade and Development Board"; never two names ("United Nations and ...")
      if (/^(and|AND)$/.test(prev.text) && before && sameCase(before.text) && !ORG_HEADS.has(titleOf(before.text)) && !/s$/i.test(before.text) && s !== h) { s -= 2; continue; }
      if (STOP_PREMOD.test(prev.text) || MONTH_WORD.test(prev.text)) break; // "Recalling General Assembly ..."
      if (sameCase(prev.text)) { s--; continue; }
      break;
    }
    // complement: of/on/for/in/at + capitalised words and connectors; commas inside lists of names
    let e = h;
    if (h + 1 < words.length && /^(of|on|for|to|against|in|at|OF|ON|FOR|TO|IN|AT)$/.test(words[h + 1].text) && gap(text, words[h], words[h + 1]) === ' ') {
      let j = h + 1;
      let lastCap = -1;
      while (j < words.length) {
        const g = gap(text, words[j - 1], words[j]);
        const w = words[j].text;
        // a comma only inside a list of names closed by "and": "Economic, Social and Cultural Rights"
        const listed = g === ', ' && sameCase(w) && words.slice(j + 1, j + 4).some((x) => x.text === 'and');
        if (g !== ' ' && !listed) break;
        if (ORDINAL.test(w) || MONTH_WORD.test(w)) break;
        if (blocked(titleOf(w)) && !(DOCUMENT_HEADS.has(titleOf(w)) && CONNECTORS.has(words[j - 1].text.toLowerCase()))) break;
        if (CONNECTORS.has(w.toLowerCase())) {
          if (w !== w.toLowerCase() && !caps) break; // "To", "The" mid-sentence start something else
          // "... Families and the Committee on ...": a second name, not part of this one
          if (/^and$/i.test(w) && /^the$/i.test(words[j + 1]?.text ?? '') && words.slice(j + 2, j + 5).some((x) => heads.has(titleOf(x.text)))) break;
          j++;
          continue;
        }
        const afterConnector = CONNECTORS.has(words[j - 1].text.toLowerCase());
        // a second head that ends the run right after a name word is a new name: "Ministry of Justice
        // Ministry"; one that goes on is part of this name: "of the United Nations Special Programme for ..."
        const goesOn = j + 2 < words.length && /^(of|for|on)$/.test(words[j + 1].text) && gap(text, words[j], words[j + 1]) === ' ';
        if (heads.has(titleOf(w)) && j > h + 1 && !afterConnector && !goesOn) break;
        if (!afterConnector && startsKnownName?.(words[j].start)) break;
        if (sameCase(w) && w.length > 1) lastCap = j;
        else break;
        j++;
      }
      if (lastCap > h) e = lastCap;
    }
    if (s === h && e === h) continue; // a bare head is a common noun
    const span = words.slice(s, e + 1).map((w) => titleOf(w.text));
    if (span.some((w) => blocked(w))) continue;
    if (/\bof Action\b/i.test(text.slice(words[s].start, words[e].end))) continue; // a programme of action is a document
    out.push({ start: words[s].start, end: words[e].end });
    h = e;
  }
  return out;
}
