import { lowercaseHeadNames } from '../lowercase-heads.js';
import type { OrgFinder } from '../state.js';

/** Names whose head stays in lower case after a proper name (`the Waddani party`). */
export const lowercaseHeadFinder: OrgFinder = {
  id: 'extract-organisations/lowercase-head',
  find: (s) => {
    for (const r of lowercaseHeadNames(s.text, s.catalogue.isPlace)) s.addNamed(r, 'extractor/name-pattern');
  },
};
