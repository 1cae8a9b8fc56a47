import { describe, expect, it } from 'vitest';
import { inOrder, workerCount } from '../../src/pipeline/parallel.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inOrder', () => {
  it.each([
    ['later items finish first', [30, 20, 10, 0]],
    ['items finish in order', [0, 10, 20, 30]],
    ['one slow item in the middle', [0, 0, 40, 0, 0]],
  ])('hands results over in item order when %s', async (_, delays) => {
    const taken: [number, string, number][] = [];
    const finishedAt: number[] = [];
    await inOrder(delays, async (ms) => {
      await sleep(ms);
      finishedAt.push(ms);
      return `done after ${ms}`;
    }, (item, result, index) => taken.push([item, result, index]));
    expect(taken).toEqual(delays.map((ms, i) => [ms, `done after ${ms}`, i]));
    // the work itself ran at once, not one item after another
    expect(finishedAt).toEqual([...delays].sort((a, b) => a - b));
  });

  it('takes each result as soon as every one before it is in', async () => {
    const log: string[] = [];
    await inOrder([0, 30], async (ms) => {
      await sleep(ms);
      log.push(`finished ${ms}`);
      return ms;
    }, (item) => log.push(`took ${item}`));
    expect(log).toEqual(['finished 0', 'took 0', 'finished 30', 'took 30']);
  });

  it('gives nothing for no items', async () => {
    const taken: unknown[] = [];
    await inOrder([], async () => 1, (x) => taken.push(x));
    expect(taken).toEqual([]);
  });
});

describe('workerCount', () => {
  it.each([
    [1, 10, 1],
    [4, 2, 2],
    [3, 0, 1],
  ])('asked for %s with %s inputs gives %s', (setting, inputs, expected) => {
    expect(workerCount(setting, inputs)).toBe(expected);
  });

  it('auto asks for at least one thread and at most four', () => {
    const n = workerCount('auto', 100);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(4);
  });
});
