import type { Edit } from '../../../core/types.js';
import { clearlyNearest } from '../../../text/ocr/distance.js';
import { ORDINAL, ORDINAL_WORDS } from '../../../text/ordinals.js';
import { matchCase } from '../correct-word.js';
import { degradedDistance, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/**
 * The farthest a misread ordinal may be from its reading (OCR distance per letter). Measured on
 * every scan set, with the truth aligned: within 0.2, 7 of 7 readings right (`fitth`, `kighth`,
 * `Forticth`, `eighlicth`); up to 0.4, 10 right and 11 wrong (`Feanth` is "Fourth", not `tenth`).
 */
const MAX_DISTANCE = 0.2;
/** How much nearer (per letter) than the next ordinal the reading must be. */
const MARGIN = 0.08;
/** What an ordinal numbers: a session, or a meeting by its name (`Fifth United Nations Conference`). */
const NUMBERED = /^(?:sessions?|Sessions?|SESSIONS?|special|Special|United|Conference|Summit|Meeting|Forum|World)$/;

/**
 * An ordinal misread before what it numbers (`fitth session` -> `fifth session`, `Fitth United
 * Nations Conference`, `Forticth session`): a token of letters that is no word, right before
 * `session` or a meeting's name, reads as the ordinal nearest by OCR distance, if near and
 * clearly nearer than the next. The session's number is its name: without it the event is lost
 * or misnamed. The word rules alone read `fitth` as `filth`. Born-digital text is left as printed.
 */
export function ordinalWordRepairs(ctx: RepairContext): Edit[] {
  if (ctx.kind === 'born-digital') return [];
  const edits: Edit[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!NUMBERED.test(next.core) || ctx.doc.text.slice(t.end, next.start) !== ' ') continue;
    if (!/^[A-Za-z]{4,12}$/.test(t.core) || t.text !== t.core) continue;
    if (ORDINAL.test(t.core) || ctx.knowledge.isLexical(t.core)) continue;
    const ordinal = clearlyNearest(degradedDistance(ctx), t.core.toLowerCase(), ORDINAL_WORDS, MAX_DISTANCE, MARGIN);
    if (!ordinal) continue;
    edits.push({ range: { start: t.coreStart, end: t.coreStart + t.core.length }, text: matchCase(t.core, ordinal), rule: 'repair/ordinal-word' });
  }
  return edits;
}

export const ordinalWordRule: RepairRule = { id: 'repair/ordinal-word', apply: ordinalWordRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/ordinal-word': true;
  }
}
