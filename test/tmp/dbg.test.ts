import { it } from 'vitest';
import { repairedAs } from '../helpers.js';
it('dbg', () => {
  for (const s of ["the Veto law was carried after a struggle, aad being now awakened to the force", "and polemical sermons, bnt Parliament at length knocked", "and which form, with tne disposition, habitually", "Tbe meeting was held", "their conduct iu fetching engines, which appeared"]) {
    const d = repairedAs(s);
    console.log(JSON.stringify(d.text), d.edits.map((e) => e.from + '>' + e.to + ' ' + e.rules.join('+')).join('; '), JSON.stringify(d.messages.filter((m) => m.stage === 'repair').map((m) => m.note + ' ' + m.expected)));
  }
});
