import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createHeapCeiling } from '../../src/pipeline/heap-ceiling.js';

const used = () => getHeapStatistics().used_heap_size;

describe('heap ceiling', () => {
  it('collects the garbage of finished documents once the heap passes it', () => {
    let garbage: number[][] | undefined = Array.from({ length: 200 }, (_, i) => Array.from({ length: 20_000 }, (_, j) => i + j));
    const before = used();
    expect(garbage.length).toBe(200);
    garbage = undefined;
    createHeapCeiling(1).between();
    // 200 arrays of 20,000 numbers (~32 MB) were unreachable: a full collection frees them
    expect(used()).toBeLessThan(before - 16 * 1024 * 1024);
  });
});
