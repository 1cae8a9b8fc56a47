import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import { buildPipeline, type BuiltPipeline } from '../pipeline/build.js';
import { docFromBytes } from '../pipeline/document.js';
import { processDocs } from '../pipeline/run.js';
import { table } from '../eval/table.js';
import { runCli, startWorker, type CliRun } from './cli-run.js';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { naivePipeline } from './naive.js';

/** Start-up runs, of which the bench reports the median. */
const STARTUP_RUNS = 5;
/** Rounds of the stage table after its warm-up, of which it reports the median (one round on a shared machine varies by a fifth). */
const STAGE_ROUNDS = 3;

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    config: { type: 'string', default: 'pipeline.config.json' },
    times: { type: 'string', default: '10' },
    /** Only the per-stage table (fast). */
    'stages-only': { type: 'boolean', default: false },
    /** Also the queue: a local redis-server, one and two worker processes on corpus/un x10. */
    queue: { type: 'boolean', default: false },
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

const txtFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const mbOf = (dir: string, files: string[]) => files.reduce((a, f) => a + readFileSync(path.join(dir, f)).length, 0) / 1e6;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Seconds per stage in one process over `dir`: after a warm-up round that loads the resources, the
 * median of `STAGE_ROUNDS` rounds (for the sums, the median of each round's sum).
 */
function stageTable(dir: string, pipeline: BuiltPipeline): string {
  const files = txtFiles(dir);
  const bytes = files.map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
  const mb = bytes.reduce((a, b) => a + b.length, 0) / 1e6;
  const spent = new Map<string, number>();
  const clocked = timed(pipeline, spent);
  processDocs(bytes.map((b, i) => docFromBytes(files[i], b)), clocked);
  const rounds: Map<string, number>[] = [];
  for (let r = 0; r < STAGE_ROUNDS; r++) {
    spent.clear();
    processDocs(bytes.map((b, i) => docFromBytes(files[i], b)), clocked);
    rounds.push(new Map(spent));
  }
  const sum = (round: Map<string, number>, extractOnly: boolean) => [...round].reduce((a, [name, s]) => a + (!extractOnly || name.startsWith('extract-') ? s : 0), 0);
  const rows: (string | number)[][] = [['stage', 'seconds', 'MB/s']];
  for (const name of rounds[0].keys()) {
    const s = median(rounds.map((round) => round.get(name)!));
    rows.push([name, s.toFixed(2), (mb / s).toFixed(2)]);
  }
  const extract = median(rounds.map((round) => sum(round, true)));
  const total = median(rounds.map((round) => sum(round, false)));
  rows.push(['extract stages together', extract.toFixed(2), (mb / extract).toFixed(2)]);
  rows.push(['every stage', total.toFixed(2), (mb / total).toFixed(2)]);
  const each = rounds.map((round) => sum(round, true).toFixed(2)).join(', ');
  return `## Stages, in one process over ${path.basename(dir)} (${mb.toFixed(2)} MB): the median of ${STAGE_ROUNDS} rounds after a warm-up round\n\n${table(rows)}\n\nextract stages together, each round: ${each} s`;
}

/** The naive pipeline's MB/s over the texts of `dir` (in this process, one core). */
function naiveRate(dir: string): number {
  const files = txtFiles(dir);
  const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  naivePipeline(texts.slice(0, 2));
  const t = process.hrtime.bigint();
  naivePipeline(texts);
  return mbOf(dir, files) / (Number(process.hrtime.bigint() - t) / 1e9);
}

/** A folder holding `times` copies of `dir` (links, in sub-folders c0, c1, ...). */
function multiplied(dir: string, times: number, into: string): string {
  const out = path.join(into, `${path.basename(dir)}-x${times}`);
  for (let c = 0; c < times; c++) {
    mkdirSync(path.join(out, `c${c}`), { recursive: true });
    for (const f of txtFiles(dir)) symlinkSync(path.join(dir, f), path.join(out, `c${c}`, f));
  }
  return out;
}

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/**
 * The queue against a local run of the same input: a redis-server of its own, then the
 * coordinator with one and with two worker processes. Returns the lines to print.
 */
async function queueBench(input: string, local: CliRun, docs: number, mb: number, config: string, work: string): Promise<string[]> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return ['queue: no redis-server binary, skipped'];
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 100));
  const lines: string[] = [];
  try {
    for (const n of [1, 2]) {
      const output = path.join(work, `out-queue-${n}`);
      const workers = Array.from({ length: n }, () => startWorker(url, input, output, config));
      const r = await runCli(['-c', config, '--queue', url, '-i', input, '-o', output]);
      for (const w of workers) w.kill('SIGTERM');
      await Promise.all(workers.map((w) => new Promise((res) => (w.exitCode !== null ? res(0) : w.on('exit', res)))));
      lines.push(`queue, ${n} worker process${n > 1 ? 'es' : ''}: ${r.seconds.toFixed(1)} s, ${(mb / r.seconds).toFixed(2)} MB/s = ${((local.seconds / r.seconds) * 100).toFixed(0)}% of the local run's MB/s`);
      if (n === 1) lines.push(`queue overhead per document (one worker against the local run): ${(((r.seconds - local.seconds) / docs) * 1000).toFixed(0)} ms`);
    }
  } finally {
    redis.kill('SIGKILL');
  }
  return lines;
}

/** The heavy scans of the dev set as inputs of their own. */
function heavyScans(devDir: string, into: string): string {
  const out = path.join(into, 'dev-heavy');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(devDir).filter((x) => x.endsWith('.heavy.ocr.txt'))) symlinkSync(path.join(devDir, f), path.join(out, f.replace('.heavy.ocr.txt', '.txt')));
  return out;
}

function folderMb(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) if (f.endsWith('.txt')) total += readFileSync(path.join(dir, f)).length;
  return total / 1e6;
}

const mark = (ok: boolean) => (ok ? 'met' : 'missed');

async function main(): Promise<number> {
  const shared = path.resolve(values.shared!);
  const un = path.join(shared, 'corpus', 'un');
  if (!existsSync(un)) {
    process.stderr.write(`bench: no corpus folder ${un} (give --shared)\n`);
    return 2;
  }
  const config = path.resolve(values.config!);
  let pipeline: BuiltPipeline;
  try {
    pipeline = buildPipeline(loadConfig(config).config);
  } catch (e) {
    // (run from another folder, the default config is not there: say so, not a stack trace)
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`bench: ${e.message} (give --config)\n`);
    return 2;
  }
  if (values['stages-only']) {
    console.log(stageTable(un, pipeline));
    return 0;
  }
  const times = Number(values.times);
  const work = mkdtempSync(path.join(tmpdir(), 'escap-bench-'));
  try {
    const sets: [string, string][] = [['corpus/un', un], [`corpus/un x${times}`, multiplied(un, times, work)]];
    const pdf = path.join(shared, 'corpus', 'pdf');
    if (existsSync(pdf)) sets.push(['corpus/pdf', pdf]);
    const dev = path.join(shared, 'eval', 'dev');
    if (existsSync(dev)) sets.push(['dev heavy scans', heavyScans(dev, work)]);

    // start-up: the CLI on one sentence (imports, pipeline, resources, one document)
    const tiny = path.join(work, 'tiny');
    mkdirSync(tiny);
    writeFileSync(path.join(tiny, 'one.txt'), 'The Committee met in Bangkok on 3 May 2024.\n');
    // (five runs, the median: one run on a shared machine varies by a third)
    const startups: CliRun[] = [];
    for (let i = 0; i < STARTUP_RUNS; i++) startups.push(await runCli(['-c', config, '-i', tiny, '-o', path.join(work, `out-tiny-${i}`)]));
    const bySeconds = [...startups].sort((a, b) => a.seconds - b.seconds);
    const startup = bySeconds[Math.floor(STARTUP_RUNS / 2)];

    const naive = { un: naiveRate(un), pdf: existsSync(pdf) ? naiveRate(pdf) : NaN };
    const rows: (string | number)[][] = [['input', 'MB', 'seconds', 'MB/s', 'x naive', 'peak MB']];
    const runs = new Map<string, CliRun & { mb: number }>();
    for (const [name, dir] of sets) {
      const mb = folderMb(dir);
      const r = await runCli(['-c', config, '-i', dir, '-o', path.join(work, `out-${runs.size}`)]);
      runs.set(name, { ...r, mb });
      const base = name === 'corpus/pdf' ? naive.pdf : name.startsWith('corpus/un') ? naive.un : NaN;
      rows.push([name, mb.toFixed(2), r.seconds.toFixed(1), (mb / r.seconds).toFixed(2), Number.isNaN(base) ? '' : `${(mb / r.seconds / base).toFixed(2)}x`, r.peakMb.toFixed(0)]);
    }
    const bigName = `corpus/un x${times}`;
    const rerun = await runCli(['-c', config, '-i', sets[1][1], '-o', path.join(work, 'out-1')]);
    const two = await runCli(['-c', config, '-i', un, '-o', path.join(work, 'out-w2'), '-w', '2']);

    console.log(`# Benchmark: the CLI end to end (default config, one worker unless said), this machine\n`);
    console.log(table(rows));
    console.log(`\nnaive compromise + chrono on the raw text: corpus/un ${naive.un.toFixed(2)} MB/s, corpus/pdf ${naive.pdf.toFixed(2)} MB/s (one core, in process)`);
    console.log(`start-up (the CLI on one sentence, imports and resources included): ${startup.seconds.toFixed(2)} s (median of ${STARTUP_RUNS}; ${bySeconds[0].seconds.toFixed(2)}-${bySeconds[STARTUP_RUNS - 1].seconds.toFixed(2)} s), peak ${startup.peakMb.toFixed(0)} MB`);
    console.log(`rerun of ${bigName} with nothing changed: ${rerun.seconds.toFixed(2)} s`);
    console.log(`corpus/un with --workers 2: ${two.seconds.toFixed(1)} s (one worker: ${runs.get('corpus/un')!.seconds.toFixed(1)} s), peak ${two.peakMb.toFixed(0)} MB`);

    const one = runs.get('corpus/un')!;
    const big = runs.get(bigName)!;
    const heavy = runs.get('dev heavy scans');
    const pdfRun = runs.get('corpus/pdf');
    const targets: (string | number)[][] = [['target (issue 12)', 'measured', '']];
    targets.push(['>= 5 MB/s on corpus/un x10', `${(big.mb / big.seconds).toFixed(2)} MB/s`, mark(big.mb / big.seconds >= 5)]);
    if (pdfRun) targets.push(['>= 5 MB/s on corpus/pdf', `${(pdfRun.mb / pdfRun.seconds).toFixed(2)} MB/s`, mark(pdfRun.mb / pdfRun.seconds >= 5)]);
    targets.push(['>= 70x naive (corpus/un x10)', `${((big.mb / big.seconds) / naive.un).toFixed(3)}x`, mark((big.mb / big.seconds) / naive.un >= 70)]);
    if (heavy) targets.push(['>= 0.5 MB/s on heavy scans', `${(heavy.mb / heavy.seconds).toFixed(2)} MB/s`, mark(heavy.mb / heavy.seconds >= 0.5)]);
    targets.push(['peak <= 400 MB at 1x', `${one.peakMb.toFixed(0)} MB`, mark(one.peakMb <= 400)]);
    targets.push([`peak <= 400 MB at ${times}x, within 10% of 1x`, `${big.peakMb.toFixed(0)} MB (${((big.peakMb / one.peakMb - 1) * 100).toFixed(0)}%)`, mark(big.peakMb <= 400 && big.peakMb <= one.peakMb * 1.1)]);
    targets.push(['start-up <= 0.5 s', `${startup.seconds.toFixed(2)} s`, mark(startup.seconds <= 0.5)]);
    targets.push([`rerun, nothing changed, ${bigName} <= 3 s`, `${rerun.seconds.toFixed(2)} s`, mark(rerun.seconds <= 3)]);
    if (values.queue) {
      const docs = readdirSync(sets[1][1], { recursive: true }).map(String).filter((f) => f.endsWith('.txt')).length;
      const lines = await queueBench(sets[1][1], big, docs, big.mb, config, work);
      console.log(`\n## ${bigName} through a BullMQ queue on a local redis-server\n\n${lines.join('\n')}`);
    }
    console.log(`\n${table(targets)}\n`);
    console.log(stageTable(un, pipeline));
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
