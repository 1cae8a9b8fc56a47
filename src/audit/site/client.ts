/// <reference lib="dom" />
/**
 * The document page's script. It is inlined whole into each page (its text, from
 * `Function.prototype.toString`), so it imports nothing and reads everything from the page: the
 * items as JSON in `#audit-data`, and `data-c` (covering items) and `data-s` (start offset) on
 * the text's segments. Verdicts persist in localStorage and export as a gold file.
 */
export function auditClient(): void {
  type Item = { i: number; kind: string; start: number; end: number; source: { start: number; end: number }; text: string; original?: string; label: string; value?: string; acronym?: string; by: string[]; unsure: boolean };
  type Verdict = { verdict: 'right' | 'wrong'; value?: string };
  type Added = { kind: string; text: string; start: number; end: number; value: string };
  const data = JSON.parse(document.getElementById('audit-data')!.textContent!) as { doc: string; items: Item[] };
  const key = `escap-audit/${data.doc}`;
  const state: { verdicts: Record<string, Verdict>; added: Added[] } = (() => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '') as { verdicts: Record<string, Verdict>; added: Added[] };
    } catch {
      return { verdicts: {}, added: [] };
    }
  })();
  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch { /* a browser without storage for file: pages keeps verdicts for this visit only */ }
    renderVerdicts();
  };
  const tip = document.getElementById('tip')!;
  const el = (tag: string, text?: string, cls?: string) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const ENTITY = ['dates', 'places', 'organisations', 'events'];

  function show(seg: HTMLElement): void {
    const ids = (seg.dataset.c ?? '').split(' ').filter(Boolean).map(Number);
    tip.replaceChildren();
    for (const id of ids) {
      const it = data.items[id];
      const box = el('div', undefined, `tip-item k-${it.kind}`);
      box.append(el('strong', `${it.kind}: ${it.label}`));
      box.append(el('div', `text ${JSON.stringify(it.text)} at [${it.start}, ${it.end}), original [${it.source.start}, ${it.source.end})${it.original !== undefined ? ` ${JSON.stringify(it.original)}` : ''}`));
      box.append(el('div', `${it.kind === 'repairs' ? 'rule' : it.kind === 'garbled' ? 'reasons' : 'producers'}: ${it.by.join(', ')}`, 'by'));
      if (ENTITY.includes(it.kind)) {
        const v = state.verdicts[id];
        const row = el('div', undefined, 'verdict');
        const right = el('button', 'right', 'v-right');
        const wrong = el('button', 'wrong', 'v-wrong');
        const fix = el('button', 'correct value…', 'v-fix');
        right.onclick = () => { state.verdicts[id] = { verdict: 'right' }; save(); show(seg); };
        wrong.onclick = () => { state.verdicts[id] = { verdict: 'wrong' }; save(); show(seg); };
        fix.onclick = () => {
          const value = prompt(`Correct ${it.kind === 'dates' ? 'value (ISO date)' : 'name'}`, it.value ?? '');
          if (value !== null) { state.verdicts[id] = { verdict: 'right', value }; save(); show(seg); }
        };
        row.append(right, wrong, fix);
        if (v) row.append(el('span', ` marked ${v.verdict}${v.value !== undefined ? `: ${v.value}` : ''}`, 'marked'));
        box.append(row);
      }
      tip.append(box);
    }
    tip.hidden = ids.length === 0;
  }
  // one listener for the whole text, not three per mark: a long report has hundreds of thousands
  const textBox = document.getElementById('text')!;
  let shown: HTMLElement | undefined;
  const onSeg = (e: Event) => {
    const seg = (e.target as HTMLElement | null)?.closest<HTMLElement>('.seg[data-c]');
    if (seg && (seg !== shown || e.type === 'click')) { shown = seg; show(seg); }
  };
  textBox.addEventListener('mouseover', onSeg);
  textBox.addEventListener('focusin', onSeg);
  textBox.addEventListener('click', onSeg);
  for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input[data-filter]'))) {
    const apply = () => document.body.classList.toggle(`hide-${box.dataset.filter}`, !box.checked);
    box.addEventListener('change', apply);
    apply();
  }
  // a rule or producer picked: the marks of every other item fade (the text stays)
  const ruleFilter = document.getElementById('rule-filter') as HTMLSelectElement | null;
  ruleFilter?.addEventListener('change', () => {
    const rule = ruleFilter.value;
    for (const seg of Array.from(document.querySelectorAll<HTMLElement>('#text .seg[data-c]'))) {
      const ids = (seg.dataset.c ?? '').split(' ').filter(Boolean).map(Number);
      seg.classList.toggle('faded', rule !== '' && !ids.some((id) => data.items[id].by.includes(rule)));
    }
  });
  const onlyUnsure = document.getElementById('only-unsure') as HTMLInputElement | null;
  onlyUnsure?.addEventListener('change', () => document.body.classList.toggle('only-unsure', onlyUnsure.checked));

  // a missed entity: the reader selects text in the cleaned text, picks its kind, and adds it
  function selectionOffsets(): { start: number; end: number; text: string } | undefined {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
    const r = sel.getRangeAt(0);
    // the offset of a point in the text: the lengths of the text nodes before it (the text is only text and marks)
    const at = (node: Node, offset: number) => {
      if (!textBox.contains(node)) return undefined;
      if (node.nodeType !== Node.TEXT_NODE) {
        const before = document.createRange();
        before.setStart(textBox, 0);
        before.setEnd(node, offset);
        return before.toString().length;
      }
      let total = 0;
      const walker = document.createTreeWalker(textBox, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n === node) return total + offset;
        total += n.textContent!.length;
      }
      return undefined;
    };
    const start = at(r.startContainer, r.startOffset);
    const end = at(r.endContainer, r.endOffset);
    return start === undefined || end === undefined || end <= start ? undefined : { start, end, text: sel.toString() };
  }
  document.getElementById('add-missed')?.addEventListener('click', () => {
    const picked = selectionOffsets();
    const kind = (document.getElementById('missed-kind') as HTMLSelectElement).value;
    if (!picked) { alert('Select the missed text in the cleaned text first.'); return; }
    const value = kind === 'dates' ? prompt('Value (ISO date)', '') : picked.text;
    if (value === null) return;
    state.added.push({ kind, ...picked, value: value || picked.text });
    save();
  });

  /** The reviewed entities in the guidelines' gold format: what the reader kept, corrected or added. */
  function gold(): Record<string, unknown> {
    const out: Record<string, { key: string; entry: Record<string, unknown> }[]> = { dates: [], places: [], organisations: [], events: [] };
    const put = (kind: string, value: string, text: string, acronym?: string) => {
      const list = out[kind];
      const found = list.find((x) => x.key === value.toLowerCase());
      if (found) {
        const variants = found.entry.variants as string[];
        if (!variants.includes(text)) variants.push(text);
        return;
      }
      const entry: Record<string, unknown> = kind === 'dates' ? { value, variants: [text] } : { name: value, ...(acronym ? { acronym } : {}), variants: [text] };
      list.push({ key: value.toLowerCase(), entry });
    };
    for (const it of data.items) {
      if (!ENTITY.includes(it.kind)) continue;
      const v = state.verdicts[it.i];
      if (v?.verdict === 'wrong') continue;
      put(it.kind, v?.value ?? it.value ?? it.text, it.text, it.acronym);
    }
    for (const a of state.added) put(a.kind, a.value, a.text);
    return { doc: data.doc, ...Object.fromEntries(Object.entries(out).map(([k, list]) => [k, list.map((x) => x.entry)])) };
  }
  function renderVerdicts(): void {
    const list = document.getElementById('verdicts');
    if (!list) return;
    list.replaceChildren();
    for (const [i, v] of Object.entries(state.verdicts)) {
      const it = data.items[Number(i)];
      list.append(el('li', `${it.kind} ${JSON.stringify(it.text)}: ${v.verdict}${v.value !== undefined ? ` -> ${v.value}` : ''}`));
    }
    for (const a of state.added) list.append(el('li', `added ${a.kind} ${JSON.stringify(a.text)}${a.kind === 'dates' ? ` = ${a.value}` : ''}`));
  }
  document.getElementById('export-gold')?.addEventListener('click', () => {
    const json = `${JSON.stringify(gold(), null, 1)}\n`;
    document.getElementById('gold-out')!.textContent = json;
    const a = el('a') as HTMLAnchorElement;
    a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    a.download = `${data.doc}.gold.json`;
    document.body.append(a);
    a.click();
    a.remove();
  });
  renderVerdicts();
}
