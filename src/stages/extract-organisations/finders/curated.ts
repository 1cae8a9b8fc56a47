import { DOCUMENT_HEADS } from '../../../text/names/heads.js';
import type { OrgFinder } from '../state.js';

/** Capitalised words right after a body's name, up to four, then a document's head (`... Charter`, `... Global Principles`). */
const DOCUMENT_AFTER = /^(?: \p{Lu}[\p{L}’'-]*){1,5}/u;

/** Does a document's name go on from here (`United Nations| Declaration on ...`)? The body is then part of its name. */
function startsDocumentName(text: string, end: number): boolean {
  const run = DOCUMENT_AFTER.exec(text.slice(end, end + 80));
  return !!run && run[0].trim().split(' ').some((w) => DOCUMENT_HEADS.has(w) && !HEADER_LABELS.has(w));
}

/** A header's labels after the issuing body (`United Nations` / `Report of the Secretary-General`): the body stays. */
const HEADER_LABELS = new Set(['Report', 'Note', 'Summary', 'Introduction', 'Annex', 'Addendum', 'Item', 'Publications', 'Documents']);

/** The curated UN bodies by name; a convention only where it acts, named with its acronym (its other mentions then follow by acronym). */
export const curatedFinder: OrgFinder = {
  id: 'extract-organisations/curated',
  find: (s) => {
    for (const h of s.curated) {
      if (/\bConvention\b/i.test(h.pattern) && !/^ \(\p{Lu}{2,}\)/u.test(s.text.slice(h.end, h.end + 12))) continue;
      // GUIDELINES: a document is no organisation, and the body that begins its name no mention
      if (startsDocumentName(s.text, h.end)) continue;
      const body = s.catalogue.body(h.pattern);
      s.mentions.push({ range: { start: h.start, end: h.end }, org: s.orgFor(body?.[0] ?? h.pattern, body?.[1]), producer: 'extractor/curated' });
    }
  },
};
