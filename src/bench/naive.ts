import * as chrono from 'chrono-node';
import nlp from 'compromise';

/**
 * The denominator of the throughput targets: what a user gets in a few lines from the same
 * libraries, compromise's places and organisations and chrono's dates over the raw text, with
 * no cleaning, repair or offsets into the original.
 */
export function naivePipeline(texts: readonly string[]): number {
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.places().out('array').length + doc.organizations().out('array').length;
    found += chrono.parse(text).length;
  }
  return found;
}
