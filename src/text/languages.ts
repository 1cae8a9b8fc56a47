import { franc } from 'franc-min';
import type { Range } from '../core/types.js';
import { paragraphs } from './sentences.js';

/** The languages UN reports quote besides English (ISO 639-3, as franc names them). */
const LANGUAGES = ['eng', 'spa', 'fra', 'por', 'deu', 'ita'];
/** Shorter paragraphs say too little for a trigram model: they take the document's language. */
const MIN_LETTERS = 40;

export interface LanguageSpan extends Range {
  /** ISO 639-3 code (`spa`, `fra`, ...). */
  lang: string;
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * Paragraphs written in another language than English, by franc's trigram model restricted to
 * the languages UN documents quote (a noisy English scan still reads as English). Paragraphs too
 * short to judge take the language most of the document is in. Written for whole passages (a
 * Spanish letter, a French annex); a foreign name inside an English sentence is left to the
 * word rules' own foreign-phrase test.
 */
export function foreignPassages(text: string): LanguageSpan[] {
  const paras = paragraphs(text).map((p) => {
    const body = text.slice(p.start, p.end);
    const n = letters(body);
    return { ...p, n, lang: n >= MIN_LETTERS ? franc(body, { only: LANGUAGES, minLength: MIN_LETTERS }) : undefined };
  });
  const byLang = new Map<string, number>();
  for (const p of paras) if (p.lang) byLang.set(p.lang, (byLang.get(p.lang) ?? 0) + p.n);
  const total = [...byLang.values()].reduce((a, b) => a + b, 0);
  const [main] = [...byLang.entries()].sort((a, b) => b[1] - a[1]);
  const documentLang = main && main[1] > total / 2 ? main[0] : 'eng';
  const out: LanguageSpan[] = [];
  for (const p of paras) {
    const lang = p.lang && p.lang !== 'und' ? p.lang : documentLang;
    if (lang === 'eng') continue;
    const last = out[out.length - 1];
    // neighbouring paragraphs of one language are one passage
    if (last && last.lang === lang && /^\s*$/.test(text.slice(last.end, p.start))) last.end = p.end;
    else out.push({ start: p.start, end: p.end, lang });
  }
  return out;
}
