import type { CharNgramModel } from '../../../lexicon/char-ngram.js';
import type { Knowledge } from '../../../lexicon/knowledge.js';
import type { Token } from '../../../text/tokens.js';

export interface RuleContext {
  knowledge: Knowledge;
  lm: CharNgramModel;
  /** Exact token cores of this document -> count. */
  docCounts: Map<string, number>;
  /** Mean log10 probability per character below which a word looks un-English. */
  lmFloor: number;
}

/** Evidence that a token is garbage: a weight in (0, 1] when the rule fires, 0 when it does not. */
export interface GarbleRule {
  id: string;
  weigh(token: Token, ctx: RuleContext): number;
  /** Reads the document's own counts (`docCounts`): weighed per document, not once per batch... */
  perDocument?: true;
  /** ...except the tokens for which this says it does not read them: their weight is the batch's. */
  sameInEveryDocument?(token: Token): boolean;
}
