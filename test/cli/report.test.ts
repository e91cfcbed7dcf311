// `caprural report` on the README's brochure scenario, in-process (and once through the built
// binary for the default language): the figures, the page's shape, and refusals.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { brochureScenario, REPORT_NOW } from '../helpers/brochureScenario';
import { runCli } from '../helpers/runCli';
import { spawnCliSync } from '../helpers/spawnCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

let scenarioDir: string;
let scenarioStore: string;

beforeAll(async () => {
  scenarioDir = mkdtempSync(join(tmpdir(), 'caprural-report-'));
  scenarioStore = await brochureScenario(scenarioDir);
}, 60_000);
afterAll(() => rmSync(scenarioDir, { recursive: true, force: true }));

/** A copy of the scenario's store, so that each test sees it untouched. */
function scenario(): string {
  const store = join(tempDir(), 'store.json');
  copyFileSync(scenarioStore, store);
  // Its history beside it (src/store/logFile.ts).
  if (existsSync(`${scenarioStore}.log`)) copyFileSync(`${scenarioStore}.log`, `${store}.log`);
  return store;
}

const report = (store: string, args: string[], lang?: 'fr' | 'en') => runCli(['report', ...args], { store, now: REPORT_NOW, lang });

describe('caprural report --format json (the brochure scenario)', () => {
  it('gives the year 2018: one session held, 12 confirmed of 12, 2 present, 1 absent, 4 hours-trainees', async () => {
    const r = await report(scenario(), ['--year', '2018', '--format', 'json']);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures.scope).toEqual({ year: 2018, sessionId: null });
    expect(figures.totals).toMatchObject({ sessions: 3, sessionsHeld: 1, uniqueRegistrants: 12, uniqueParticipants: 2, hoursTrainees: 4, attendanceRate: 0.6667 });
    const n1 = figures.sessions.find((s: { id: string }) => s.id === 'cooperer-leader-n1-2018');
    expect(n1).toMatchObject({ capacity: 12, confirmed: 12, fillRate: 1, waitlisted: 1, cancelled: 1, present: 2, absent: 1, notRecorded: 9, noShows: 1, hours: 2, hoursTrainees: 4 });
    const line = figures.timelines.find((l: { sessionId: string }) => l.sessionId === 'cooperer-leader-n1-2018');
    expect(line.deadlineDay).toBe('2018-02-08');
    // David Durand (cancelled) is not counted; Margaux Morel at 23:59 on 7 Feb; Paul Petit forced at 00:00 on 8 Feb.
    expect(line.points.map((p: { day: string; cumulative: number }) => `${p.day.slice(8)}:${p.cumulative}`)).toEqual(['02:2', '03:3', '04:5', '05:7', '06:9', '07:12', '08:13']);
    expect(figures.byOrganisationKind).toEqual([{ key: 'GAL', registrants: 12, participants: 2 }]);
    expect(figures.byTerritory).toEqual([{ key: 'Drôme', registrants: 12, participants: 2 }]);
    expect(figures.cotisations).toEqual([{ year: 2018, people: 15, organisations: 1, individuals: 0 }]);
    // Véronique Bernard (2017), Anne Arnaud and Bruno Blanc (2018).
    expect(figures.eligibility).toEqual([expect.objectContaining({ ruleId: 'appui-cooperation-leader', eligible: 3 })]);
  });

  it('is the same document with --json, and reports one session with --session', async () => {
    const store = scenario();
    const a = await report(store, ['--year', '2018', '--format', 'json']);
    const b = await runCli(['--json', 'report', '--year', '2018'], { store, now: REPORT_NOW });
    expect(b.stdout).toBe(a.stdout);
    const one = JSON.parse((await report(store, ['--session', 'cooperer-leader-n1-2017', '--json'])).stdout);
    expect(one.scope).toEqual({ year: null, sessionId: 'cooperer-leader-n1-2017' });
    expect(one.sessions).toHaveLength(1);
    // A walk-in of 2017, no capacity recorded, no hours known (date not set).
    expect(one.sessions[0]).toMatchObject({ capacity: null, fillRate: null, confirmed: 1, present: 1, attendanceRate: 1, hoursTrainees: null });
    expect(one.totals.sessionsWithoutHours).toBe(1);
  });

  it('defaults to the current year in Paris (the injected clock)', async () => {
    const r = await runCli(['report', '--json'], { store: scenario(), now: '2017-12-31T23:30:00.000Z' });
    expect(JSON.parse(r.stdout).scope.year).toBe(2018);
  });
});

describe('caprural report (HTML)', () => {
  it('writes one self-contained page: inline SVG charts each with a title, a text alternative and a table; no script, no URL', async () => {
    const store = scenario();
    const out = join(tempDir(), 'rapport.html');
    const r = await report(store, ['--year', '2018', '--output', out], 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Report written to ${out} (3 sessions)`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|\bsrc=|\bhref=/i);
    // url() only for the charts' own clip paths, inside the page.
    expect([...html.matchAll(/url\(([^)]*)\)/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xlink))/);
    expect(html).toContain(`default-src 'none'`);
    const charts = [
      ...html.matchAll(
        /<figure class="chart" data-chart="([^"]+)"><svg id="\1" role="img" aria-labelledby="\1-title" aria-describedby="\1-desc"[^>]*><title id="\1-title">([^<]+)<\/title><desc id="\1-desc">([^<]+)<\/desc>/g,
      ),
    ];
    expect(charts.map((m) => m[1])).toEqual(['chart-fill', 'chart-attendance', 'chart-timeline-1', 'chart-kind', 'chart-territory', 'chart-cotisations', 'chart-eligibility']);
    expect(charts[2]![3]).toContain('13 from 2018-02-02 to 2018-02-08; seats: 12; registration closes: 2018-02-08');
    // Each chart is followed by its table.
    for (const [, id] of charts) expect(html).toMatch(new RegExp(`data-chart="${id}">[\\s\\S]*?</figure>\\n<table id="table-`));
    expect(html).toMatch(
      /<th scope="row">cooperer-leader-n1-2018<\/th><td>2018-02-15 10:00-12:00<\/td><td>held<\/td><td class="n" data-value="12">12<\/td><td class="n" data-value="12">12<\/td><td class="n" data-value="1">100%<\/td>/,
    );
    expect(html).toContain('@page { size: A4;');
  });

  it('is in French unless --lang en is given, whatever the locale (built binary)', () => {
    const store = scenario();
    const out = join(tempDir(), 'rapport.html');
    const r = spawnCliSync(['report', '--year', '2018', '--output', out, '--store', store], { LANG: 'C' });
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('bilan d&#39;activité 2018');
    expect(html).toContain('>100\u00a0%<');
  });

  it('writes the page on stdout with --output -', async () => {
    const r = await report(scenario(), ['--year', '2018', '--output', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes what comes from the store, in the tables and in the charts', async () => {
    const store = scenario();
    await openStore(store).update((d) => {
      d.organisations[0]!.territory = '<img src=x onerror=alert(1)> & "Drôme"\u001b[31m';
    });
    const out = join(tempDir(), 'rapport.html');
    expect((await report(store, ['--year', '2018', '--output', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u001b');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Drôme&quot;');
  });
});

describe('caprural report: refusals leave everything as it was', () => {
  it.each([
    [['--year', '2018', '--session', 'cooperer-leader-n1-2018', '--format', 'json'], 'not both'],
    [['--year', '2018'], '--output'],
    [['--year', '1999', '--format', 'json'], '--year'],
    [['--session', 'nope', '--format', 'json'], 'nope'],
    [['--year', '2018', '--format', 'pdf'], 'pdf'],
  ])('exit 2 for %j', async (args, words) => {
    const store = scenario();
    const before = bytesOf(store);
    const r = await report(store, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stdout).toBe('');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('exit 2 for a cancelled session, and for the store itself as --output', async () => {
    const store = scenario();
    expect((await runCli(['session', 'cancel', 'cooperer-leader-n3-2018', '--yes'], { store, now: REPORT_NOW })).code).toBe(0);
    const before = bytesOf(store);
    const a = await report(store, ['--session', 'cooperer-leader-n3-2018', '--json']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('cancelled');
    const b = await report(store, ['--year', '2018', '--output', store]);
    expect(b.code).toBe(2);
    expect(bytesOf(store).equals(before)).toBe(true);
    // The year's report counts the cancelled session apart and leaves it out.
    const figures = JSON.parse((await report(store, ['--year', '2018', '--json'])).stdout);
    expect(figures.totals.sessions).toBe(2);
    expect(figures.totals.sessionsCancelled).toBe(1);
    expect(existsSync(`${store}.tmp`)).toBe(false);
  });
});

describe('caprural sessions: a fill bar at a terminal only', () => {
  it('adds a bar beside the seats when stdout is a terminal, and nothing when piped or with --json', async () => {
    const store = scenario();
    // A wide terminal: at 80 columns the bar is the first thing to give way (test/cli/widths.test.ts).
    const tty = await runCli(['sessions', '--year', '2018'], { store, now: REPORT_NOW, stdoutTty: true, columns: 200 });
    expect(tty.stdout).toMatch(/cooperer-leader-n1-2018 .* 12\/12 █████ +1 /);
    expect(tty.stdout).toMatch(/cooperer-leader-n2-2018 .* 0\/12 ░░░░░ +0 /);
    // At 120 columns the title gives way first: the day with its hours, the deadline with its time
    // and the bar stay whole (the organiser's daily look).
    const mid = await runCli(['sessions', '--year', '2018'], { store, now: REPORT_NOW, stdoutTty: true, columns: 120 });
    expect(mid.stdout).toMatch(/cooperer-leader-n1-2018 .* 2018-02-15 10:00-12:00 +12\/12 █████ +1 +2018-02-08 00:00 /);
    for (const line of mid.stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
    const narrow = await runCli(['sessions', '--year', '2018'], { store, now: REPORT_NOW, stdoutTty: true, columns: 80 });
    expect(narrow.stdout).not.toMatch(/[█░]/);
    expect(narrow.stdout).toMatch(/cooperer-leader-n1-2018 .* 12\/12 /);
    const piped = await runCli(['sessions', '--year', '2018'], { store, now: REPORT_NOW });
    expect(piped.stdout).not.toMatch(/[█░]/);
    expect(piped.stdout).toMatch(/cooperer-leader-n1-2018 .* 12\/12 +1 /);
    const json = await runCli(['sessions', '--json'], { store, now: REPORT_NOW, stdoutTty: true });
    expect(json.stdout).not.toMatch(/[█░]/);
  });
});
