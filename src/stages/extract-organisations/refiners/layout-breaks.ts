import type { OrgRefiner } from '../state.js';

/** A blank line the layout put inside a sentence, with no stop before it. */
const BLANK_LINE = /^[ \t]*\n[ \t]*\n\s*/;
/** A blank line right before a name, and the line before it ending on a word (no stop). */
const BLANK_BEFORE = /[\p{L}\p{N}][ \t]*\n[ \t]*\n\s*$/u;
/** How many words across the blank line may finish a name (or start it). */
const MOST_WORDS = 8;

/**
 * `Department of Global` / blank line / `Communications to enhance ...`: raw PDF text may break a
 * sentence with a blank line, and a name found before it ends there. Where the name and the words
 * after the line make a name the document writes elsewhere, and the cut form is no name the document
 * uses on its own (nor a curated body's), the mention runs on to the end of the whole name. So
 * too for a name found after the line whose first words end the line before (`the Libyan` / blank
 * line / `National Army`): the mention starts where the whole name does.
 */
export const layoutBreakRefiner: OrgRefiner = {
  id: 'extract-organisations/layout-breaks',
  refine: (s) => {
    const { text } = s;
    const cutMentions = s.mentions.flatMap((m) => {
      const blank = BLANK_LINE.exec(text.slice(m.range.end, m.range.end + 40));
      return blank ? [{ m, blank: blank[0] }] : [];
    });
    // (`Libyan` / blank line / `National Army`: the line cut the name's first words off)
    const headless = s.mentions.filter((m) => BLANK_BEFORE.test(text.slice(Math.max(0, m.range.start - 40), m.range.start)));
    if (!cutMentions.length && !headless.length) return; // most documents: no name meets a blank line
    const uses = new Map<string, number>();
    for (const m of s.mentions) {
      const k = s.key(text.slice(m.range.start, m.range.end));
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
    /** A cut form that is a name of its own: the document uses it more than once, or it is a curated body's. */
    const ownName = (cut: string) => (uses.get(cut) ?? 0) > 1 || s.catalogue.lowerNames.has(cut);
    for (const { m, blank } of cutMentions) {
      const cut = s.key(text.slice(m.range.start, m.range.end));
      if (ownName(cut)) continue;
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
    for (const m of headless) {
      const cut = s.key(text.slice(m.range.start, m.range.end));
      if (ownName(cut)) continue;
      let lineEnd = m.range.start; // where the line before the blank one ends
      while (lineEnd > 0 && /\s/.test(text[lineEnd - 1])) lineEnd--;
      const from = Math.max(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd - 200);
      const before = text.slice(from, lineEnd);
      const words = [...before.matchAll(/[^\s,;:.()]+/g)].slice(-MOST_WORDS);
      for (const w of words) { // the longest run of the line's last words first
        const whole = s.byName.get(s.key(`${before.slice(w.index)} ${text.slice(m.range.start, m.range.end)}`));
        if (!whole) continue;
        m.range = { start: from + w.index!, end: m.range.end };
        m.org = whole;
        break;
      }
    }
  },
};
