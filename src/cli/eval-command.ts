import { OutputFolderError, readOutputFolder } from '../audit/read-output.js';
import { scoreOutput } from '../audit/scores.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { pct, table } from '../eval/table.js';
import { findConfig, foldersOf } from './run-command.js';

export interface EvalFlags { output?: string; input?: string; config?: string; gold?: string; truth?: string; json?: boolean }

/**
 * `escap-pipeline eval`: an output folder scored against the user's gold files and true texts, in
 * the terminal (the audit site shows the same with the items listed). Exit 2 without either.
 */
export function evalCommand(flags: EvalFlags, out: (s: string) => void, log: (line: string) => void): number {
  if (!flags.gold && !flags.truth) {
    log('escap-pipeline: eval needs --gold DIR (NAME.gold.json) or --truth DIR (NAME.gt.txt), or both');
    return 2;
  }
  let scores;
  try {
    const folders = foldersOf(flags, loadConfig(flags.config ?? findConfig(flags)));
    scores = scoreOutput(readOutputFolder(folders.output), { input: folders.input, gold: flags.gold, truth: flags.truth });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof OutputFolderError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (flags.json) {
    out(`${JSON.stringify(scores, null, 2)}\n`);
    return 0;
  }
  const parts: string[] = [];
  if (scores.entities) {
    parts.push(`Entities against ${scores.goldDocuments} gold files\n`);
    parts.push(table([['kind', 'precision', 'recall', 'F1', 'false positives', 'missed'],
      ...scores.entities.map((k) => [k.kind, pct(k.p, 1), pct(k.r, 1), pct(k.f, 1), k.falsePositives.length, k.misses.length])]));
  } else if (flags.gold) parts.push(`No gold file in ${flags.gold} matches a record of this output.`);
  if (scores.cer) {
    parts.push(`\nCharacter error rate against ${scores.cer.documents} true texts: ${pct(scores.cer.before)} in the input, ${pct(scores.cer.after)} after cleaning (${pct(1 - scores.cer.after / Math.max(1e-9, scores.cer.before), 1)} less)`);
  } else if (flags.truth) parts.push(`\nNo true text in ${flags.truth} matches a record whose input could be read (give --input).`);
  out(`${parts.join('\n')}\n`);
  return 0;
}
