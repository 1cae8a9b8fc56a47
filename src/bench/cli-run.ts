import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'app', 'main.js');

export interface CliRun {
  seconds: number;
  /** Highest resident memory of the process (VmHWM), read from /proc while it runs. */
  peakMb: number;
  code: number | null;
}

/** VmHWM of a live process in MB, or 0 where /proc does not have it. */
function peakOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs the CLI as a user would (`run -q`), timing it and following its peak memory. */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'run', '-q', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    const timer = setInterval(() => { peak = Math.max(peak, peakOf(child.pid!)); }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) process.stderr.write(stderr);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peak, code });
    });
  });
}

/** A `worker` process serving the queue of `output`; stop it with SIGTERM. */
export function startWorker(queue: string, input: string, output: string, config: string) {
  return spawn(process.execPath, [cli, 'worker', '--queue', queue, '-c', config, '-i', input, '-o', output], { stdio: 'ignore' });
}
