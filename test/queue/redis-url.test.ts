import { describe, expect, it } from 'vitest';
import { parseQueueUrl, QueueUrlError } from '../../src/queue/redis-url.js';
import { refusal } from '../../src/queue/roots.js';

describe('the --queue address', () => {
  it.each([
    ['redis://127.0.0.1:6390', { host: '127.0.0.1', port: 6390, db: 0 }, 'redis://127.0.0.1:6390'],
    ['redis://:s3cret@queue.example:7000/2', { host: 'queue.example', port: 7000, db: 2, password: 's3cret' }, 'redis://:***@queue.example:7000/2'],
    ['redis://worker:p%40ss@host', { host: 'host', port: 6379, username: 'worker', password: 'p@ss' }, 'redis://worker:***@host:6379'],
  ])('%s', (url, options, shown) => {
    const a = parseQueueUrl(url);
    expect(a.options).toMatchObject(options);
    expect(a.shown).toBe(shown);
    expect(a.shown).not.toMatch(/s3cret|p@ss/);
  });

  it.each(['localhost:6379', 'http://host:6379', 'redis://', 'redis://host/x', 'redis://:secret@'])('refuses %s without printing a password', (url) => {
    expect(() => parseQueueUrl(url)).toThrow(QueueUrlError);
    try {
      parseQueueUrl(url);
    } catch (e) {
      expect((e as Error).message).not.toContain('secret');
    }
  });
});

describe('a worker serves only its own folders', () => {
  const roots = { input: '/data/in', output: '/data/out' };
  it.each([
    [{ inputDir: '/data/in', outputDir: '/data/out', rel: 'a/b.txt' }, undefined],
    [{ inputDir: '/data/in/sub', outputDir: '/data/out', rel: 'b.txt' }, undefined],
    [{ inputDir: '/etc', outputDir: '/data/out', rel: 'passwd' }, /input folder/],
    [{ inputDir: '/data/in', outputDir: '/tmp', rel: 'a.txt' }, /output folder/],
    [{ inputDir: '/data/in', outputDir: '/data/out', rel: '../../etc/passwd' }, /leaves the input folder/],
    [{ inputDir: '/data/in', outputDir: '/data/out', rel: '/etc/passwd' }, /leaves the input folder/],
    [{ inputDir: '/data/inside-not', outputDir: '/data/out', rel: 'a.txt' }, /input folder/],
  ])('%o', (job, why) => {
    const r = refusal(roots, job);
    if (why) expect(r).toMatch(why);
    else expect(r).toBeUndefined();
  });
});
