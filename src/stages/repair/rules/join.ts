import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { Token } from '../../../text/tokens.js';
import type { RepairRule } from '../rule.js';
import { isAllLetters, isLowerLetter, leadingLetters } from '../../../text/chars.js';
import { toSource } from '../../../core/offset-map.js';

const MIN_JOIN_FREQ = 50;
/** A word this common is never half of a broken word (`Holl and`, `B and`). */
const COMMON_WORD_FREQ = 500;
/** A split-off shard may also make a rarer word of the spelling list, if it is this long (`eradication`). */
const RARE_JOIN_LENGTH = 7;

/** Is there a blank line in the original between two tokens? */
function acrossBlankLine(ctx: RepairContext, a: Token, b: Token): boolean {
  const gap = toSource(ctx.doc.map, { start: a.end, end: b.start });
  return /\n[ \t\f]*\n/.test(ctx.doc.original.slice(gap.start, gap.end));
}

/** Words broken by a stray space: `sess ion` -> `session`, when the halves are not both words. */
export function joinRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  // (the lexicon is asked for only where a join is in question: it loads on first use)
  const { tokens, knowledge } = ctx;
  const unknownWord = (t: Token | undefined) => !!t && isAllLetters(t.core) && !knowledge.isKnown(t.core);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.end + 1 !== b.start || b.coreStart !== b.start || a.core !== a.text || !isLowerLetter(b.core[0]) || !isAllLetters(a.core)) continue;
    // a blank line between them as printed (the reflow joined the lines a page or a column broke):
    // print never breaks a word there without a hyphen, so the two are words of their own
    if (acrossBlankLine(ctx, a, b)) continue;
    const bWord = b.core.slice(0, leadingLetters(b.core));
    const aKnown = knowledge.isKnown(a.core);
    const bKnown = knowledge.isKnown(bWord);
    if (aKnown && bKnown) continue;
    // a capitalised word split in two (`Hum anitarian`) when neither half is a word or a name the
    // document writes, and the halves make a common word: a name's halves are not both shreds
    if (/^\p{Lu}/u.test(a.core)) {
      // a word's last letters split off where the document writes it whole, twice or more (`Age ing`, `Ageing`)
      if (aKnown && !bKnown && b.core === bWord && /^\p{Ll}{2,3}$/u.test(bWord) && ctx.docNames.has(a.core + bWord)) {
        edits.push({ range: { start: a.start, end: b.start + bWord.length }, text: a.core + bWord, rule: 'repair/join' });
        i++;
        continue;
      }
      if (aKnown || bKnown || b.core !== bWord || !/^\p{Lu}\p{Ll}+$/u.test(a.core) || !/^\p{Ll}+$/u.test(bWord) || ctx.docNames.has(a.core)) continue;
      // by general English alone: a noisy batch repeats its own shreds
      if (knowledge.listFrequency(a.core + bWord) < MIN_JOIN_FREQ) continue;
      if (unknownWord(tokens[i - 1]) && unknownWord(tokens[i + 2])) continue;
      edits.push({ range: { start: a.start, end: b.start + bWord.length }, text: a.core + bWord, rule: 'repair/join' });
      i++;
      continue;
    }
    // a word's last letters or first letter split off (`eradicati on`, `includin g`, `c ountries`)
    // (`a` and `I` are words, not shards: `a rson` is `a person` misread, not `arson`)
    const word = (w: string) => /^[aAI]$/.test(w);
    const shard = b.core === bWord && ((!aKnown && a.core.length >= 3 && bWord.length <= 3 && !word(bWord)) || (a.core.length === 1 && !word(a.core) && !bKnown));
    // otherwise a name or a common word is never half of a broken word (`Holl and`, `B and`)
    if (!shard && ((ctx.lexicon.get(bWord)?.freq ?? 0) >= COMMON_WORD_FREQ || (ctx.lexicon.get(a.core)?.freq ?? 0) >= COMMON_WORD_FREQ)) continue;
    const joined = ctx.lexicon.get(a.core + bWord);
    // lower-case pieces make a word, not a name (`eut in` is no `Eutin`)
    if (!joined || /^\p{Lu}/u.test(joined.form)) continue;
    if (joined.freq < MIN_JOIN_FREQ && !(shard && a.core.length + bWord.length >= RARE_JOIN_LENGTH && knowledge.isLexical(a.core + bWord))) continue;
    // inside a garbled run (`comriauied te ase tn`) two shreds are as likely two misread words
    if (unknownWord(tokens[i - 1]) && unknownWord(tokens[i + 2])) continue;
    // the whole pair is the edit, so the log reads `sess ion` -> `session`, not a lone space
    edits.push({ range: { start: a.start, end: b.start + bWord.length }, text: a.core + bWord, rule: 'repair/join' });
    i++;
  }
  return edits;
}

export const joinRule: RepairRule = { id: 'repair/join', bornDigital: true, apply: joinRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/join': true;
  }
}
