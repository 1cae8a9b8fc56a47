#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { configJsonSchema } from '../config/schema.js';
import { recordJsonSchema } from '../record/schema.js';
import { toolVersion } from '../version.js';

// Each command's module is imported when the command runs: a run does not load the queue's,
// the audit's or the charts' libraries (start-up time).

const log = (line: string) => process.stderr.write(`${line}\n`);

function program(): Command {
  const cmd = new Command('escap-pipeline')
    .description('Clean OCR-damaged UN report texts into a validated, traceable dataset')
    .version(toolVersion().version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd
    .command('run')
    .description('process every file in the input folder into records in the output folder')
    .option('-i, --input <dir>', 'input folder (default: "input" from the config)')
    .option('-o, --output <dir>', 'output folder (default: "output" from the config)')
    .option('-c, --config <file>', 'pipeline config file (default: pipeline.config.json in the working folder, beside the input or output folder, or the package\'s own)')
    .option('-q, --quiet', 'only print the summary and rejections')
    .option('--prune', 'allow a run that removes most or all of the records already in the output folder (an empty input, say)')
    .option('--force', 'process every input again, even those whose records are up to date')
    .option('--queue <url>', 'run through a BullMQ queue on this Redis (redis://[:password@]HOST:PORT): `escap-pipeline worker` processes do the documents')
    .option('-w, --workers <n>', 'threads for the stages after the batch context, or "auto" (default: "workers" from the config)')
    .action(async (opts) => {
      const { runCommand } = await import('./run-command.js');
      process.exitCode = await runCommand({ ...opts, progressBar: process.stderr.isTTY }, log);
    });
  cmd
    .command('worker')
    .description('serve the documents of queued runs (`run --queue`) until SIGTERM; the input and output folders must be the ones the runs use')
    .requiredOption('--queue <url>', 'the Redis the runs queue on: redis://[:password@]HOST:PORT')
    .option('--concurrency <n>', 'threads, each loading the resources once (default 1)')
    .option('-i, --input <dir>', 'the input folder jobs may read (default: "input" from the config)')
    .option('-o, --output <dir>', 'the output folder jobs may write (default: "output" from the config)')
    .option('-c, --config <file>', 'pipeline config file, for the default folders')
    .option('--stalled-after <seconds>', 'how long a job may go without its lock renewed before another worker takes it over (default 30)')
    .action(async (opts) => {
      const { workerCommand } = await import('./worker-command.js');
      process.exitCode = await workerCommand(opts, log);
    });
  cmd
    .command('audit')
    .description('write output/audit/: a self-contained site (index with totals, charts and documents ranked by how unsure the pipeline was; a page per document with every item marked and explained, filters, verdicts exported as gold, the original and cleaned text aligned)')
    .option('-o, --output <dir>', 'the output folder (default: "output" from the config)')
    .option('-i, --input <dir>', 'the input folder, for the original texts (default: "input" from the config)')
    .option('-c, --config <file>', 'pipeline config file, for the default folders')
    .option('--gold <dir>', 'gold files NAME.gold.json: precision, recall and F1 per kind, false positives and misses')
    .option('--truth <dir>', 'true texts NAME.gt.txt: character error rate before and after, per document and in total')
    .option('--against <dir>', 'an earlier output folder: the index shows what changed since (as `diff`)')
    .action(async (opts) => {
      const { auditCommand } = await import('./audit-command.js');
      process.exitCode = await auditCommand(opts, log);
    });
  cmd
    .command('eval')
    .description('score an output folder against your gold files (precision, recall, F1 per kind) and true texts (character error rate before and after)')
    .option('-o, --output <dir>', 'the output folder (default: "output" from the config)')
    .option('-i, --input <dir>', 'the input folder, for the error rate of the input (default: "input" from the config)')
    .option('-c, --config <file>', 'pipeline config file, for the default folders')
    .option('--gold <dir>', 'gold files NAME.gold.json, in the format of the evaluation guidelines')
    .option('--truth <dir>', 'true texts NAME.gt.txt')
    .option('--json', 'the scores, false positives and misses as JSON on stdout')
    .action(async (opts) => {
      const { evalCommand } = await import('./eval-command.js');
      process.exitCode = evalCommand(opts, (s) => process.stdout.write(s), log);
    });
  cmd
    .command('diff')
    .description('what changed between two output folders: documents added, removed and changed, text, repairs and entities; exit 0 when the same, 1 when different')
    .argument('<old>', 'the earlier output folder')
    .argument('<new>', 'the later output folder')
    .option('--json', 'the whole difference as JSON on stdout')
    .action(async (oldDir: string, newDir: string, opts: { json?: boolean }) => {
      const { diffCommand } = await import('./diff-command.js');
      process.exitCode = diffCommand(oldDir, newDir, opts, (s) => process.stdout.write(s), log);
    });
  cmd
    .command('inspect')
    .description('one document through the pipeline stage by stage: the edits, garbled passages, entities and messages each stage added, with offsets in the cleaned text and the original')
    .argument('<file>', 'a report text')
    .option('-c, --config <file>', 'pipeline config file')
    .option('--limit <n>', 'items shown per stage and kind (default 20)')
    .option('--json', 'every step as JSON on stdout')
    .action(async (file: string, opts: { config?: string; json?: boolean; limit?: string }) => {
      const { inspectCommand } = await import('./inspect-command.js');
      process.exitCode = inspectCommand(file, opts, (s) => process.stdout.write(s), log);
    });
  cmd
    .command('schema')
    .description('print the JSON Schema of a record (or, with --config, of pipeline.config.json) to stdout')
    .option('--config', 'the schema of the config file instead of a record')
    .action((opts: { config?: boolean }) => {
      process.stdout.write(`${JSON.stringify(opts.config ? configJsonSchema() : recordJsonSchema(), null, 2)}\n`);
    });
  return cmd;
}

try {
  await program().parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
    process.exitCode = ok ? 0 : 2;
  } else {
    log(`escap-pipeline: internal error: ${(e as Error).stack ?? e}`);
    process.exitCode = 2;
  }
}
