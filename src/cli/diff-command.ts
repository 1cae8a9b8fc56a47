import { diffOutputs, plusMinus, type DatasetDiff } from '../audit/diff.js';
import { ENTITY_TYPES } from '../eval/entity-metrics.js';
import { OutputFolderError, readOutputFolder } from '../audit/read-output.js';
import { table } from '../eval/table.js';

/** The summary a reviewer reads: the counts, then one row per document that is not the same. */
export function diffTable(d: DatasetDiff): string {
  const c = d.counts;
  const lines = [`${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.unchanged} unchanged`];
  const rows: (string | number)[][] = [['document', 'status', 'outcome', 'input', 'text change', 'repairs', ...ENTITY_TYPES, 'fields that differ']];
  for (const doc of d.documents) {
    if (doc.status === 'unchanged') continue;
    rows.push([
      doc.id, doc.status,
      doc.outcome.old === doc.outcome.new ? (doc.outcome.new ?? '') : `${doc.outcome.old ?? '-'} -> ${doc.outcome.new ?? '-'}`,
      doc.status === 'changed' && doc.inputChanged ? 'changed' : '',
      doc.textChange === undefined ? '' : `${(doc.textChange * 100).toFixed(2)}%`,
      doc.repairs ? plusMinus(doc.repairs.added.length, doc.repairs.removed.length) : '',
      ...ENTITY_TYPES.map((k) => {
        const e = doc.entities?.[k];
        return e ? plusMinus(e.gained.length, e.lost.length, e.changed.length) : '';
      }),
      (doc.fields ?? []).join(', '),
    ]);
  }
  if (rows.length > 1) lines.push('', table(rows));
  return lines.join('\n');
}

/**
 * `escap-pipeline diff OLD NEW`: what changed between two output folders. Exit 0 when they say
 * the same, 1 when they differ (a regeneration can be reviewed in CI), 2 when one is no output.
 */
export function diffCommand(oldDir: string, newDir: string, opts: { json?: boolean }, out: (s: string) => void, log: (line: string) => void): number {
  let d: DatasetDiff;
  try {
    d = diffOutputs(readOutputFolder(oldDir), readOutputFolder(newDir));
  } catch (e) {
    if (e instanceof OutputFolderError) {
      log(`escap-pipeline: ${e.message}`);
      return 2;
    }
    throw e;
  }
  out(opts.json ? `${JSON.stringify(d, null, 2)}\n` : `${diffTable(d)}\n`);
  const { added, removed, changed } = d.counts;
  return added + removed + changed === 0 ? 0 : 1;
}
