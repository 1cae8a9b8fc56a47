import type { Range } from '../../core/types.js';
import { isEnglishWord } from '../../resources/index.js';
import { capitalWords, type Word } from '../../text/words.js';

/** Heads of names in French, Spanish, Portuguese, Italian and German: the head comes first. */
const FOREIGN_HEADS = new Set([
  'Frente', 'Federación', 'Fédération', 'Federação', 'Fondation', 'Fundación', 'Fundação', 'Fondazione', 'Comité', 'Comisión',
  'Asociación', 'Associação', 'Partido', 'Parti', 'Movimiento', 'Mouvement', 'Organización', 'Confédération', 'Confederación',
  'Instituto', 'Institut', 'Consejo', 'Conseil', 'Centro', 'Banco', 'Banque', 'Agence', 'Agencia', 'Unión', 'Sociedad', 'Société',
  'Gesellschaft', 'Stiftung', 'Bundesministerium', 'Ministère', 'Ministerio', 'Ministério', 'Secretaría', 'Frente',
  // (not `Département`, `Departamento`: in Haiti or Colombia a department is a territory)
  'Dirección', 'Direção', 'Oficina', 'Procuraduría', 'Defensoría',
]);
/** English heads that start a foreign name when a foreign connector follows: `Front de libération ...`. */
const SHARED_HEADS = new Set(['Front', 'Union', 'Institut', 'Association', 'Organisation', 'Mouvement', 'Centre', 'Conseil']);
const FOREIGN_CONNECTORS = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'para', 'con', 'des', 'du', 'et', 'pour', 'le', 'les', 'à', 'au', 'aux', 'en',
  'für', 'und', 'der', 'die', 'das', 'e', 'do', 'da', 'dos', 'das', 'di', 'della', 'per',
]);

const AND = new Set(['y', 'et', 'e', 'und']);
const ARTICLES = new Set(['la', 'el', 'los', 'las', 'le', 'les', 'o', 'a', 'os', 'as', 'die', 'der', 'das']);

/**
 * Names written in another language (`Frente Popular para la Liberación de Saguia el-Hamra y de Rio
 * de Oro`, `Front de libération nationale kanak socialiste`, `Fondation Botnar`): a foreign head,
 * then capitalised words, foreign connectors and lower-case words that are not English, up to
 * punctuation or an English word. `Deutsche Gesellschaft ...` keeps one capitalised word in front.
 */
export function foreignNames(text: string, words: readonly Word[], capitals: ArrayLike<number> = capitalWords(words)): Range[] {
  const out: Range[] = [];
  // every head starts with a capital A-Z: only capitalised words are visited
  for (let i = 0, past = -1; i < capitals.length; i++) {
    const h = capitals[i];
    if (h <= past || h >= words.length - 1) continue;
    const head = words[h].text;
    const c = head.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const next = words[h + 1].text;
    const foreign = FOREIGN_HEADS.has(head) || (SHARED_HEADS.has(head) && /^(de|des|du|del|para|pour|für)$/.test(next));
    if (!foreign) continue;
    let e = h;
    for (let j = h + 1; j < words.length && text.slice(words[j - 1].end, words[j].start) === ' '; j++) {
      const w = words[j].text;
      // "Consejo Nacional Antiterrorista y la Dirección Nacional ...": "and (the)" before a head starts a second name
      if (AND.has(w) && (FOREIGN_HEADS.has(words[j + 1]?.text ?? '') || (ARTICLES.has(words[j + 1]?.text ?? '') && FOREIGN_HEADS.has(words[j + 2]?.text ?? '')))) break;
      // "... para coordinar", "... pour lutter": a verb in the infinitive after "for" says what the body does
      if (/^(para|pour)$/.test(words[j - 1].text) && /^\p{Ll}+(?:ar|er|ir|re)$/u.test(w)) break;
      if (/^\p{Lu}/u.test(w) || (/^\p{Ll}/u.test(w) && !isEnglishWord(w))) e = j;
      else if (!FOREIGN_CONNECTORS.has(w)) break;
    }
    if (e === h) continue; // a bare head
    let s = h;
    const prev = words[h - 1];
    if (prev && text.slice(prev.end, words[h].start) === ' ' && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !isEnglishWord(prev.text)) s = h - 1;
    out.push({ start: words[s].start, end: words[e].end });
    past = e;
  }
  return out;
}

/** `Hezb-i-Wahdat`, `Jamiat-i-Islami`, `Hezb-e-Islami`: Dari and Pashto party names joined by -i- or -e-. */
export function compoundPartyNames(
  text: string, words: readonly Word[], isPlace: (name: string) => boolean, capitals: ArrayLike<number> = capitalWords(words),
): Range[] {
  // such a name starts with a capital: only capitalised words are read
  return Array.from(capitals, (i) => words[i])
    .filter((w) => w.text.length > 6 && (w.text.includes('-i-') || w.text.includes('-e-')))
    .filter((w) => /^\p{Lu}\p{Ll}+-[ie]-\p{Lu}\p{Ll}+$/u.test(w.text) && !isPlace(w.text))
    // "in Mazar-i-Sharif": a place the gazetteer spells another way
    .filter((w) => !/\b(?:in|at|to|from|near|of|around|towards)\s+$/.test(text.slice(Math.max(0, w.start - 12), w.start)))
    .map((w) => ({ start: w.start, end: w.end }));
}
