import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;
/**
 * V8 lets its heap grow far past what a run keeps alive before it collects: measured on
 * corpus/un, a batch whose live data is ~110 MB peaks at 380 MB for 1x and 650 MB for 10x, all of
 * it garbage (capped at 250 MB old space, the 10x run peaks at 330 MB in the same time). Between
 * documents, a heap above this size is collected in full. Once pass 1 counted word pairs by
 * number, a 1x run of corpus/un no longer reached a 160 MB ceiling and a 10x run did: peaks
 * 255-271 MB and 287-315 MB (up to 23% apart). At 96 MB both reach it: 231-238 and 243-259 MB
 * (5-9% apart), corpus/pdf 248-275 MB against 299-314. The price is collection work: wall times
 * in paired runs were the same, user CPU time 6-10% higher, and end to end x10 took as long as
 * before that session's speed work, which at 160 MB had made it about 9% faster. (At 112 MB:
 * 243 and 264 MB; at 128 MB: 253 and 280 MB; at 80 MB, x10 user time 30 s against 25 s.)
 */
const SOFT_CEILING_MB = 96;

/** A heap ceiling for one batch: call `between()` after each document. */
export interface HeapCeiling {
  between(): void;
}

/**
 * V8's own full collection, without `--expose-gc` on the command line (the flag is set for this
 * isolate, the function taken from a fresh context). Undefined where the runtime refuses.
 */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Collects between documents once the heap passes a soft ceiling; where the data a run keeps
 * alive is larger than the ceiling, the ceiling rises above it (half as much again), so a big
 * batch is never collected after every document and never stopped for memory by this.
 */
export function createHeapCeiling(softMb = SOFT_CEILING_MB): HeapCeiling {
  const gc = fullCollection();
  let ceiling = softMb * MB;
  return {
    between() {
      if (!gc || getHeapStatistics().used_heap_size < ceiling) return;
      gc();
      const live = getHeapStatistics().used_heap_size;
      ceiling = Math.max(softMb * MB, live * 1.5);
    },
  };
}
