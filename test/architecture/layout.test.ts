import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/schema.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stagesDir = path.join(root, 'src', 'stages');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const stageFiles = filesUnder(stagesDir).map((file) => ({
  file, stage: path.relative(stagesDir, file).split(path.sep)[0], source: readFileSync(file, 'utf8'),
}));

describe('the shape the design card fixes', () => {
  it('finds the stage sources it checks', () => {
    expect(new Set(stageFiles.map((f) => f.stage)).size).toBeGreaterThanOrEqual(10);
  });

  it('no stage imports another stage: shared primitives live outside src/stages', () => {
    const crossings = stageFiles.flatMap(({ file, stage, source }) => [...source.matchAll(/from '(\.[^']+)'/g)]
      .map((m) => path.resolve(path.dirname(file), m[1]))
      .filter((target) => target.startsWith(stagesDir + path.sep) && path.relative(stagesDir, target).split(path.sep)[0] !== stage)
      .map((target) => `${path.relative(root, file)} -> ${path.relative(root, target)}`));
    expect(crossings).toEqual([]);
  });

  it('no stage holds module-level mutable state', () => {
    // a top-level `let`, or a top-level collection that something fills later
    const mutable = stageFiles.flatMap(({ file, source }) => source.split('\n')
      .filter((line) => /^let\s/.test(line) || /^(export\s+)?const\s+\w+\s*(:\s*[^=]+)?=\s*new (Map|Set|WeakMap|Array)\(\s*\)/.test(line))
      .map((line) => `${path.relative(root, file)}: ${line.trim()}`));
    expect(mutable).toEqual([]);
  });

  it('the build writes the config JSON Schema the shipped config points at', () => {
    const shipped = JSON.parse(readFileSync(path.join(root, 'pipeline.config.json'), 'utf8'));
    const built = JSON.parse(readFileSync(path.join(root, shipped.$schema), 'utf8'));
    expect(built).toEqual(configJsonSchema());
    expect(built.properties.stages.properties['extract-places'].anyOf[1].properties.minCityPopulation.default).toBe(100000);
  });
});
