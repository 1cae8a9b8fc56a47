import { segmentsOf } from '../../../text/segments.js';
import { compromiseNames } from '../compromise-source.js';
import type { OrgFinder } from '../state.js';

/** compromise, as one more source, where the option turns it on. */
export const compromiseFinder: OrgFinder = {
  id: 'extract-organisations/compromise',
  find: (s) => {
    if (!s.options.compromise) return;
    for (const r of compromiseNames(s.text, segmentsOf(s.doc).paragraphs)) s.addNamed(r, 'extractor/compromise');
  },
};
