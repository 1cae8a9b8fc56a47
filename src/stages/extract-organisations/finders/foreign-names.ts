import { foreignNames } from '../foreign-names.js';
import type { OrgFinder } from '../state.js';

/** Names in French, Spanish, Portuguese and German, head first (`Frente Popular para la Liberación de ...`). */
export const foreignNameFinder: OrgFinder = {
  id: 'extract-organisations/foreign-name',
  find: (s) => {
    for (const r of foreignNames(s.text, s.words, s.capitals)) s.addNamed(r, 'extractor/name-pattern');
  },
};
