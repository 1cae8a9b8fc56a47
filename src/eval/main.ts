import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import type { Doc } from '../core/doc.js';
import { buildPipeline, type BuiltPipeline } from '../pipeline/build.js';
import { docFromBytes, processDocs } from '../pipeline/run.js';
import { cer } from './cer.js';
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

function cerSection(pipeline: BuiltPipeline, docs: EvalDoc[]): { rows: (string | number)[][]; harm: number } {
  const rows: (string | number)[][] = [['level', 'docs', 'raw CER', 'clean CER', 'reduction']];
  const decoder = new TextDecoder();
  for (const level of LEVELS) {
    const withLevel = docs.filter((d) => d.ocr[level]);
    const out = run(pipeline, withLevel.map((d) => ({ name: d.name, bytes: d.ocr[level]! })));
    const raw = mean(withLevel.map((d) => cer(decoder.decode(d.ocr[level]!), d.gt)));
    const clean = mean(out.map((o, i) => cer(o.text, withLevel[i].gt)));
    rows.push([level, withLevel.length, pct(raw), pct(clean), pct(raw ? (raw - clean) / raw : 0, 1)]);
  }
  const gtOut = run(pipeline, docs.map((d) => ({ name: d.name, bytes: enc(d.gt) })));
  const harm = mean(gtOut.map((o, i) => cer(o.text, docs[i].gt)));
  rows.push(['clean .gt (harm)', docs.length, pct(0), pct(harm, 3), '']);
  return { rows, harm };
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
  const { rows, harm } = cerSection(pipeline, docs);
  console.log(`# Character error rate against NAME.gt.txt (whitespace folded), ${dataDir}\n`);
  console.log(table(rows));
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
