import type { Message, Range, Severity } from './types.js';

/**
 * Records a decision a reader of the dataset may want to audit (a close call, a guess, a
 * dropped candidate), like vfile's `file.message`: never an exception. `place` is in the text
 * the reporter's caller reads.
 */
export type Report = (ruleId: string, place: Range, note: string, actual?: string, expected?: string, severity?: Severity) => void;

/** A reporter for one stage and the messages it has collected. */
export function collectMessages(stage: string): { report: Report; messages: Message[] } {
  const messages: Message[] = [];
  const report: Report = (ruleId, place, note, actual, expected, severity = 'info') => {
    messages.push({
      ruleId, stage, severity, place: { start: place.start, end: place.end }, note,
      ...(actual === undefined ? {} : { actual }), ...(expected === undefined ? {} : { expected }),
    });
  };
  return { report, messages };
}
