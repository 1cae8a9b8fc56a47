import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesDone, generatedBatch, outputSnapshot } from '../output-helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
// The CLI as `npm test` builds it first (pretest): coordinator and workers are real processes.
const cli = path.join(root, 'dist', 'src', 'app', 'main.js');
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('queued-run tests skipped: no redis-server binary (`.ci/run` installs Debian\'s redis-server)');

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve(p.exitCode) : p.on('exit', (code) => resolve(code))));

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (check()) {
        clearInterval(t);
        resolve();
      }
    }, 10);
  });
}

describe.skipIf(!hasRedis)('a run through a BullMQ queue on a real redis-server', () => {
  let redis: ChildProcess;
  let url: string;
  let dir: string;
  let input: string;
  let local: Record<string, string>;
  const workers: ChildProcess[] = [];
  const startWorker = (output: string) => {
    const w = spawn(process.execPath, [cli, 'worker', '--queue', url, '-i', input, '-o', output, '--stalled-after', '5'], { cwd: root, stdio: 'ignore' });
    workers.push(w);
    return w;
  };
  const coordinator = (output: string) => {
    const c = spawn(process.execPath, [cli, 'run', '-q', '--queue', url, '-i', input, '-o', output], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    c.stderr!.on('data', (d) => process.stderr.write(d));
    return c;
  };

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    dir = mkdtempSync(path.join(tmpdir(), 'escap-queue-'));
    input = path.join(dir, 'input');
    generatedBatch(input, 10);
    const ref = path.join(dir, 'local');
    expect(spawnSync(process.execPath, [cli, 'run', '-q', '-i', input, '-o', ref], { cwd: root }).status).toBe(1);
    local = outputSnapshot(ref);
    // redis-server takes a moment to listen
    for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 100));
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map(exited));
    redis?.kill('SIGKILL');
  }, 60_000);

  it('three workers, one of them SIGKILLed mid-run: the same bytes as a local run', async () => {
    const output = path.join(dir, 'queued');
    const three = [startWorker(output), startWorker(output), startWorker(output)];
    const run = coordinator(output);
    await until(() => entriesDone(output) >= 2);
    three[0].kill('SIGKILL');
    expect(await exited(run)).toBe(1);
    expect(outputSnapshot(output)).toEqual(local);
    expect(JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8')).counts).toEqual({ inputs: 11, records: 10, rejected: 1, quarantined: 0 });
  }, 120_000);

  it('a coordinator killed mid-run and started again finishes the same run', async () => {
    const output = path.join(dir, 'restarted');
    startWorker(output);
    const first = coordinator(output);
    await until(() => entriesDone(output) >= 3);
    first.kill('SIGKILL');
    await exited(first);
    const again = coordinator(output);
    expect(await exited(again)).toBe(1);
    expect(outputSnapshot(output)).toEqual(local);
    expect(existsSync(path.join(output, 'INCOMPLETE'))).toBe(false);
  }, 120_000);

  it('an unreachable server or a bad address exits 2, the password never printed', () => {
    const down = spawnSync(process.execPath, [cli, 'run', '--queue', 'redis://:hunter2@127.0.0.1:1', '-i', input, '-o', path.join(dir, 'never')], { cwd: root });
    expect(down.status).toBe(2);
    expect(down.stderr.toString()).toMatch(/cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect(down.stderr.toString()).not.toContain('hunter2');
    expect(existsSync(path.join(dir, 'never'))).toBe(false);
    const bad = spawnSync(process.execPath, [cli, 'worker', '--queue', 'http://127.0.0.1:6379'], { cwd: root });
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toMatch(/redis:\/\//);
  }, 60_000);
});
