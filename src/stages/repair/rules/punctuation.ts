import type { Edit } from '../../../core/types.js';
import { countryNames } from '../../../resources/index.js';
import { ABBREVIATIONS } from '../../../text/abbreviations.js';
import { MONTHS } from '../../../text/months.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** Last words of country names: `Brazil`, `Egypt`, `Korea` end the items of a country list. */
const isCountryEnd = (word: string) => countryNames().lastWords.has(word);
const isCountry = (name: string) => countryNames().names.has(name);
/**
 * Short forms a full stop ends before a lower-case word in older print and letters (`the 8th day
 * of Aug. on which`, `John Noble, Esq. of the India House`): months and forms of address.
 */
const SHORT_FORMS = new Set([...MONTHS.map((m) => m.slice(0, 3)), 'sept', 'esq', 'sec', 'secy', 'messrs', 'hon']);

/**
 * A full stop before a lower-case word is a comma the engine misread: `meeting. on 3 October`.
 * Abbreviations, list letters (`a.`), numbers and web addresses keep their stop.
 */
export function punctuationRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!/^[\p{L}\d][\p{L}\d’'-]*\.$/u.test(t.text)) continue;
    if (/\n/.test(ctx.doc.text.slice(t.end, next.start))) continue;
    // in a list of countries, `Benin. Brazil. Egypt,` is `Benin, Brazil, Egypt,`
    if (isCountryEnd(t.text.slice(0, -1)) && /^\p{Lu}/u.test(next.text) && countryStart(tokens, i + 1)) {
      edits.push({ range: { start: t.end - 1, end: t.end }, text: ',', rule: 'repair/punctuation' });
      continue;
    }
    if (!/^\p{Ll}\p{Ll}[\p{L}’'-]*[.,;:]?$/u.test(next.text)) continue;
    const word = t.text.slice(0, -1);
    if (ABBREVIATIONS.has(word.toLowerCase()) || SHORT_FORMS.has(word.toLowerCase()) || word.length < 3 || /\d/.test(word) && !/^\d{4}$/.test(word)) continue;
    // a heading in capitals ends there (`CIRCULATING LIBRARY. the`)
    if (/^\p{Lu}{2,}$/u.test(word)) continue;
    edits.push({ range: { start: t.end - 1, end: t.end }, text: ',', rule: 'repair/punctuation' });
  }
  return edits;
}

/** Does a country name start at token `i` (one to four words)? */
function countryStart(tokens: RepairContext['tokens'], i: number): boolean {
  for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
    if (isCountry(tokens.slice(i, i + n).map((t) => t.core).join(' '))) return true;
  }
  return false;
}

export const punctuationRule: RepairRule = { id: 'repair/punctuation', apply: punctuationRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/punctuation': true;
  }
}
