import { buildAuditSite } from '../audit/build-site.js';
import { OutputFolderError } from '../audit/read-output.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { findConfig, foldersOf } from './run-command.js';

export interface AuditFlags { output?: string; input?: string; config?: string; gold?: string; truth?: string; against?: string }

/** `escap-pipeline audit`: writes output/audit/ (see `buildAuditSite`); exit 2 when the folder is no output. */
export async function auditCommand(flags: AuditFlags, log: (line: string) => void): Promise<number> {
  let folders;
  try {
    folders = foldersOf(flags, loadConfig(flags.config ?? findConfig(flags)));
  } catch (e) {
    if (e instanceof ConfigError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    const started = Date.now();
    const site = await buildAuditSite({ output: folders.output, input: folders.input, gold: flags.gold, truth: flags.truth, against: flags.against });
    log(`escap-pipeline: audit of ${site.documents} documents in ${site.dir}/index.html (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (e) {
    if (e instanceof OutputFolderError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
