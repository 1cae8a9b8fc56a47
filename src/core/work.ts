import type { Message } from './types.js';

/**
 * The work one document may cost, counted in units rather than seconds so that where a document
 * stops is the same on every machine and every run. The costly stages spend from it as they go
 * (a unit is about one candidate string built or one letter compared); once it is spent they
 * stop for that document, say so in a message, and the record is still written.
 */
export class WorkMeter {
  spent = 0;
  /** Where (stage, offset in the text it read) the budget ran out, if it did. */
  ranOut?: { stage: string; at: number; reported?: boolean };

  constructor(readonly limit: number) {}

  /** Spends `units` for work at `at` in `stage`'s text: false once the budget is spent (the caller stops). */
  spend(units: number, stage: string, at: number): boolean {
    this.spent += units;
    if (this.spent <= this.limit) return true;
    this.ranOut ??= { stage, at };
    return false;
  }

  get exhausted(): boolean {
    return this.spent > this.limit;
  }
}

/** How much work a document may cost: a fixed part, and a part that grows with its length. */
export interface WorkBudget {
  base: number;
  perByte: number;
}

/**
 * The message a stage leaves where the budget ran out in it (once: a later stage finds it
 * spent already and says nothing more), its place in the text that stage read.
 */
export function budgetMessage(meter: WorkMeter, stage: string): Message | undefined {
  if (!meter.ranOut || meter.ranOut.stage !== stage || meter.ranOut.reported) return undefined;
  meter.ranOut.reported = true;
  return {
    ruleId: 'work-budget', stage, severity: 'warning', place: { start: meter.ranOut.at, end: meter.ranOut.at },
    note: `this document's work budget (${meter.limit} units) ran out here: ${stage} and the costly stages after it stopped reading the rest, which is left as printed`,
  };
}

/** A meter for a document of `bytes` bytes. */
export const meterFor = (budget: WorkBudget, bytes: number) => new WorkMeter(budget.base + budget.perByte * bytes);

/** A meter that never runs out: for tools that measure work rather than bound it. */
export const unmetered = () => new WorkMeter(Number.POSITIVE_INFINITY);
