import type { OrgFinder } from '../state.js';

const UNITY_GOVERNMENT = /Government of National \p{Lu}\p{Ll}+/gu;
// Up to three capitalised pre-modifiers ("Revitalized Transitional") just before it: looked for
// in the few words before, not as part of one pattern (which the ReDoS checker takes seconds on).
// redos: bounded, run on the LOOK_BACK characters before a match
const PREMODIFIERS = /(?<!\p{L})(?:\p{Lu}\p{Ll}+ ){0,3}$/u;
const LOOK_BACK = 100;

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
      const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
      const premodifiers = PREMODIFIERS.exec(before)![0];
      const lead = /^(?:The|A|An|This|That|Its|Their) /.exec(premodifiers);
      const start = m.index - premodifiers.length + (lead ? lead[0].length : 0);
      s.addNamed({ start, end: m.index + m[0].length }, 'extractor/name-pattern');
    }
  },
};
