import { treatyBodies } from '../lowercase-heads.js';
import type { OrgFinder } from '../state.js';

/** `the secretariat of the ... Convention ...`, `Conference of the Parties to the ...`: a treaty's bodies. */
export const treatyBodyFinder: OrgFinder = {
  id: 'extract-organisations/treaty-body',
  find: (s) => {
    for (const r of treatyBodies(s.text, s.curated.filter((h) => / Convention /.test(h.pattern)))) s.addNamed(r, 'extractor/head-noun');
  },
};
