// The brochure scenario's report, written by the built binary and opened in headless Chromium
// (Debian's package, driven by playwright-core): no console error, no request but the file
// itself, JavaScript off (the page needs none), every chart drawn as SVG with its title and
// text alternative and followed by its table, every table's numbers, A4 printing; and a
// screenshot in browser-check/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brochureScenario, REPORT_NOW } from '../helpers/brochureScenario';
import { BIN } from '../helpers/spawnCli';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const SCREENSHOTS = join(process.cwd(), 'browser-check');

let dir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];
let fileUrl: string;

/** Writes the report with the built binary, as the organiser would (French: no --lang). */
function writeReport(store: string, out: string, args: string[]): void {
  const r = spawnSync(process.execPath, [BIN, '--store', store, 'report', ...args, '--output', out], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', TZ: 'America/New_York' } });
  if (r.status !== 0) throw new Error(`caprural report exited ${r.status}: ${r.stderr}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caprural-browser-'));
  const store = await brochureScenario(dir);
  const out = join(dir, 'bilan-2018.html');
  // The report is dated by the store's last change; a fixed clock is not needed for its figures.
  writeReport(store, out, ['--year', '2018']);
  fileUrl = pathToFileURL(out).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1200 }, offline: true });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(fileUrl, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The cells of a table's rows (header row excluded), as the reader sees them. */
const rowsOf = (id: string) => page.locator(`#${id} tbody tr, #${id} tfoot tr`).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

describe('the report of the brochure scenario, in Chromium', () => {
  it('loads with no console error and no request but the file itself', () => {
    expect(REPORT_NOW).toBeTruthy();
    expect(problems).toEqual([]);
    expect(requests).toEqual([fileUrl]);
  });

  it('is in French, titled, with every chart drawn as SVG with its title and text alternative, each followed by its table', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe("Formations Cap Rural : bilan d'activité 2018");
    const charts = page.locator('figure.chart');
    const ids = await charts.evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart')));
    expect(ids).toEqual(['chart-fill', 'chart-attendance', 'chart-timeline-1', 'chart-kind', 'chart-territory', 'chart-cotisations', 'chart-eligibility']);
    for (const id of ids) {
      const svg = page.locator(`svg#${id}`);
      expect(await svg.getAttribute('role')).toBe('img');
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.height).toBeGreaterThan(120);
      expect((await page.locator(`#${id}-title`).textContent())!.length).toBeGreaterThan(10);
      expect((await page.locator(`#${id}-desc`).textContent())!.length).toBeGreaterThan(40);
      expect(await svg.locator('path').count()).toBeGreaterThan(3);
      // The next element after the figure is the table of the same numbers.
      expect(await page.locator(`figure[data-chart="${id}"] + table.data`).count()).toBe(1);
    }
  });

  it('draws the numbers in the charts', async () => {
    const text = (id: string) => page.locator(`svg#${id} text`).allTextContents();
    expect(await text('chart-fill')).toEqual(expect.arrayContaining(['cooperer-leader-n1-2018', 'cooperer-leader-n2-2018', 'cooperer-leader-n3-2018', 'Confirmées', "Liste d'attente", 'places']));
    // The confirmed bar of n1 (12) is as long as the seats marker's position: the bar ends at 12 on the axis.
    const bar = await page.locator('svg#chart-fill path[fill="#2f6690"]').first().boundingBox();
    const axis = await page.locator('svg#chart-fill text', { hasText: /^12$/ }).boundingBox();
    expect(Math.abs(bar!.x + bar!.width - (axis!.x + axis!.width / 2))).toBeLessThan(3);
    expect(await text('chart-attendance')).toEqual(expect.arrayContaining(['Présents', 'Absents', 'Non renseignés']));
    expect(await text('chart-timeline-1')).toEqual(expect.arrayContaining(['places 12', 'clôture 08/02', '02/02', '08/02']));
    expect(await text('chart-kind')).toContain('GAL');
    expect(await text('chart-territory')).toContain('Drôme');
    expect(await text('chart-cotisations')).toEqual(expect.arrayContaining(['2018', '15']));
    expect(await text('chart-eligibility')).toEqual(expect.arrayContaining(['appui-cooperation-leader', '3']));
    expect(await page.locator('#chart-timeline-1-desc').textContent()).toContain('13 du 02/02/2018 au 08/02/2018 ; places : 12 ; clôture des inscriptions : 08/02/2018');
  });

  it('gives every figure of the scenario in its tables', async () => {
    expect(await rowsOf('table-key')).toEqual([
      ['Sessions (hors annulées)', '3'],
      ['Sessions réalisées', '1'],
      ['Personnes inscrites (confirmées)', '12'],
      ['Participants (présents)', '2'],
      ['Heures-stagiaires', '4'],
      ['Taux de remplissage', '33,3 %'],
      ['Taux de présence', '66,7 %'],
    ]);
    expect(await rowsOf('table-fill')).toEqual([
      ['cooperer-leader-n1-2018', '15/02/2018 10:00-12:00', 'réalisée', '12', '12', '100 %', '1', '1'],
      ['cooperer-leader-n2-2018', '2018, date non fixée', 'annoncée', '12', '0', '0 %', '0', '0'],
      ['cooperer-leader-n3-2018', '2018, date non fixée', 'annoncée', '12', '0', '0 %', '0', '0'],
      ['Total', '', '', '36', '12', '33,3 %', '1', '1'],
    ]);
    expect(await rowsOf('table-attendance')).toEqual([
      ['cooperer-leader-n1-2018', '2', '1', '9', '66,7 %', '1', '2', '4'],
      ['cooperer-leader-n2-2018', '0', '0', '0', '—', '0', '—', '—'],
      ['cooperer-leader-n3-2018', '0', '0', '0', '—', '0', '—', '—'],
      ['Total', '2', '1', '9', '66,7 %', '1', '', '4'],
    ]);
    expect(await rowsOf('table-timeline-1')).toEqual([
      ['02/02/2018', '2', '2'],
      ['03/02/2018', '1', '3'],
      ['04/02/2018', '2', '5'],
      ['05/02/2018', '2', '7'],
      ['06/02/2018', '2', '9'],
      ['07/02/2018', '3', '12'],
      ['08/02/2018', '1', '13'],
    ]);
    expect(await rowsOf('table-kind')).toEqual([
      ['GAL', '12', '2'],
      ['Total', '12', '2'],
    ]);
    expect(await rowsOf('table-territory')).toEqual([
      ['Drôme', '12', '2'],
      ['Total', '12', '2'],
    ]);
    expect(await rowsOf('table-cotisations')).toEqual([['2018', '15', '1', '0']]);
    expect(await rowsOf('table-eligibility')).toEqual([[expect.stringMatching(/^appui-cooperation-leader — /), 'cooperer-leader-n1, 2017, 2018', '3']]);
  });

  it('fits the width of an A4 page when printed, and prints', async () => {
    await page.emulateMedia({ media: 'print' });
    // The page is laid out at the printable width of A4 (186 mm at 96 dpi): nothing sticks out.
    await page.setViewportSize({ width: 703, height: 1000 });
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const body = (await page.locator('body').boundingBox())!;
    const wider = await page
      .locator('table.data, figure.chart svg')
      .evaluateAll((els, right) => els.filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.id), body.x + body.width);
    expect(wider).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 900, height: 1200 });
  });

  it("opens one session's report the same way: no error, no request, its charts and tables", async () => {
    const out = join(dir, 'session.html');
    writeReport(join(dir, 'store.json'), out, ['--session', 'cooperer-leader-n1-2018']);
    const other = await page.context().newPage();
    const seen: string[] = [];
    other.on('console', (m) => seen.push(`console ${m.type()}: ${m.text()}`));
    other.on('request', (r) => seen.push(r.url()));
    await other.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    expect(seen).toEqual([pathToFileURL(out).href]);
    expect(await other.title()).toBe('Formation Cap Rural : session cooperer-leader-n1-2018 — Coopérer dans LEADER : amorcer les dynamiques de coopération');
    expect(await other.locator('figure.chart svg[role="img"]').count()).toBe(7);
    expect(await other.locator('#table-fill tbody tr').count()).toBe(1);
    await other.close();
  });

  it('saves a screenshot', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, 'report-2018.png');
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`Screenshot: ${file}\n`);
    expect(problems).toEqual([]);
  });
});
