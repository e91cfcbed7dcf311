import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, fitText, formatTable, wrapText } from '../../src/cli/table';
import { brochureScenario } from '../helpers/brochureScenario';
import { runCli } from '../helpers/runCli';

// Measured independently of the renderer: the scenario's text is Latin letters (accents composed),
// "…", "·", "█" and "░", one column each at a terminal.
const widest = (text: string) => Math.max(0, ...text.split('\n').map((line) => [...line.normalize('NFC')].length));

const HUMAN_TABLES = [
  ['sessions'],
  ['session', 'show', 'cooperer-leader-n1-2018'],
  ['member', 'list'],
  ['org', 'list'],
  ['backup', 'list'],
  ['log'],
  ['mail', 'plan'],
  ['mail', 'log'],
  ['membership', 'list'],
];

describe('every human table of the brochure scenario fits the terminal', () => {
  let store: string;
  // One scenario for all the cases (the helpers' temporary folders are removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'caprural-widths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const now = '2018-02-10T10:00:00.000Z';
  beforeAll(async () => {
    store = await brochureScenario(dir);
    expect((await runCli(['mail', 'plan'], { store, now })).code).toBe(0);
  }, 60_000);

  for (const columns of [80, 120]) {
    for (const lang of ['fr', 'en'] as const) {
      it(`at ${columns} columns (${lang})`, async () => {
        for (const args of HUMAN_TABLES) {
          const r = await runCli(args, { store, now, lang, stdoutTty: true, columns });
          expect(r.code, args.join(' ')).toBe(0);
          expect(r.stdout.length, args.join(' ')).toBeGreaterThan(0);
          expect(widest(r.stdout), `${args.join(' ')}\n${r.stdout}`).toBeLessThanOrEqual(columns);
        }
      });
    }
  }

  it('assumes 80 columns at a terminal of unknown width', async () => {
    for (const args of HUMAN_TABLES) {
      const r = await runCli(args, { store, now, lang: 'fr', stdoutTty: true });
      expect(widest(r.stdout), args.join(' ')).toBeLessThanOrEqual(80);
    }
  });

  it('keeps the end of titles that tells the sessions apart, not their shared prefix', async () => {
    const r = await runCli(['sessions'], { store, now, lang: 'fr', stdoutTty: true, columns: 80 });
    expect(r.stdout).toContain('… : amorcer les dynamiq');
    expect(r.stdout).toContain("… : de l'offre de coop");
    expect(r.stdout).toContain('… : de la première ren');
    expect(r.stdout).not.toContain('Coopérer dans LEADER');
    expect(r.stdout).toContain('cooperer-leader-n1-2018'); // ids are typed elsewhere: never cut
  });

  it('leaves piped output whole (full width)', async () => {
    const members = await runCli(['member', 'list'], { store, now, lang: 'fr' });
    expect(members.stdout).toContain('veronique.bernard@gal-drome.fr  gal-vallee-de-la-drome');
    expect(widest(members.stdout)).toBeGreaterThan(80);
    const log = await runCli(['log'], { store, now, lang: 'fr', columns: 80 });
    expect(log.stdout).toContain('motif : Envoyée le 7 février, arrivée dans les indésirables');
  });

  it('log shows its actions and details in words, instants in Paris time, and cuts them to the width', async () => {
    const wide = await runCli(['log'], { store, now, lang: 'fr', stdoutTty: true, columns: 400 });
    expect(wide.stdout).toContain('statut : confirmée ; reçue : 02/02/2018 09:12');
    expect(wide.stdout).toContain('règles : date limite (R2) ; motif : Envoyée le 7 février');
    expect(wide.stdout).not.toMatch(/receivedAt|registration\.add|=/);
    expect(wide.stdout).not.toContain('2018-02-02T08:12');
    const narrow = await runCli(['log'], { store, now, lang: 'fr', stdoutTty: true, columns: 80 });
    // Too wide for 80 columns: each entry's details go on indented lines of their own, wrapped on
    // words; the ids and the details are whole.
    expect(narrow.stdout).toMatch(/^09\/02\/2018 11:00 +tester +inscription +reg-1 *\n {4}session : cooperer-leader-n1-2018 ; /m);
    expect(narrow.stdout.split('\n').slice(1).join('\n')).not.toContain('…');
    for (const line of narrow.stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('formatTable', () => {
  const header = 'id\ttitle\tnote';
  const rows = [['a-1', 'Coopérer dans LEADER : amorcer les dynamiques de coopération', 'long note that can go']];

  it('changes nothing without a width, or when the table fits', () => {
    const whole = formatTable(header, rows);
    expect(formatTable(header, rows, { width: 200 })).toBe(whole);
    expect(whole).toContain('Coopérer dans LEADER : amorcer les dynamiques de coopération');
  });

  it('shortens the highest shrink level first, down to its minimum, then the next', () => {
    const out = formatTable(header, rows, { width: 60, columns: [undefined, { shrink: 1, min: 20, cut: 'title' }, { shrink: 2, min: 6 }] });
    const line = out.split('\n')[1]!;
    expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(line).toMatch(/coopération +long…$/); // the note went down to its minimum first, the title stayed whole
    expect(line).toContain('… : amorcer les dynamiques');
  });

  it('drops a droppable column when even the minimums do not fit', () => {
    const out = formatTable(header, rows, { width: 30, columns: [undefined, { shrink: 1, min: 20, cut: 'title' }, { shrink: 2, min: 10, drop: 1 }] });
    expect(out.split('\n')[0]).toBe('id   title');
    expect(widest(out)).toBeLessThanOrEqual(30);
  });

  it('fits even when nothing was declared', () => {
    expect(widest(formatTable(header, rows, { width: 30 }))).toBeLessThanOrEqual(30);
  });

  it('counts an accented letter as one column, composed or not, and a wide character as two', () => {
    expect(displayWidth('Émilie')).toBe(6);
    expect(displayWidth('E\u0301milie')).toBe(6);
    expect(displayWidth('日本')).toBe(4);
    const decomposed = formatTable('name\tx', [
      ['E\u0301milie Este\u0300ve', '1'],
      ['Bob', '2'],
    ]);
    expect(decomposed.split('\n')[2]).toBe('Bob            2');
  });

  it('cuts text by its start, its end, its words, or keeps the end of a title', () => {
    expect(fitText('2018-02-16T09-00-00.000Z-n000034.json', 12, 'start')).toBe('…000034.json');
    expect(fitText('Inscription confirmée', 12)).toBe('Inscription…');
    expect(fitText('15/02/2018 10:00-12:00', 12, 'words')).toBe('15/02/2018');
    // A clause is never cut in its middle: '2017, date' would read as the whole date.
    expect(fitText('2017, date non fixée', 10, 'words')).toBe('2017');
    expect(fitText('2017, date non fixée', 20, 'words')).toBe('2017, date non fixée');
    expect(fitText('Coopérer dans LEADER : amorcer les dynamiques de coopération', 24, 'title')).toBe('… : amorcer les dynamiq…');
  });

  it('wraps a long line at words, indenting what follows', () => {
    expect(wrapText('  Public: agent de développement LEADER, membre du comité', 30, 4)).toBe('  Public: agent de\n    développement LEADER,\n    membre du comité');
    expect(wrapText('short', undefined)).toBe('short');
  });
});
