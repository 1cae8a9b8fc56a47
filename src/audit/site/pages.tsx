import type { ComponentChildren } from 'preact';
import { ENTITY_TYPES } from '../../eval/entity-metrics.js';
import { plusMinus, type DatasetDiff } from '../diff.js';
import type { AlignedPart, DocModel, Segment } from '../model.js';
import { ITEM_KINDS } from '../model.js';

export interface DocRow {
  id: string;
  href: string;
  stats: DocModel['stats'];
  cer?: { before: number; after: number };
}

export interface GoldRow {
  kind: string;
  p: number;
  r: number;
  f: number;
  falsePositives: { doc: string; href: string; identity: string }[];
  misses: { doc: string; href: string; name: string }[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The page frame: a strict Content-Security-Policy that lets only this page's own style and script run. */
export function Page(props: { title: string; csp: string; style: string; children: ComponentChildren; script?: string; data?: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={props.csp} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: props.style }} />
      </head>
      <body>
        {props.children}
        {props.data !== undefined && <script type="application/json" id="audit-data" dangerouslySetInnerHTML={{ __html: props.data }} />}
        {props.script !== undefined && <script dangerouslySetInnerHTML={{ __html: props.script }} />}
      </body>
    </html>
  );
}

function Counts(props: { title: string; counts: Record<string, number> }) {
  const rows = Object.entries(props.counts).sort((a, b) => b[1] - a[1]);
  return (
    <table class="counts">
      <caption>{props.title}</caption>
      <tbody>{rows.map(([k, n]) => <tr><td>{k}</td><td class="n">{n}</td></tr>)}</tbody>
    </table>
  );
}

/** What changed since an earlier output (the `diff` command's table). */
function Changes(props: { against: string; diff: DatasetDiff; hrefs: Map<string, string> }) {
  const c = props.diff.counts;
  return (
    <section>
      <h2>Changes since {props.against}</h2>
      <p>{c.added} added, {c.removed} removed, {c.changed} changed, {c.unchanged} unchanged</p>
      <table>
        <thead><tr><th>document</th><th>status</th><th>outcome</th><th>text change</th><th>edits</th>{ENTITY_TYPES.map((k) => <th>{k}</th>)}<th>fields that differ</th></tr></thead>
        <tbody>
          {props.diff.documents.filter((d) => d.status !== 'unchanged').map((d) => (
            <tr>
              <td>{props.hrefs.has(d.id) ? <a href={props.hrefs.get(d.id)}>{d.id}</a> : d.id}</td>
              <td>{d.status}{d.inputChanged && d.status === 'changed' ? ' (input changed)' : ''}</td>
              <td>{d.outcome.old === d.outcome.new ? d.outcome.new : `${d.outcome.old ?? '-'} -> ${d.outcome.new ?? '-'}`}</td>
              <td class="n">{d.textChange === undefined ? '' : pct(d.textChange)}</td>
              <td>{d.repairs ? plusMinus(d.repairs.added.length, d.repairs.removed.length) : ''}</td>
              {ENTITY_TYPES.map((k) => {
                const e = d.entities?.[k];
                return <td>{e ? plusMinus(e.gained.length, e.lost.length, e.changed.length) : ''}</td>;
              })}
              <td>{(d.fields ?? []).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function IndexBody(props: {
  folder: string; totals: { documents: number; records: number; rejected: number; quarantined: number; characters: number; changed: number };
  garbled: Record<string, number>; repairs: Record<string, number>; entities: Record<string, number>; messages: Record<string, number>;
  charts: string[]; docs: DocRow[]; errors: { path: string; stage: string; code: string; message: string }[];
  gold?: GoldRow[]; cer?: { before: number; after: number; documents: number };
  diff?: { against: string; diff: DatasetDiff; hrefs: Map<string, string> };
}) {
  const t = props.totals;
  return (
    <main>
      <h1>Audit of {props.folder}</h1>
      <p class="summary">
        {t.documents} inputs: {t.records} records, {t.rejected} rejected, {t.quarantined} quarantined; {t.changed} of {t.characters} characters changed ({pct(t.changed / Math.max(1, t.characters))}).
      </p>
      <section class="charts">{props.charts.filter(Boolean).map((svg) => <figure dangerouslySetInnerHTML={{ __html: svg }} />)}</section>
      <section class="tables">
        <Counts title="garbled passages by action" counts={props.garbled} />
        <Counts title="edits by rule" counts={props.repairs} />
        <Counts title="entities by kind" counts={props.entities} />
        <Counts title="messages by rule" counts={props.messages} />
      </section>
      {props.diff && <Changes {...props.diff} />}
      {props.cer && (
        <p class="cer">Character error rate against the true texts ({props.cer.documents} documents): {pct(props.cer.before)} before, {pct(props.cer.after)} after.</p>
      )}
      {props.gold && (
        <section>
          <h2>Entities against the gold files</h2>
          <table>
            <thead><tr><th>kind</th><th>precision</th><th>recall</th><th>F1</th><th>false positives</th><th>missed</th></tr></thead>
            <tbody>
              {props.gold.map((g) => (
                <tr>
                  <td>{g.kind}</td><td class="n">{pct(g.p)}</td><td class="n">{pct(g.r)}</td><td class="n">{pct(g.f)}</td>
                  <td>{g.falsePositives.map((x) => <div><a href={x.href}>{x.doc}</a>: {x.identity}</div>)}</td>
                  <td>{g.misses.map((x) => <div><a href={x.href}>{x.doc}</a>: {x.name}</div>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h2>Documents, most unsure first</h2>
        <table class="docs">
          <thead>
            <tr><th>document</th><th>characters</th><th>changed</th><th>passages left garbled</th><th>edits</th><th>entities</th><th>messages</th><th>unsure</th>{props.cer && <th>CER before / after</th>}</tr>
          </thead>
          <tbody>
            {props.docs.map((d) => (
              <tr>
                <td><a href={d.href}>{d.id}</a></td>
                <td class="n">{d.stats.characters}</td>
                <td class="n">{d.stats.changed}</td>
                <td class="n">{d.stats.garbled.kept ?? 0}</td>
                <td class="n">{Object.values(d.stats.repairsByRule).reduce((a, b) => a + b, 0)}</td>
                <td class="n">{Object.values(d.stats.entities).reduce((a, b) => a + b, 0)}</td>
                <td class="n">{Object.values(d.stats.messagesByRule).reduce((a, b) => a + b, 0)}</td>
                <td class="n">{d.stats.unsure.toFixed(3)}</td>
                {props.cer && <td class="n">{d.cer ? `${pct(d.cer.before)} / ${pct(d.cer.after)}` : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {props.errors.length > 0 && (
        <section>
          <h2>Inputs without a record</h2>
          <ul>{props.errors.map((e) => <li>{e.path}: {e.stage}/{e.code}: {e.message}</li>)}</ul>
        </section>
      )}
    </main>
  );
}

/**
 * The text, marked. Only marked stretches are elements (a 2 MB report has hundreds of thousands
 * of them), and only the places messages point at carry an id; unmarked text is plain text.
 */
function TextView(props: { model: DocModel; segments: Segment[]; anchors: Set<number> }) {
  const { model } = props;
  return (
    <pre id="text">
      {props.segments.map((s) => {
        const text = model.text.slice(s.start, s.end);
        const id = props.anchors.has(s.start) ? `s-${s.start}` : undefined;
        if (s.covers.length === 0) return id ? <span id={id}>{text}</span> : text;
        const kinds = [...new Set(s.covers.map((i) => model.items[i].kind))];
        const unsure = s.covers.some((i) => model.items[i].unsure);
        const cls = ['seg', ...kinds.map((k) => `k-${k}`), ...(unsure ? ['unsure'] : [])].join(' ');
        return <span id={id} class={cls} data-c={s.covers.join(' ')} tabindex={0}>{text}</span>;
      })}
    </pre>
  );
}

function SideBySide(props: { parts: AlignedPart[] }) {
  return (
    <table class="aligned">
      <thead><tr><th>original</th><th>cleaned</th></tr></thead>
      <tbody>
        {props.parts.map((p) => (p.same
          ? <tr class="same"><td>{p.original}</td><td>{p.cleaned}</td></tr>
          : <tr class="change" title={p.rule}><td><del>{p.original}</del></td><td><ins>{p.cleaned}</ins><span class="rule">{p.rule}</span></td></tr>))}
      </tbody>
    </table>
  );
}

export function DocBody(props: { model: DocModel; segments: Segment[]; parts?: AlignedPart[]; index: string }) {
  const { model } = props;
  const s = model.stats;
  // segments are sorted: the one holding a position is found by bisection
  const segmentAt = (pos: number) => {
    let lo = 0;
    let hi = props.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (props.segments[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return props.segments[lo];
  };
  const anchors = new Set(model.messages.map((m) => segmentAt(m.start)?.start ?? 0));
  return (
    <main>
      <p><a href={props.index}>← all documents</a></p>
      <h1>{model.id}</h1>
      <p class="summary">{s.characters} characters, {s.changed} changed; {model.items.length} items; {model.messages.length} messages; unsure {s.unsure.toFixed(3)}</p>
      <form class="filters">
        {ITEM_KINDS.map((k) => <label class={`f-${k}`}><input type="checkbox" data-filter={k} checked /> {k}</label>)}
        <label><input type="checkbox" id="only-unsure" /> only unsure</label>
        <label>rule or producer <select id="rule-filter"><option value="">any</option>{[...new Set(model.items.flatMap((it) => it.by))].sort().map((r) => <option value={r}>{r}</option>)}</select></label>
      </form>
      <div class="panes">
        <TextView model={model} segments={props.segments} anchors={anchors} />
        <aside>
          <div id="tip" class="tip" hidden></div>
          <div class="tools">
            <label>missed <select id="missed-kind">{ENTITY_TYPES.map((k) => <option value={k}>{k}</option>)}</select></label>
            <button type="button" id="add-missed">add selected text</button>
            <button type="button" id="export-gold">export gold</button>
            <ul id="verdicts"></ul>
            <pre id="gold-out"></pre>
          </div>
        </aside>
      </div>
      <h2>Messages</h2>
      <ul class="messages">
        {model.messages.map((m) => {
          const seg = segmentAt(m.start);
          return <li class={`sev-${m.severity}`}><a href={`#s-${seg?.start ?? 0}`}>[{m.start}, {m.end})</a> {m.severity} {m.ruleId}: {m.note}{m.actual !== undefined ? ` (${m.actual}${m.expected !== undefined ? ` vs ${m.expected}` : ''})` : ''}</li>;
        })}
      </ul>
      {props.parts && (<><h2>Original and cleaned text, aligned</h2><SideBySide parts={props.parts} /></>)}
    </main>
  );
}
