import { compoundPartyNames } from '../foreign-names.js';
import type { OrgFinder } from '../state.js';

/** Dari and Pashto party names joined by -i- or -e- (`Hezb-i-Wahdat`). */
export const partyNameFinder: OrgFinder = {
  id: 'extract-organisations/party-name',
  find: (s) => {
    for (const r of compoundPartyNames(s.text, s.words, s.catalogue.isPlace, s.capitals)) s.addNamed(r, 'extractor/name-pattern');
  },
};
