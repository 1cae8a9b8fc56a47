/** The pages' one stylesheet, inlined (its hash is in the Content-Security-Policy). */
export const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}caption{font-weight:600;text-align:left}
.tables{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}
.panes{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,1fr);gap:1rem}
#text{white-space:pre-wrap;word-break:break-word;font:13px/1.6 ui-monospace,monospace;border:1px solid #ddd;padding:.5rem;max-height:80vh;overflow:auto}
aside{position:sticky;top:0;align-self:start}
.tip{border:1px solid #888;background:#fffbe6;padding:.5rem;font-size:12px}.tip-item{margin-bottom:.5rem}.tip .by{color:#555}
.seg.k-dates{background:#d7ecff}.seg.k-places{background:#d9f7d9}.seg.k-organisations{background:#ffe3c4}.seg.k-events{background:#f0d9ff}
.seg.k-garbled{text-decoration:underline wavy #d00}.seg.k-repairs{box-shadow:inset 0 -2px #0a0}
.seg[tabindex]{cursor:help}.seg[tabindex]:focus{outline:2px solid #333}
body.hide-dates .seg.k-dates,body.hide-places .seg.k-places,body.hide-organisations .seg.k-organisations,body.hide-events .seg.k-events{background:none}
body.hide-garbled .seg.k-garbled{text-decoration:none}body.hide-repairs .seg.k-repairs{box-shadow:none}
body.only-unsure .seg:not(.unsure){background:none;text-decoration:none;box-shadow:none}
.seg.faded{background:none!important;text-decoration:none!important;box-shadow:none!important}
.filters label{margin-right:1rem}
.aligned td{white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;width:50%}.aligned tr.change{background:#fff4f4}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}.rule{color:#777;font-size:11px;margin-left:.5rem}
.sev-warning{color:#a60}.sev-error{color:#c00}
#gold-out{white-space:pre-wrap;font-size:11px;max-height:30vh;overflow:auto}
`;
