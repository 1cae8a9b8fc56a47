import type { OrgFinder } from '../state.js';

/**
 * `(KDRC 2023)`, `(see also WRGN, 2021; KDRC 2024)`: an author-date citation whose author is an
 * acronym cites a body. The year must follow at once and the citation close or go on after it,
 * so a table heading or a measure is no citation. A currency code before a year (`USD 2015`,
 * constant prices) is a unit, not an author: the codes are the runtime's own list (Intl).
 */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
// (the opening mark is matched, not looked behind for: a look-behind is tried at every position of the text)
const CITATION = /[(;]\s*(?:(?:see(?: also)?|e\.g\.|cf\.),? )?(\p{Lu}[\p{Lu}&-]*\p{Lu}),? (?:19|20)\d\d[a-z]?(?=[;),])/gu;

export const citedAuthorFinder: OrgFinder = {
  id: 'extract-organisations/cited-author',
  find: (s) => {
    for (const m of s.text.matchAll(CITATION)) {
      const acronym = m[1];
      // three capitals at least: a two-letter author (`EU`) is a known body the acronym finder reads,
      // and two capitals of OCR output before a year are as likely a shred of a longer name
      if (CURRENCIES.has(acronym) || acronym.replace(/[^\p{Lu}]/gu, '').length < 3) continue;
      const start = m.index + m[0].search(/\p{Lu}/u); // the lead-in (`(see also `) has no capital
      s.addNamed({ start, end: start + acronym.length }, 'extractor/citation');
    }
  },
};
