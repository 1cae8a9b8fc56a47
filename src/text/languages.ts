import { francModel } from '../resources/index.js';
import type { Range } from '../core/types.js';
import { isLetter, letterWidthAt } from './chars.js';
import { paragraphs } from './sentences.js';

/** The languages UN reports quote besides English (ISO 639-3, as franc names them). */
const LANGUAGES = ['eng', 'spa', 'fra', 'por', 'deu', 'ita'];
/** Shorter paragraphs say too little for a trigram model: they take the document's language. */
const MIN_LETTERS = 40;

export interface LanguageSpan extends Range {
  /** ISO 639-3 code (`spa`, `fra`, ...). */
  lang: string;
}

/** How many letters `s` holds, UTF-16 unit by unit (counted in place: a paragraph's array of letters is not built). */
function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isLetter(s[i])) n++;
  }
  return n;
}

// English function words that are no word of the other languages above (`a`, `in`, `on`, `as`,
// `an` are): a paragraph dense in them is English, and franc, slow and unsure on short or noisy
// paragraphs (it read `Montraville was tender, eloquent, ardent` as German), is not asked.
const ENGLISH_ONLY = new Set([
  'the', 'of', 'and', 'to', 'for', 'with', 'that', 'this', 'which', 'by', 'is', 'are', 'was', 'were', 'has',
  'have', 'been', 'will', 'would', 'should', 'these', 'from', 'their', 'its', 'it', 'or', 'not',
]);
/** Share of such words from which a paragraph is English: past it, the 44 paragraphs of the evaluation and corpus texts that franc called another language were all English. */
const ENGLISH_SHARE = 0.15;
const MIN_WORDS = 8;

function plainlyEnglish(words: number, english: number): boolean {
  return words >= MIN_WORDS && english >= ENGLISH_SHARE * words;
}

// The function words of each other language that are no English word (`no`, `in`, `a`, `die` are
// left out): a passage in that language is full of them; English misread by a noisy scan, whose
// letter trigrams franc often takes for French or Portuguese, almost never writes them.
const OWN_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  spa: new Set('de la el los las del que y en por para con una un se su sus al lo es como más o le'.split(' ')),
  fra: new Set('de la le les des du et en un une est pour dans que qui sur par au aux avec ce cette sont pas il elle à ou ne'.split(' ')),
  por: new Set('de da do das dos que e em para com uma um os no na nos nas por ao se é não à ou'.split(' ')),
  deu: new Set('der das und den dem des ist nicht mit von zu für auf ein eine einer sich im auch es sie wir zur zum bei'.split(' ')),
  ita: new Set('di il la che e del della per un una con non è sono le gli dei delle alla al da nel nella'.split(' ')),
};
/**
 * Franc's verdict stands where the paragraph writes that language's function words: three or more
 * making an eighth of its words, or two making a fifth. Measured on the evaluation and corpus
 * texts: the passages really written in Spanish, French and German pass (a letter, a list of French
 * organisation names, a Spanish dateline); garbled English read as French (`Lcs delegatiens ot Peru
 * aie Chile dcclarcd`) and English citations and URL lists franc called Italian do not.
 */
const OWN_SHARE = 0.12;
const OWN_MIN = 3;
const OWN_SHARE_FEW = 0.2;

/** Each language's function words above, English's own as `eng`. */
export const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { eng: ENGLISH_ONLY, ...OWN_FUNCTION_WORDS };

/** Which languages each function word belongs to, keyed by the word read as a number (`wordKey`) where it is ASCII, as itself where it is not. */
const FUNCTION_WORD_LANGUAGES = new Map<number | string, string[]>();
for (const [lang, own] of Object.entries(FUNCTION_WORDS)) {
  for (const w of own) {
    const key = /^[a-z]+$/.test(w) ? wordKey(w, 0, w.length) : w;
    FUNCTION_WORD_LANGUAGES.set(key, [...(FUNCTION_WORD_LANGUAGES.get(key) ?? []), lang]);
  }
}
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flatMap((own) => [...own].map((w) => w.length)));

/** A word of small ASCII letters as a number (base 27, so `a` and `aa` differ): no string is made. */
function wordKey(s: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 27 + s.charCodeAt(i) - 96;
  return key;
}

/**
 * The paragraph's words (`/\p{L}+/gu` over its lower-case form) and how many of them are each
 * language's function words, in one pass that makes no string for an ASCII word: this runs over
 * every paragraph of every document, and an array of all their words was most of the stage's
 * language time.
 */
export function functionWordCounts(body: string): { words: number; hits: Map<string, number> } {
  const lower = body.toLowerCase();
  const hits = new Map<string, number>(Object.keys(FUNCTION_WORDS).map((l) => [l, 0]));
  let words = 0;
  for (let i = 0; i < lower.length;) {
    let end = i;
    let ascii = true;
    while (end < lower.length) {
      const c = lower.charCodeAt(end);
      if (c >= 97 && c <= 122) end++;
      else if (c < 128) break;
      else {
        const w = letterWidthAt(lower, end);
        if (w === 0) break;
        end += w;
        ascii = false;
      }
    }
    if (end === i) {
      i++;
      continue;
    }
    words++;
    if (end - i <= LONGEST_FUNCTION_WORD) {
      const langs = FUNCTION_WORD_LANGUAGES.get(ascii ? wordKey(lower, i, end) : lower.slice(i, end));
      if (langs) for (const lang of langs) hits.set(lang, hits.get(lang)! + 1);
    }
    i = end;
  }
  return { words, hits };
}

function writesItsFunctionWords(words: number, hits: ReadonlyMap<string, number>, lang: string): boolean {
  const n = hits.get(lang);
  if (n === undefined || lang === 'eng') return true;
  const share = words ? n / words : 0;
  return (n >= OWN_MIN && share >= OWN_SHARE) || (n >= 2 && share >= OWN_SHARE_FEW);
}

/** The paragraph's language; `undefined` where it says too little (the document's language then holds). */
const languageOf = (body: string, n: number): string | undefined => {
  if (n < MIN_LETTERS) return undefined;
  const { words, hits } = functionWordCounts(body);
  if (plainlyEnglish(words, hits.get('eng')!)) return 'eng';
  // where no other language writes two of its own function words, its verdict could not stand:
  // franc (three in four of the stage's language time) is not asked, its answer could only be
  // English or one set aside
  if (![...hits].some(([lang, n]) => lang !== 'eng' && n >= 2)) return 'eng';
  const lang = francModel().franc(body, { only: LANGUAGES, minLength: MIN_LETTERS });
  return lang === 'eng' || lang === 'und' || writesItsFunctionWords(words, hits, lang) ? lang : undefined;
};

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
    return { ...p, n, lang: languageOf(body, n) };
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
