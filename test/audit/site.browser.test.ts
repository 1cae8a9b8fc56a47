import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuditSite } from '../../src/audit/build-site.js';
import { runCommand } from '../../src/cli/run-command.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = path.join(here, '..', '..', 'pipeline.config.json');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('audit browser tests skipped: no Chromium (`.ci/run` installs Debian\'s chromium)');

// What an injected script would do: set this sentinel, or open a dialog.
const HOSTILE: Record<string, string> = {
  'script.txt': 'The Committee met in Bangkok on 3 May 2024. <script>window.__pwned = 1</script> End.',
  'close-tag.txt': 'The Commission met in Geneva. </script><img src=x onerror="window.__pwned = 2"> <svg onload="window.__pwned = 3">',
  'js-link.txt': 'See <a href="javascript:window.__pwned=4">the report</a> of the General Assembly in 2020.',
  '<b>x.txt': 'A file whose name is markup: <b>bold</b> and "quotes" & ampersands, 4 June 2021.',
  'one-line.txt': `${'The Council of ESCAP met in Bangkok on 3 May 2024 and in Suva in 2025 '.repeat(30_000)}`,
  'garbage.txt': Array.from({ length: 3000 }, (_, i) => ['qZx#', '}}{{', 'lI1|l', '@@~', 'xXq9'][i % 5]).join(' '),
};
const REPORT = 'The Economic and Social Commission for Asia and the Pacific met in Bangkok on 3 May 2024.\n\n'
  + 'Delegates from Viet Nam and Fiji reviewed the Regional Roadmap with the International Organization for Migration.\n';

const LAUNCH = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!CHROMIUM)('the audit site in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let site: string;
  let pages: string[];
  /** The page of the plain report. */
  let reportPage: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'escap-audit-'));
    mkdirSync(path.join(dir, 'input'));
    writeFileSync(path.join(dir, 'input', 'report.txt'), REPORT);
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(path.join(dir, 'input', name), text);
    expect(await runCommand({ config, quiet: true, input: path.join(dir, 'input'), output: path.join(dir, 'output') }, () => {})).toBeLessThanOrEqual(1);
    site = (await buildAuditSite({ output: path.join(dir, 'output'), input: path.join(dir, 'input') })).dir;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    const recorded = manifest.inputs.filter((i: { status: string }) => i.status === 'record');
    pages = ['index.html', ...recorded.map((_: unknown, n: number) => `docs/${n}.html`)];
    reportPage = `docs/${recorded.findIndex((i: { path: string }) => i.path === 'report.txt')}.html`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(rel: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 }, acceptDownloads: true });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(String(e)));
    // the 2 MB one-line report marks 150,000 entities: its page takes seconds to load, more on a loaded machine
    await page.goto(`file://${path.join(site, rel)}`, { timeout: 240_000 });
    return { page, dialogs, errors };
  }

  it('every page renders, and no hostile document runs anything', async () => {
    expect(pages.length).toBe(1 + 1 + Object.keys(HOSTILE).length);
    for (const rel of pages) {
      const { page, dialogs, errors } = await open(rel);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(20);
      await page.close();
    }
  }, 600_000);

  it('the index and a document page are not blank', async () => {
    for (const rel of ['index.html', 'docs/0.html']) {
      const { page } = await open(rel);
      const png = await page.screenshot();
      // a blank page of this size compresses to a few KB; text, marks and charts do not
      expect(png.length).toBeGreaterThan(20_000);
      await page.close();
    }
    const { page } = await open('index.html');
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  }, 60_000);

  it('hovering an entity shows what it is, where it came from and who found it', async () => {
    const { page } = await open(reportPage);
    const date = page.locator('#text .seg.k-dates').first();
    await date.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/dates: \d{4}/);
    expect(await tip.innerText()).toMatch(/original \[\d+, \d+\)/);
    expect(await tip.innerText()).toMatch(/producers: /);
    // filtering by a producer fades every mark that producer did not make
    await page.selectOption('#rule-filter', 'extractor/gazetteer');
    expect(await page.locator('#text .seg.faded').count()).toBeGreaterThan(0);
    expect(await page.locator('#text .seg.k-places', { hasText: 'Bangkok' }).first().getAttribute('class')).not.toContain('faded');
    await page.close();
  });

  it('verdicts export as a gold file: a wrong date left out, a missed organisation added', async () => {
    const { page } = await open(reportPage);
    await page.locator('#text .seg.k-dates').first().hover();
    await page.locator('#tip button.v-wrong').first().click();
    // select "Regional Roadmap" in the text and add it as a missed organisation
    await page.evaluate(() => {
      const text = document.getElementById('text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('Regional Roadmap');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 'Regional Roadmap'.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
      }
    });
    await page.selectOption('#missed-kind', 'organisations');
    await page.click('#add-missed');
    const download = page.waitForEvent('download');
    await page.click('#export-gold');
    const file = await (await download).path();
    const gold = JSON.parse(readFileSync(file, 'utf8'));
    expect(gold.doc).toBe('report');
    expect(gold.dates).toEqual([]);
    expect(gold.organisations.map((o: { name: string }) => o.name)).toContain('Regional Roadmap');
    expect(gold.places.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Bangkok']));
    // verdicts persist: a reload shows them again
    await page.reload();
    expect(await page.locator('#verdicts li').count()).toBe(2);
    // and the exported file is accepted back as gold
    const goldDir = path.join(dir, 'gold');
    mkdirSync(goldDir, { recursive: true });
    writeFileSync(path.join(goldDir, 'report.gold.json'), readFileSync(file));
    await buildAuditSite({ output: path.join(dir, 'output'), input: path.join(dir, 'input'), gold: goldDir });
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(index).toContain('Entities against the gold files');
    expect(index).toContain('Regional Roadmap');
    await page.close();
  }, 60_000);
});
