import { describe, expect, it } from 'vitest';
import { ConfigError, canonicalJson, configHash, parseConfig } from '../../src/config/load.js';
import { buildPipeline } from '../../src/pipeline/build.js';
import { STAGE_NAMES } from '../../src/pipeline/stages.js';

const build = (raw: unknown) => buildPipeline(parseConfig(raw));

describe('config', () => {
  it('fills defaults for an empty config', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ input: 'input', output: 'output', stages: {} });
    // every stage runs unless turned off
    expect(build({}).ran).toEqual(STAGE_NAMES);
  });

  it('a stage set to false does not run', () => {
    expect(build({ stages: { normalise: false } }).ran).not.toContain('normalise');
  });

  const bad: { name: string; raw: unknown; mentions: string[] }[] = [
    { name: 'unknown top-level key', raw: { inptu: 'x' }, mentions: ['inptu'] },
    { name: 'unknown stage', raw: { stages: { normalize: {} } }, mentions: ['stages', 'normalize'] },
    { name: 'stage setting of the wrong type', raw: { stages: { normalise: true } }, mentions: ['stages.normalise', 'false'] },
    { name: 'input of the wrong type', raw: { input: 3 }, mentions: ['input', 'string'] },
    { name: 'a thread count of zero', raw: { workers: 0 }, mentions: ['workers'] },
  ];
  it.each(bad)('rejects $name, naming the key', ({ raw, mentions }) => {
    let message = '';
    try {
      parseConfig(raw);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    for (const m of mentions) expect(message).toContain(m);
  });

  const badStage: { name: string; raw: unknown; mentions: string[] }[] = [
    { name: 'unknown option', raw: { stages: { normalise: { qoutes: 'ascii' } } }, mentions: ['stages.normalise', 'qoutes'] },
    { name: 'option of the wrong type', raw: { stages: { normalise: { reflow: 'yes' } } }, mentions: ['stages.normalise', 'reflow', 'boolean'] },
    { name: 'option value out of range', raw: { stages: { normalise: { quotes: 'fancy' } } }, mentions: ['quotes', 'ascii'] },
    { name: 'a required stage turned off', raw: { stages: { decode: false } }, mentions: ['stages.decode', 'cannot be turned off'] },
    { name: 'stages out of order', raw: { stages: { normalise: {}, decode: {} } }, mentions: ['order'] },
  ];
  it.each(badStage)('rejects $name at start-up', ({ raw, mentions }) => {
    expect(() => build(raw)).toThrow(ConfigError);
    try {
      build(raw);
    } catch (e) {
      for (const m of mentions) expect((e as Error).message).toContain(m);
    }
  });

  it('hashes equal configs equally, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
    expect(configHash(parseConfig({ input: 'a', output: 'b' }))).toBe(configHash(parseConfig({ output: 'b', input: 'a' })));
    expect(configHash(parseConfig({ input: 'a' }))).not.toBe(configHash(parseConfig({ input: 'b' })));
    // the thread count never changes the dataset, so it is not part of its identity
    expect(configHash(parseConfig({ workers: 2 }))).toBe(configHash(parseConfig({ workers: 'auto' })));
  });
});
