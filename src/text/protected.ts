import { isAllLetters } from './chars.js';
import { caseParts } from './words.js';

const ROMAN_CAPITALS = /^[IVXLC]+$/;

/**
 * Tokens that are never garbage however odd they look to the rules: numbers, document symbols,
 * resolution numbers, e-mail addresses, URLs, Roman numerals, ordinals and list markers.
 */
const PATTERNS: RegExp[] = [
  /^[+-]?[$€£¥]?\d[\d,.]*(%|bn|m)?$/, // 1,234.5  25%  $5
  /^\d{1,3}(st|nd|rd|th)$/, // 11th
  /^(\d+|[a-z]|[ivxlc]+)[.)]$/i, // 1.  a)  iv.
  /^\((\d+|[a-z]|[ivxlc]+)\)$/i, // (a) (iv) (12)
  /^[A-Z][A-Z0-9.]*(\/[A-Z0-9.()-]+)+$/, // A/52/682  E/CN.5/2025/4  A/C.4/48/SR.2-6
  /^\d+\/\d+(\/\d+)?[A-Z]?$/, // 52/211  1/2
  ROMAN_CAPITALS, // III
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i,
  /^(https?:\/\/|www\.)\S+$/i,
  /^\d{1,2}[:.]\d{2}$/, // 10.30
  /^\d+([.-]\d+)+$/, // 1.2.3  2006-2007
  /^[–—-]+$/,
  /^_+$/, // footnote rules
  /^(\.{2,}|…|&|§|•|\/|[©®™°¶†‡*#+=<>%]+)$/,
];

export function isProtected(token: string, core: string): boolean {
  // a word of letters only (most tokens) can match no pattern but the Roman numeral's
  if (isAllLetters(token)) return ROMAN_CAPITALS.test(token);
  const bare = token.replace(/(?<![.,;:])[.,;:]+$/, '');
  return PATTERNS.some((re) => re.test(core) || re.test(token) || re.test(bare));
}

/**
 * Pieces of references and names as born-digital text prints them, which look odd only to rules
 * made for scans: URL and path fragments a line break cut (`status/1561758450?ref_src=twsrc`,
 * `Harnessing%20the%20Potential`), file names, hashtags and handles, a name or word with its
 * digits (`Local2030`, `Youth20`, and a footnote mark glued to a word: `Latvia31.`), and
 * compounds joined by a dash or names with an apostrophe or ʻokina (`Kuyavian–Pomeranian`,
 * `Fa‘agau`), initials (`N.`) and list references (`(i)-(iii)`); names in mixed case, optional
 * letters, abbreviations, short names in brackets or quotes, dot leaders, signs and units.
 */
const AS_PRINTED: RegExp[] = [
  /%[0-9A-Fa-f]{2}/,
  /[?&][\w-]+=/,
  /\w_\w/,
  /\.(?:pdf|docx?|xlsx?|pptx?|html?|aspx|php|jpe?g|png)\b/i,
  /^[(“"‘']?[#@]\w/,
  /^\p{L}[\p{L}-]*\d+[.,;:"”’)]*$/u,
  /^[\w.-]+(?:\/[\w.~%-]*){2}/,
  /^(?:\p{Lu}\.){1,3}[,;:]?$/u, // initials: N., A.M.
  /^\((?:[ivx]+|[a-z]|\d+)\)(?:-\((?:[ivx]+|[a-z]|\d+)\))?[).,;:]*$/, // (i)-(iii), (b)).
  // letters a reader may take or leave: action(s), (de)colonized
  /^\(?\p{L}*\(\p{L}{1,3}\)\p{L}*[.,;:]*$/u,
  // abbreviations with their stops, in brackets or before a comma: i.e., (e.g.
  /^\(?(?:\p{L}\.){2,}[,;:)]*$/u,
  // a short name or letter in brackets or quotes: (CS), “A”, (“Izo”), (A.
  // (one stop after the closing mark, not a run: a run after `[\p{L}.]*` would backtrack)
  /^[(“"‘']+\p{L}[\p{L}.]*(?:[)”"’']+[.,;:]?|[,;:])?$/u,
  // a contents line's dot leaders, with the word before or the page after: matters.........
  /^[\p{L}\d]*\.{4,}[\p{L}\d]*$/u,
  // a minus or times sign alone; a unit with its power: −, m²
  /^[−±×÷]$/,
  /^\p{L}+[²³]$/u,
  // a web address without its scheme, and a product's model: IciHaiti.com, M4A1
  /^\(?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|int|gov|edu|info)[,.;:)]*$/iu,
  /^\p{Lu}+\d+\p{Lu}+\d*[,.;:)]*$/u,
  // a campaign's or a product's name with a digit for a word: Youth4Yes, Partner2Connect, (Earth4All)
  /^[(“"‘']?\p{L}+\d\p{L}+[,.;:)”"’']*$/u,
  // a chemical formula or unit with its subscripts: CO₂e, CH₄
  /^\p{Lu}[\p{L}]*[₀-₉]+\p{L}*[,.;:)]*$/u,
  // a currency sign set apart from its amount, as tables print it: $, (US$, €)
  /^\(?(?:US)?[$€£¥]\)?[,;:]?$/,
  // figures as accounts and statistics print them: (73)%, >(100)%, (±0.13), 3+
  /^[<>≤≥]?\(?[±<>≤≥]?\d+(?:[,.]\d+)*\)?%?[,.;:]*$/,
  /^\d+\+[,.;:)]*$/,
  // an editor's letters and cuts in square brackets: decide[d], “[a]bsence, […], <…>
  /^[(“"‘']?\p{L}*\[\p{L}{1,3}\]\p{L}*[,.;:)”"’']*$/u,
  /^[[<(]…[\]>)][,.;:]?$/,
  // a target or indicator number of the Sustainable Development Goals: 5.c.1, 17.18.1, 1.a
  /^[(“"‘']?\d{1,2}\.[a-z\d]{1,2}(?:\.\d{1,2})?[,.;:)”"’']*$/,
  // footnote letters set as superscripts, which pdftotext joins: c,d
  /^[a-z](?:,[a-z])+$/,
  // a bullet or box drawn as a glyph
  /^[■□▪▫●○◦►▶✓✔]+$/,
];

/**
 * Letters joined by dashes or apostrophes (`Kuyavian–Pomeranian`, `Fa‘agau`, a transliterated
 * Arabic name with its ayn: `al-Sha‘al`, `(mujamma‘at)`): split, not matched, to stay linear.
 */
function joinedWord(token: string): boolean {
  const parts = token.replace(/^[(“"‘']/, '').replace(/[)”"’']?[.,;:]?$/, '').split(/[–—‐‑‘’ʻ'-]/);
  return parts.length > 1 && parts.every((p) => p.length > 0 && !/\P{L}/u.test(p));
}

/** Letters with capitals inside, as their owners write names and titles (`RuBaltic`, `EurAsiaDaily`, `DeclarACTION`). */
function mixedCaseName(token: string): boolean {
  // (trailing marks trimmed by a loop: a regular expression anchored at the end retries at every mark)
  let end = token.length;
  while (end > 0 && '.,;:)”"’\''.includes(token[end - 1])) end--;
  const bare = token.slice('(“"‘\''.includes(token[0]) ? 1 : 0, end);
  if (!isAllLetters(bare)) return false;
  // each part from a capital on is a syllable or more (`Ru|Baltic`, `neo|Nazi`); single letters
  // between case changes are a scan's noise (`j|Pn|TZ`, `b|Jow|P`)
  const parts = caseParts(bare);
  return parts.length > 1 && parts.every((part) => part.length >= 2);
}

export function isPrintedReference(token: string): boolean {
  return joinedWord(token) || mixedCaseName(token) || AS_PRINTED.some((re) => re.test(token));
}

/** A web address, or a piece of one: a path, a query, an identifier. */
const URL_START = /^\(?(?:https?:\/\/|www\.)/i;
const URL_CHARS = /^[\w\-./~%?=&:#+@!$*'’,;()]+$/;

/**
 * Which tokens continue a web address that a line break cut, as born-digital text prints it
 * (`https://openknowledge.worldbank.org/.../185f9382` / `-722f-449c-8f92aa976bba26cc/content`,
 * `https://apnews.com/article/` / `deportations-dominican-republic-haiti-abuses-dde6322cd255d9b`):
 * each token of web-address characters right after an address or after such a piece, until a
 * token ends a sentence or is an English word of letters alone.
 */
export function urlContinuations(tokens: readonly { text: string }[], isWord: (w: string) => boolean): Set<number> {
  const out = new Set<number>();
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (URL_START.test(t)) {
      open = !/[.;,)]$/.test(t);
      continue;
    }
    if (open && URL_CHARS.test(t) && !(/^\p{L}+$/u.test(t) && isWord(t.toLowerCase()))) {
      out.add(i);
      open = !/[.;,)]$/.test(t);
    } else {
      open = false;
    }
  }
  return out;
}
