import type { Edit } from '../../../../core/types.js';
import type { RepairContext } from '../../context.js';

/** A word this common in the frequency list is no name. */
const COMMON_WORD = 1000;

/** `4The` `aTransforming` -> `“…`; `fertilitya` `Developmenta,` -> `…”`; `Peopleds` -> `People’s`. */
export function quoteEdits(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  // a word with lower-case letters that the lexicon knows: acronyms (`ADB`) are left alone
  const known = (w: string) => w.length >= 3 && /\p{Ll}/u.test(w) && ctx.knowledge.isKnown(w);
  // an acronym the document writes on its own too (`UNCTAD&s` -> `UNCTAD’s`)
  const acronym = (w: string) => /^\p{Lu}{2,10}s?$/u.test(w) && new RegExp(`\\b${w}\\b(?![&’'A-Za-z])`).test(ctx.doc.text);
  let openAt = -Infinity; // token index of the last opening quote seen
  ctx.tokens.forEach((t, i) => {
    const core = t.core;
    if (t.text.startsWith('“')) openAt = i;
    if (t.text.includes('”')) openAt = -Infinity;
    // the lexicon, not the batch: an engine repeats its misreadings in every report (`Committeeds`)
    // (a misread possessive may pass for a plural: `Peopleds` as if of `peopled`)
    const poss = /^(\p{L}+?)(ds|as|As|&s|&as|&As|&4s|4s)$/u.exec(core);
    // (`aThematic` is no `athematic`: a capital after the first letter is the mark's doing)
    const marked = /^[aA4]\p{Lu}\p{Ll}/u.test(core);
    if (!marked && ctx.knowledge.isLexical(core) && !(poss && !ctx.knowledge.english.has(core.toLowerCase()))) return;
    // a 4 glued to a capitalised word is an opening quote whatever the word: `4Somalilanda`
    const named = /^4(\p{Lu}\p{Ll}{2,}?)([aA4])?$/u.exec(core);
    if (named && !known(core.slice(1))) {
      edits.push({ range: { start: t.coreStart, end: t.coreStart + 1 }, text: '“', rule: 'repair/ocr-mojibake' });
      if (named[2] && !known(named[1] + named[2])) {
        edits.push({ range: { start: t.coreStart + core.length - 1, end: t.coreStart + core.length }, text: '”', rule: 'repair/ocr-mojibake' });
      } else openAt = i;
      return;
    }
    const open = /^(4|[aA](?=\p{Lu}))(\p{L}[\p{L}’'-]*)$/u.exec(core);
    // (a capitalised word of four letters or more glued to the mark may be a name or a new word: `aRoadmap`)
    if (open && (known(open[2]) || /^\p{Lu}\p{Ll}{3,}/u.test(open[2])) && /\p{Ll}{2}/u.test(open[2])) {
      edits.push({ range: { start: t.coreStart, end: t.coreStart + 1 }, text: '“', rule: 'repair/ocr-mojibake' });
      openAt = i;
      return;
    }
    // not after a plural (`servicesas follows` is a lost space), and `Valas` is a name, not `Val’s`
    // (`Peopleas` is `People’s`: a common word is no name)
    const nameLike = /^\p{Lu}\p{Ll}/u.test(core) && /^[aA]s$/.test(poss?.[2] ?? '') && ctx.knowledge.listFrequency(poss![1]) < COMMON_WORD;
    if (poss && !/s$/.test(poss[1]) && !nameLike && (known(poss[1]) || acronym(poss[1]))) {
      edits.push({ range: { start: t.coreStart + poss[1].length, end: t.coreStart + core.length }, text: '’s', rule: 'repair/ocr-mojibake' });
      return;
    }
    // a closing quote only closes an opening one a little before it (`SDG4` is Goal 4, not `SDG”`)
    const close = /^(\p{L}[\p{L}’'-]*?)([aA4])$/u.exec(core);
    if (close && i - openAt <= 25 && (known(close[1]) || (acronym(close[1]) && close[2] !== '4')) && close[1].length >= 3) {
      edits.push({ range: { start: t.coreStart + close[1].length, end: t.coreStart + core.length }, text: '”', rule: 'repair/ocr-mojibake' });
      openAt = -Infinity;
      return;
    }
    // with no quote open, a plural and that mark is a possessive: `shippersa` -> `shippers’`
    const plural = /^(\p{Ll}[\p{L}-]*s)(ad|a)$/u.exec(core);
    if (plural && known(plural[1]) && plural[1].length >= 4) {
      edits.push({ range: { start: t.coreStart + plural[1].length, end: t.coreStart + core.length }, text: '’', rule: 'repair/ocr-mojibake' });
    }
  });
  return edits;
}
