import { inspectDocument, type StageStep } from '../audit/inspect.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { buildPipeline } from '../pipeline/build.js';
import { docFromBytes } from '../pipeline/document.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findConfig } from './run-command.js';

const clip = (s: string, n = 60) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

function describeStep(s: StageStep, limit: number): string[] {
  const lines = [`## ${s.stage}: text ${s.textLength} characters, ${s.garbled} garbled passages${s.rejected ? `; rejected: ${s.rejected.code} ${s.rejected.message}` : ''}`];
  for (const e of s.edits.slice(0, limit)) {
    lines.push(`  edit [${e.start}, ${e.end}) <- original [${e.source.start}, ${e.source.end}) ${e.rules.join('+')}: ${clip(e.from)} -> ${clip(e.to)}`);
  }
  if (s.edits.length > limit) lines.push(`  ... ${s.edits.length - limit} more edits`);
  for (const [kind, e] of Object.entries(s.entities)) {
    lines.push(`  ${kind}: ${e.count} (${e.added.length} new)`);
    for (const a of e.added.slice(0, limit)) lines.push(`    [${a.start}, ${a.end}) <- original [${a.source.start}, ${a.source.end}) ${clip(a.text)}`);
    if (e.added.length > limit) lines.push(`    ... ${e.added.length - limit} more`);
  }
  for (const m of s.messages.slice(0, limit)) lines.push(`  ${m.severity} ${m.ruleId} at [${m.place.start}, ${m.place.end}): ${m.note}`);
  if (s.messages.length > limit) lines.push(`  ... ${s.messages.length - limit} more messages`);
  return lines;
}

/** `escap-pipeline inspect FILE`: one document, stage by stage, what each changed (offsets in the cleaned text and the original). */
export function inspectCommand(file: string, opts: { config?: string; json?: boolean; limit?: string }, out: (s: string) => void, log: (line: string) => void): number {
  let pipeline;
  let bytes;
  try {
    pipeline = buildPipeline(loadConfig(opts.config ?? findConfig({})).config);
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof ConfigError || (e as { code?: string }).code) {
      log(`escap-pipeline: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
  const { steps, doc } = inspectDocument(docFromBytes(path.basename(file), bytes), pipeline);
  if (opts.json) {
    out(`${JSON.stringify(steps, null, 2)}\n`);
  } else {
    const limit = opts.limit === undefined ? 20 : Math.max(0, Number(opts.limit) || 0);
    out(`# ${file}: ${bytes.length} bytes, ${doc.encoding}; the batch is this document alone\n\n${steps.flatMap((s) => describeStep(s, limit)).join('\n')}\n`);
  }
  return doc.rejected ? 1 : 0;
}
