import type { OrgFinder } from '../state.js';

// Capitalised pre-modifiers ("Revitalized Transitional"), then the government's make-up.
const UNITY_GOVERNMENT = /\b(?:\p{Lu}\p{Ll}+ ){0,3}Government of National \p{Lu}\p{Ll}+/gu;

/**
 * `Government of National Unity`, `Government of National Accord`: a government named by its
 * make-up, not by its country, is a body (GUIDELINES: a government named by a country is the
 * country, and is left out). Not a head noun: "Government" inside other names ("Heads of State
 * and Government", "Ministry of Local Government") must not end them.
 */
export const unityGovernmentFinder: OrgFinder = {
  id: 'extract-organisations/unity-government',
  find: (s) => {
    if (!s.text.includes('Government of National ')) return;
    for (const m of s.text.matchAll(UNITY_GOVERNMENT)) {
      const lead = /^(?:The|A|An|This|That|Its|Their) /.exec(m[0]);
      const start = m.index + (lead ? lead[0].length : 0);
      s.addNamed({ start, end: m.index + m[0].length }, 'extractor/name-pattern');
    }
  },
};
