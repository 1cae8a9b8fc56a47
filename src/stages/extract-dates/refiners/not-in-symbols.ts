import type { Refiner } from 'chrono-node';
import { LOOK_BACK, lookBack } from '../look-back.js';

// Words after which a number is a reference, not a year.
// redos: bounded, tested on the 24 characters before a date
const REFERENCE_WORD = /\b(?:resolutions?|decisions?|law|act|no\.|number|issn|isbn|pages?|paras?\.?|paragraphs?|annex|items?|chapter|article|rule|table|figure|vols?\.|volumes?)\s*[\d/]*\s*\(?$/i;
// A number right after a slash, an at-sign or "123 (" (resolution 2753 (2024)) belongs to a symbol.
const GLUED_BEFORE = /[/@]$|\d\s*\($/;
// redos: bounded, tested on the 8 characters after a date
const GLUED_AFTER = /^\s*\)?\s*\/|^\w*@|^\.\w/;
// Inside a parenthesis opened by a document symbol: "(A/AC.109/2071, 2072, 2074-2078)".
const SYMBOL_LIST = /\((?:[A-Z]{1,6}\/[^()]*)$/;

/** Drops results inside document symbols (`A/52/682`), resolution years (`2753 (2024)`) and addresses. */
export const notInSymbolsRefiner: Refiner = {
  refine: (ctx, results) => results.filter((r) => {
    const before = lookBack(ctx, r.index, LOOK_BACK);
    const after = ctx.text.slice(r.index + r.text.length, r.index + r.text.length + 8);
    // redos: bounded, `before` is 200 characters
    if (/(https?:\/\/|www\.)\S*$/.test(before)) return false;
    // right after a slash and written without a space, even a month and day is a symbol's part:
    // `EC-91/DEC.7` is a decision (`Incidents/May 2023`, `June/July 2022` are dates); so is a day
    // and a month joined by a slash inside a symbol (`C-25/DEC.9`, `C-SS-4/DEC.3`: a decision's
    // number and DEC). (A parser may take the space after it into its text.)
    const compact = r.text.trimEnd();
    if (!/\s/.test(compact) && (/[/@]$/.test(before) || (compact.includes('/') && (/[\w-]$/.test(before) || /^\.\d/.test(ctx.text.slice(r.index + compact.length)))))) return false;
    // a number glued to a word by a stop is a symbol's part (`CAT/C/SLV/FCO/3/Add.1, 10 June 2024`:
    // `Add.1` is no first of June, whatever day list the parser read)
    if (/[A-Za-z]\.$/.test(before) && /^\d+$/.test(compact)) return false;
    // only a bare year or year range is at risk: full dates do not look like symbols
    if (r.start.isCertain('month')) return true;
    const near = before.slice(-24);
    return !REFERENCE_WORD.test(near) && !GLUED_BEFORE.test(near) && !GLUED_AFTER.test(after) && !SYMBOL_LIST.test(before);
  }),
};
