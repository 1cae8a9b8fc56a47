import type { Edit } from '../../../core/types.js';
import { clearlyNearest } from '../../../text/ocr/distance.js';
import { ORDINAL_TENS, UNIT_ORDINAL } from '../../../text/ordinals.js';
import { matchCase } from '../correct-word.js';
import { degradedDistance, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** The farthest a misread tens word may be from its reading (OCR distance per letter)... */
const MAX_DISTANCE = 0.35;
/** ...and a word of the lexicon (`titty`), this far: a real word before an ordinal stays (`Party`). */
const MAX_DISTANCE_WORD = 0.2;
/** How much nearer (per letter) than the next tens word the reading must be. */
const MARGIN = 0.08;

/** `tifly eighth`, `Fifly-ninth`: the token before an ordinal of the units and the separator. */
function splitCompound(ctx: RepairContext, i: number): { tens: string; start: number; end: number } | undefined {
  const t = ctx.tokens[i];
  const hyphenated = /^([A-Za-z]{3,8})-([A-Za-z]+)$/.exec(t.core);
  if (hyphenated) {
    return UNIT_ORDINAL.test(hyphenated[2]) ? { tens: hyphenated[1], start: t.coreStart, end: t.coreStart + hyphenated[1].length + 1 } : undefined;
  }
  const next = ctx.tokens[i + 1];
  // (the token whole, no mark after it: `tifly, eighth` is no compound)
  if (!next || !/^[A-Za-z]{3,8}$/.test(t.text) || !UNIT_ORDINAL.test(next.core) || ctx.doc.text.slice(t.end, next.start) !== ' ') return undefined;
  return { tens: t.text, start: t.start, end: next.start };
}

/**
 * The tens of a compound ordinal misread (`tifly eighth` -> `fifty-eighth`, `cighty-first` ->
 * `eighty-first`, `dhiity-second` -> `thirty-second`): before an ordinal of the units, a token
 * that is no tens word reads as the tens word nearest by OCR distance, if clearly nearer than the
 * others (`venty` is as near `twenty` as `seventy`: it stays); the compound is written with its
 * hyphen, as UN print sets it. Sessions and conferences are numbered this way, so an event's name
 * depends on it. A tens word spelt right stays as printed, hyphen or not.
 */
export function ordinalTensRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const found = splitCompound(ctx, i);
    if (!found) continue;
    const lower = found.tens.toLowerCase();
    if (ORDINAL_TENS.includes(lower)) continue;
    const limit = ctx.knowledge.isLexical(found.tens) ? MAX_DISTANCE_WORD : MAX_DISTANCE;
    const tens = clearlyNearest(degradedDistance(ctx), lower, ORDINAL_TENS, limit, MARGIN);
    if (!tens) continue;
    edits.push({ range: { start: found.start, end: found.end }, text: `${matchCase(found.tens, tens)}-`, rule: 'repair/ordinal-tens' });
  }
  return edits;
}

export const ordinalTensRule: RepairRule = { id: 'repair/ordinal-tens', apply: ordinalTensRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/ordinal-tens': true;
  }
}
