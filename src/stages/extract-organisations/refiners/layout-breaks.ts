import type { OrgRefiner } from '../state.js';

/** A blank line the layout put inside a sentence, with no stop before it. */
const BLANK_LINE = /^[ \t]*\n[ \t]*\n\s*/;
/** How many words after the blank line may finish a name. */
const MOST_WORDS = 8;

/**
 * `Department of Global` / blank line / `Communications to enhance ...`: raw PDF text may break a
 * sentence with a blank line, and a name found before it ends there. Where the name and the words
 * after the line make a name the document writes elsewhere, and the cut form is no name the document
 * uses on its own (nor a curated body's), the mention runs on to the end of the whole name.
 */
export const layoutBreakRefiner: OrgRefiner = {
  id: 'extract-organisations/layout-breaks',
  refine: (s) => {
    const { text } = s;
    const cutMentions = s.mentions.flatMap((m) => {
      const blank = BLANK_LINE.exec(text.slice(m.range.end, m.range.end + 40));
      return blank ? [{ m, blank: blank[0] }] : [];
    });
    if (!cutMentions.length) return; // most documents: no name stops at a blank line
    const uses = new Map<string, number>();
    for (const m of s.mentions) {
      const k = s.key(text.slice(m.range.start, m.range.end));
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
    for (const { m, blank } of cutMentions) {
      const cut = s.key(text.slice(m.range.start, m.range.end));
      if ((uses.get(cut) ?? 0) > 1 || s.catalogue.lowerNames.has(cut)) continue;
      const after = m.range.end + blank.length;
      const words = [...text.slice(after, after + 200).matchAll(/[^\s,;:.()]+/g)].slice(0, MOST_WORDS);
      for (let k = words.length; k > 0; k--) {
        const end = after + words[k - 1].index! + words[k - 1][0].length;
        const whole = s.byName.get(s.key(`${cut} ${text.slice(after, end)}`));
        if (!whole) continue;
        m.range = { start: m.range.start, end };
        m.org = whole;
        break;
      }
    }
  },
};
