import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline/run.js';
import type { QueueProgress } from '../queue/coordinator.js';

const PHASES: Record<Progress['phase'], string> = { count: 'counting', process: 'processing' };

/**
 * How a run reports progress. On a terminal: a bar per phase with documents/s, MB/s and the time
 * left (cli-progress). Elsewhere (a log, a pipe): a plain line every tenth of the way, so a
 * nightly log stays short. Returns the callback and a function that ends the display.
 */
export function progressReporter(log: (line: string) => void, tty: boolean): { report: (p: Progress) => void; stop: () => void } {
  let phase: Progress['phase'] | undefined;
  let started = 0;
  let bar: cliProgress.SingleBar | undefined;
  let lastTenth = -1;
  const rates = (p: Progress) => {
    const s = Math.max((Date.now() - started) / 1000, 1e-3);
    return { docs: (p.done / s).toFixed(1), mb: (p.bytes / 1e6 / s).toFixed(2) };
  };
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const report = (p: Progress) => {
    if (p.phase !== phase) {
      stop();
      phase = p.phase;
      started = Date.now();
      lastTenth = -1;
      if (tty) {
        bar = new cliProgress.SingleBar({
          format: `${PHASES[p.phase]} {bar} {value}/{total} documents | {docs} docs/s | {mb} MB/s | ETA {eta_formatted}`,
          stream: process.stderr,
          hideCursor: true,
        }, cliProgress.Presets.shades_classic);
        bar.start(p.total, 0, { docs: '0', mb: '0' });
      }
    }
    if (bar) {
      bar.update(p.done, rates(p));
      return;
    }
    const tenth = Math.floor((p.done / p.total) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      const r = rates(p);
      log(`  ${PHASES[p.phase]} ${p.done}/${p.total} documents, ${(p.bytes / 1e6).toFixed(1)} MB (${r.docs} docs/s, ${r.mb} MB/s)`);
    }
  };
  return { report, stop };
}

/** A line whenever the queue's picture changes: queued, active, done and failed jobs of this run. */
export function queueLine(log: (line: string) => void): (p: QueueProgress) => void {
  let last = '';
  return (p) => {
    const line = `  ${PHASES[p.phase]}: ${p.queued} queued, ${p.active} active, ${p.done} done, ${p.failed} failed of ${p.total}`;
    if (line !== last) log(line);
    last = line;
  };
}
