import type { Edit } from '../../../core/types.js';
import { countries } from '../../../gazetteer/countries.js';
import type { RepairContext } from '../context.js';

let countryWords: Set<string> | undefined;
let countryNames: Set<string> | undefined;
/** Last words of country names: `Brazil`, `Egypt`, `Korea` end the items of a country list. */
function isCountryEnd(word: string): boolean {
  countryWords ??= new Set(countries().flatMap((c) => c.variants.map((v) => v.split(/\s+/).pop()!)));
  return countryWords.has(word);
}
function isCountry(name: string): boolean {
  countryNames ??= new Set(countries().flatMap((c) => c.variants));
  return countryNames.has(name);
}

const ABBREVIATIONS = new Set(['etc', 'al', 'seq', 'para', 'paras', 'approx', 'vol', 'art', 'cit', 'ibid', 'resp', 'incl', 'inc', 'nos', 'add', 'corr', 'rev', 'e.g', 'i.e', 'a.i', 'viz', 'cf', 'op', 'no', 'mr', 'mrs', 'ms', 'dr']);

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
    if (!/^\p{Ll}{2,}[\p{L}’'-]*[.,;:]?$/u.test(next.text)) continue;
    const word = t.text.slice(0, -1);
    if (ABBREVIATIONS.has(word.toLowerCase()) || word.length < 3 || /\d/.test(word) && !/^\d{4}$/.test(word)) continue;
    if (/\n/.test(ctx.doc.text.slice(t.end, next.start))) continue;
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
