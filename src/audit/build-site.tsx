import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact-render-to-string';
import { writeAtomic } from '../io/files.js';
import { barChart } from './charts.js';
import { alignOriginal, docModel, segmentsOf, type DocModel } from './model.js';
import { readOutputFolder } from './read-output.js';
import { diffOutputs } from './diff.js';
import { originalOf, scoreOutput } from './scores.js';
import { auditClient } from './site/client.js';
import { DocBody, IndexBody, Page, type DocRow, type GoldRow } from './site/pages.js';
import { STYLE } from './site/style.js';

export interface AuditOptions {
  output: string;
  /** Where the inputs are, for the original text (side-by-side view, CER before). */
  input?: string;
  gold?: string;
  truth?: string;
  /** An earlier output folder: the index shows what changed since (as `diff`). */
  against?: string;
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** JSON inside a script element: no `<` can close it or open a comment. */
const embedded = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const html = (vnode: Parameters<typeof render>[0]) => `<!DOCTYPE html>\n${render(vnode)}\n`;
const add = (into: Record<string, number>, from: Record<string, number>) => { for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n; };

/**
 * Writes `output/audit/`: an index (totals, charts, documents ranked by how unsure the pipeline
 * was, scores against gold and true texts when given) and a page per document (its text with
 * every item marked and explained on hover or focus, filters, verdicts exported as a gold file,
 * messages, the original and cleaned text aligned). Self-contained: no network, works from
 * file://, and a Content-Security-Policy that runs only the page's own script.
 */
export async function buildAuditSite(opts: AuditOptions): Promise<{ dir: string; documents: number }> {
  const folder = readOutputFolder(opts.output);
  const dir = path.join(opts.output, 'audit');
  rmSync(path.join(dir, 'docs'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  const script = `(${auditClient.toString()})();`;
  const docCsp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const indexCsp = `default-src 'none'; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const ids = [...folder.inputs.keys()].sort();
  const rows: DocRow[] = [];
  const totals = { documents: ids.length, records: 0, rejected: 0, quarantined: 0, characters: 0, changed: 0 };
  const garbled: Record<string, number> = {};
  const repairs: Record<string, number> = {};
  const entities: Record<string, number> = {};
  const messages: Record<string, number> = {};
  const scores = scoreOutput(folder, opts);
  const hrefs = new Map<string, string>();
  for (const [n, id] of ids.entries()) {
    const info = folder.inputs.get(id)!;
    if (info.status === 'rejected') totals.rejected++;
    if (info.status === 'quarantined') totals.quarantined++;
    const record = folder.record(id);
    if (!record) continue;
    totals.records++;
    const model: DocModel = docModel(record);
    const href = `docs/${n}.html`;
    const original = originalOf(opts.input, info.path);
    const row: DocRow = { id, href, stats: model.stats };
    totals.characters += model.stats.characters;
    totals.changed += model.stats.changed;
    add(garbled, model.stats.garbled);
    add(repairs, model.stats.repairsByRule);
    add(entities, model.stats.entities);
    add(messages, model.stats.messagesByRule);
    const base = path.basename(id);
    hrefs.set(id, href);
    const docCer = scores.cer?.perDocument[id];
    if (docCer) row.cer = docCer;
    rows.push(row);
    const segments = segmentsOf(model);
    const page = (
      <Page title={`${id}: audit`} csp={docCsp} style={STYLE} script={script} data={embedded({ doc: base, items: model.items })}>
        <DocBody model={model} segments={segments} parts={original === undefined ? undefined : alignOriginal(model, original)} index="../index.html" />
      </Page>
    );
    writeAtomic(path.join(dir, href), html(page));
  }
  rows.sort((a, b) => b.stats.unsure - a.stats.unsure || a.id.localeCompare(b.id));
  const goldRows: GoldRow[] | undefined = scores.entities?.map((k) => ({
    kind: k.kind, p: k.p, r: k.r, f: k.f,
    falsePositives: k.falsePositives.map((x) => ({ ...x, href: hrefs.get(x.doc) ?? '' })),
    misses: k.misses.map((x) => ({ ...x, href: hrefs.get(x.doc) ?? '' })),
  }));
  const against = opts.against ? diffOutputs(readOutputFolder(opts.against), folder) : undefined;
  const charts = await Promise.all([
    barChart('edits by rule', repairs), barChart('entities by kind', entities), barChart('garbled passages by action', garbled),
  ]);
  const errorsFile = path.join(opts.output, 'errors.jsonl');
  const errorLines = existsSync(errorsFile)
    ? readFileSync(errorsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { path: string; stage: string; code: string; message: string })
    : [];
  const index = (
    <Page title="escap-pipeline audit" csp={indexCsp} style={STYLE}>
      <IndexBody folder={path.basename(path.resolve(opts.output))} totals={totals} garbled={garbled} repairs={repairs} entities={entities} messages={messages}
        charts={charts} docs={rows} errors={errorLines} gold={goldRows}
        cer={scores.cer} diff={against && { against: opts.against!, diff: against, hrefs }} />
    </Page>
  );
  writeAtomic(path.join(dir, 'index.html'), html(index));
  return { dir, documents: rows.length };
}
