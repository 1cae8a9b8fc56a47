import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import type { Doc } from '../core/doc.js';
import { buildPipeline, type BuiltPipeline } from '../pipeline/build.js';
import { docFromBytes, processDocs } from '../pipeline/run.js';
import { cer } from './cer.js';
import { ENTITY_TYPES, emptyPRF, entityCounts, f1, type Gold, type PRF } from './entity-metrics.js';
import { emptyCounts, garbleCounts, type GarbleCounts } from './garble-metrics.js';
import { LEVELS, loadCorpus, loadEvalSet, type EvalDoc } from './data.js';
import { pct, table } from './table.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/dev' },
    corpus: { type: 'string' },
    config: { type: 'string', default: 'pipeline.config.json' },
    'max-harm': { type: 'string', default: '0.001' },
  },
});

function run(pipeline: BuiltPipeline, items: { name: string; bytes: Uint8Array }[]): Doc[] {
  return processDocs(items.map((i) => docFromBytes(`${i.name}.txt`, i.bytes)), pipeline);
}

const enc = (s: string) => new TextEncoder().encode(s);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

interface LevelResult {
  level: string;
  docs: number;
  raw: number;
  clean: number;
  garble: GarbleCounts;
  entities: Record<string, PRF>;
}

function evaluateLevel(pipeline: BuiltPipeline, level: string, docs: EvalDoc[], bytesOf: (d: EvalDoc) => Uint8Array | undefined): LevelResult {
  const decoder = new TextDecoder();
  const present = docs.filter((d) => bytesOf(d));
  const out = run(pipeline, present.map((d) => ({ name: d.name, bytes: bytesOf(d)! })));
  const garble = emptyCounts();
  out.forEach((o, i) => garbleCounts(o, present[i].gt, garble));
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, emptyPRF()]));
  out.forEach((o, i) => {
    const gold = present[i].gold as Gold | undefined;
    if (gold) for (const t of ENTITY_TYPES) entityCounts(o, gold, t, entities[t]);
  });
  return {
    level,
    docs: present.length,
    raw: mean(present.map((d) => cer(decoder.decode(bytesOf(d)!), d.gt))),
    clean: mean(out.map((o, i) => cer(o.text, present[i].gt))),
    garble,
    entities,
  };
}

function entityTable(results: LevelResult[]): string {
  const rows: (string | number)[][] = [['level', ...ENTITY_TYPES.flatMap((t) => [`${t} P`, 'R', 'F1'])]];
  for (const r of results) {
    rows.push([r.level.replace(' (harm)', ''), ...ENTITY_TYPES.flatMap((t) => {
      const { p, r: rec, f } = f1(r.entities[t]);
      return [p.toFixed(2), rec.toFixed(2), f.toFixed(2)];
    })]);
  }
  return table(rows);
}

function cerTable(results: LevelResult[]): string {
  return table([
    ['level', 'docs', 'raw CER', 'clean CER', 'reduction'],
    ...results.map((r) => [r.level, r.docs, pct(r.raw), pct(r.clean, r.level === 'clean .gt (harm)' ? 3 : 2), r.raw ? pct((r.raw - r.clean) / r.raw, 1) : '']),
  ]);
}

function garbleTable(results: LevelResult[]): string {
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  return table([
    ['level', 'tokens', 'flagged', 'precision', 'unrecoverable', 'recall (unrec.)', 'flagged share'],
    ...results.map(({ level, garble: g }) => [
      level, g.tokens, g.flagged, ratio(g.flaggedWrong, g.flagged), g.unrecoverable,
      ratio(g.flaggedUnrecoverable, g.unrecoverable), pct(g.tokens ? g.flagged / g.tokens : 0, 2),
    ]),
  ]);
}

function main(): number {
  const dataDir = path.resolve(values.data!);
  if (!existsSync(dataDir)) {
    process.stderr.write(`eval: no data folder ${dataDir}\n`);
    return 2;
  }
  const pipeline = buildPipeline(loadConfig(values.config!).config);
  const docs = loadEvalSet(dataDir);
  const maxHarm = Number(values['max-harm']);
  const started = Date.now();
  const results = [
    ...LEVELS.map((level) => evaluateLevel(pipeline, level, docs, (d) => d.ocr[level])),
    evaluateLevel(pipeline, 'clean .gt (harm)', docs, (d) => enc(d.gt)),
  ];
  const harm = results[results.length - 1].clean;
  console.log(`# Character error rate against NAME.gt.txt (whitespace folded), ${dataDir}\n`);
  console.log(cerTable(results));
  console.log('\n# Garble detection, input tokens aligned to the true text\n');
  console.log(garbleTable(results));
  console.log('\n# Entities: set-level precision, recall, F1 against NAME.gold.json\n');
  console.log(entityTable(results));
  let worstHarm = harm;
  const corpusDir = values.corpus ? path.resolve(values.corpus) : path.resolve(dataDir, '../../corpus/un');
  if (existsSync(corpusDir)) {
    const corpus = loadCorpus(corpusDir);
    const out = run(pipeline, corpus.map((c) => ({ name: c.name, bytes: enc(c.text) })));
    const harms = out.map((o, i) => cer(o.text, corpus[i].text));
    const worst = Math.max(...harms);
    const worstDoc = corpus[harms.indexOf(worst)].name;
    console.log(`\n# Do-no-harm on ${corpus.length} clean documents of ${corpusDir}\n`);
    console.log(table([['measure', 'CER'], ['mean', pct(mean(harms), 3)], [`worst (${worstDoc})`, pct(worst, 3)]]));
    worstHarm = Math.max(worstHarm, mean(harms));
  }
  console.log(`\n(eval took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (worstHarm > maxHarm) {
    console.log(`\nFAIL: harm CER ${pct(worstHarm, 3)} exceeds ${pct(maxHarm, 3)}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
