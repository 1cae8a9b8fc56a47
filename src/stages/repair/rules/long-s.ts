import type { Edit } from '../../../core/types.js';
import { matchCase } from '../correct-word.js';
import { onceBy } from '../../../resources/once.js';
import { soleReading, unknownLetters, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** A reading this common (list count) is a word people write; rarer ones are as often chance (`fis` -> `sis`). */
const MIN_FREQ = 50;
/** Distinct tokens of at least this length that read this way show the print used the long s... */
const EVIDENCE_LENGTH = 4;
/**
 * ...when there are this many of them. Measured on all evaluation sets: 19 of the 24 book scans of
 * public/imd (old print) and one of public/ghd pass; no UN scan, true text or corpus document does
 * (their `f` read as `s` are chance: `fense`, `fites`, one to a document).
 */
const MIN_EVIDENCE = 3;
/** At most this many `f` are tried as `s` in one token (2^n readings). */
const MAX_TRIED = 4;

/** `lower` with some of its `f` (at most MAX_TRIED of them, never the last letter) read as `s`, each choice in turn. */
function* withLongS(lower: string): Generator<string> {
  const at: number[] = [];
  for (let i = 0; i < lower.length - 1; i++) if (lower[i] === 'f') at.push(i);
  if (at.length > MAX_TRIED) return;
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...lower];
    at.forEach((i, k) => { if ((mask >> k) & 1) chars[i] = 's'; });
    yield chars.join('');
  }
}

/**
 * The long s (ſ) of old print, which OCR reads as `f` (`pafsion`, `mistrefs`, `himfelf`): in a
 * document that shows it in three distinct words or more, an unknown token that becomes exactly
 * one common word when some of its `f` (never the last letter: the long s was never written
 * there) are read as `s`. Written by hand: no OCR package on npm reads it, and the word rules
 * cannot, for two changed letters of one kind are two plain edits to them.
 */
export function longSRepairs(ctx: RepairContext): Edit[] {
  const { knowledge } = ctx;
  // each distinct token is read once
  const readingOf = onceBy((lower: string) => soleReading(knowledge, withLongS(lower), MIN_FREQ));
  const candidates: { start: number; core: string; word: string }[] = [];
  const evidence = new Set<string>();
  for (const t of ctx.tokens) {
    const core = t.core;
    if (core.length < 3 || !core.includes('f') || !unknownLetters(knowledge, core)) continue;
    const lower = core.toLowerCase();
    const word = readingOf(lower);
    if (!word) continue;
    candidates.push({ start: t.coreStart, core, word });
    if (lower.length >= EVIDENCE_LENGTH) evidence.add(lower);
  }
  if (evidence.size < MIN_EVIDENCE) return [];
  return candidates.map(({ start, core, word }) => ({ range: { start, end: start + core.length }, text: matchCase(core, word), rule: 'repair/long-s' }));
}

export const longSRule: RepairRule = { id: 'repair/long-s', apply: longSRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/long-s': true;
  }
}
