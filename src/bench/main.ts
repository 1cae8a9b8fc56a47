import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { buildPipeline, type BuiltPipeline } from '../pipeline/build.js';
import { docFromBytes } from '../pipeline/document.js';
import { processDocs } from '../pipeline/run.js';
import { loadCorpus } from '../eval/data.js';
import { table } from '../eval/table.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus/un' },
    config: { type: 'string', default: 'pipeline.config.json' },
    rounds: { type: 'string', default: '2' },
  },
});

/** Wraps every stage so that the time spent in it is added up by name. */
function timed(pipeline: BuiltPipeline, spent: Map<string, number>): BuiltPipeline {
  const wrap = (steps: BuiltPipeline['before']) => steps.map(({ name, run }) => ({
    name,
    run: ((doc, ctx) => {
      const t = process.hrtime.bigint();
      const out = run(doc, ctx);
      spent.set(name, (spent.get(name) ?? 0) + Number(process.hrtime.bigint() - t) / 1e9);
      return out;
    }) as typeof run,
  }));
  return { ...pipeline, before: wrap(pipeline.before), after: wrap(pipeline.after) };
}

function main(): number {
  const dir = path.resolve(values.corpus!);
  if (!existsSync(dir)) {
    process.stderr.write(`bench: no corpus folder ${dir}\n`);
    return 2;
  }
  const corpus = loadCorpus(dir);
  const bytes = corpus.map((c) => new TextEncoder().encode(c.text));
  const mb = bytes.reduce((a, b) => a + b.length, 0) / 1e6;
  const rounds = Number(values.rounds);
  const spent = new Map<string, number>();
  const pipeline = timed(buildPipeline(loadConfig(values.config!).config), spent);
  // one warm-up round loads lexicons, gazetteers and the JIT; it is not counted
  processDocs(bytes.map((b, i) => docFromBytes(corpus[i].name, b)), pipeline);
  spent.clear();
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) processDocs(bytes.map((b, i) => docFromBytes(corpus[i].name, b)), pipeline);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const rows: (string | number)[][] = [['stage', 'seconds', 'MB/s']];
  let extract = 0;
  for (const [name, s] of spent) {
    rows.push([name, s.toFixed(2), ((mb * rounds) / s).toFixed(2)]);
    if (name.startsWith('extract-')) extract += s;
  }
  rows.push(['extract stages together', extract.toFixed(2), ((mb * rounds) / extract).toFixed(2)]);
  rows.push(['whole pipeline (one core)', wall.toFixed(2), ((mb * rounds) / wall).toFixed(2)]);
  console.log(`# Throughput on ${corpus.length} documents, ${mb.toFixed(2)} MB, ${rounds} rounds after a warm-up, one core\n`);
  console.log(table(rows));
  console.log(`\npeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return 0;
}

process.exitCode = main();
