// Imports read .xlsx workbooks through the same importer kit as CSV: the same columns, checks and
// messages, with the sheet's row numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/csv/readCsv';
import { cellText } from '../../src/csv/readWorkbook';
import { AFTER_SESSION, N1_2018, report, scenarioStore } from '../helpers/reportScenario';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const fixture = (...parts: string[]) => join(import.meta.dirname, '..', 'fixtures', ...parts);

async function workbook(name: string, sheets: Array<{ sheet: string; data: SheetData }>): Promise<string> {
  const file = join(tempDir(), name);
  writeFileSync(file, await writeXlsxFile(sheets).toBuffer());
  return file;
}

describe("member import reads the organiser's workbook (personnes.xlsx) as it is", () => {
  it('imports the same people as the Windows-1252 CSV Excel saves of it, without an encoding notice', async () => {
    const fromXlsx = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', fixture('spreadsheets', 'personnes.xlsx'), '--json'], { store: fromXlsx.path });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Windows-1252');
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 7 });
    const fromCsv = await tempDeps({ empty: true });
    expect((await runCli(['member', 'import', fixture('spreadsheets', 'personnes-excel-cp1252.csv')], { store: fromCsv.path })).code).toBe(0);
    const people = async (d: typeof fromXlsx) => (await d.store.read()).members.map((m) => [m.lastName, m.firstName, m.email, m.phone]).sort();
    expect(await people(fromXlsx)).toEqual(await people(fromCsv));
    const data = await fromXlsx.store.read();
    expect(data.members.find((m) => m.email === 'je.dartois@gal-drome.fr')).toMatchObject({ firstName: 'Jean-Édouard', lastName: "d'Artois", phone: expect.stringMatching(/^06/) });
    expect(data.organisations.map((o) => o.name)).toContain('GAL "Pays d\'Aubenas"; Vals, Ardèche');
  });

  it("says which columns it does not read (the list's Fonction), in both languages, and the JSON lists them", async () => {
    const deps = await tempDeps({ empty: true });
    const fr = await runCli(['member', 'import', fixture('spreadsheets', 'personnes-excel-cp1252.csv'), '--dry-run'], { store: deps.path, lang: 'fr' });
    expect(fr.code).toBe(0);
    expect(fr.stderr).toContain('Colonne non lue : Fonction.');
    const json = await runCli(['member', 'import', fixture('spreadsheets', 'personnes.xlsx'), '--dry-run', '--json'], { store: deps.path });
    expect(JSON.parse(json.stdout).columnsNotRead).toEqual(['Fonction']);
    expect(json.stderr).toContain('Column not read: Fonction.');
    // A file whose every column is read says nothing about columns.
    const file = await workbook('complet.xlsx', [
      {
        sheet: 'Feuil1',
        data: [
          ['Nom', 'Prénom', 'Courriel', 'Rôles'],
          ['Œuvray', 'François', 'francois.oeuvray@aubenas.fr', 'agent'],
        ],
      },
    ]);
    const all = await runCli(['member', 'import', file, '--dry-run'], { store: deps.path });
    expect(all.code).toBe(0);
    expect(all.stderr).not.toContain('not read');
  });

  it('says when a new record gets the name of someone already on file under another e-mail (an import cannot ask, as member add does)', async () => {
    const deps = await tempDeps({ empty: true });
    expect((await runCli(['member', 'add', '--first', 'Véronique', '--last', 'Bernard', '--email', 'veronique.bernard@example.fr'], { store: deps.path })).code).toBe(0);
    const file = fixture('spreadsheets', 'personnes-excel-cp1252.csv');
    const dry = await runCli(['member', 'import', file, '--dry-run'], { store: deps.path, lang: 'fr' });
    expect(dry.stderr).toContain('Attention : une nouvelle fiche serait créée pour Véronique Bernard (');
    expect(dry.stderr).toContain('alors que ce nom existe déjà : Véronique Bernard (veronique-bernard, veronique.bernard@example.fr).');
    const done = await runCli(['member', 'import', file, '--json'], { store: deps.path });
    expect(done.code).toBe(0);
    const report = JSON.parse(done.stdout);
    expect(report.namesakes).toEqual([{ memberId: expect.stringMatching(/^veronique-bernard-/), existingIds: ['veronique-bernard'] }]);
    expect(done.stderr).toContain('a new record was created for Véronique Bernard');
    // The same file again updates by e-mail: nobody is created, nothing is said about names.
    const again = await runCli(['member', 'import', file, '--json'], { store: deps.path });
    expect(JSON.parse(again.stdout).namesakes).toEqual([]);
    expect(again.stderr).not.toContain('new record');
  });

  it('--sheet NAME reads that sheet; a sheet that is not there names those there are, and nothing changes', async () => {
    const file = await workbook('deux.xlsx', [
      { sheet: 'Notes', data: [['Rien à importer']] },
      {
        sheet: 'Inscrits',
        data: [
          ['Nom', 'Prénom', 'Courriel'],
          ['Œuvray', 'François', 'francois.oeuvray@aubenas.fr'],
        ],
      },
    ]);
    const deps = await tempDeps({ empty: true });
    const before = bytesOf(deps.path);
    const missing = await runCli(['member', 'import', file, '--sheet', 'Personnes'], { store: deps.path });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no sheet named "Personnes".');
    expect(missing.stderr).toContain('Its sheets: Notes, Inscrits. Give one of them with --sheet.');
    const first = await runCli(['member', 'import', file], { store: deps.path });
    expect(first.code).toBe(2);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const r = await runCli(['member', 'import', file, '--sheet', 'Inscrits'], { store: deps.path });
    expect(r.code).toBe(0);
    expect((await deps.store.read()).members.map((m) => [m.firstName, m.lastName])).toEqual([['François', 'Œuvray']]);
  });

  it('a bad row is reported with its row number in the sheet, and nothing changes', async () => {
    const file = await workbook('bad.xlsx', [
      {
        sheet: 'Feuil1',
        data: [
          ['first_name', 'last_name', 'email'],
          ['Anne', 'Ok', 'anne@example.fr'],
          ['Bruno', 'Blanc', 'not an e-mail'],
        ],
      },
    ]);
    const deps = await tempDeps({ empty: true });
    const before = bytesOf(deps.path);
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3, column ".*": .*not an e-mail/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('--sheet on a CSV file is refused', async () => {
    const deps = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', fixture('spreadsheets', 'personnes-excel-cp1252.csv'), '--sheet', 'x'], { store: deps.path, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sheet sert pour un classeur (.xlsx)');
  });
});

describe('register --import and attendance --import read .xlsx the same way', () => {
  it('register --import: French headers, a real date cell for "Reçu le"', async () => {
    const deps = await tempDeps();
    const file = await workbook('inscriptions.xlsx', [
      {
        sheet: 'Feuil1',
        data: [
          ['Session', 'Courriel', 'Reçu le', 'Prénom', 'Nom'],
          ['cooperer-leader-n1-2018', 'helene.dupre@baronnies.fr', { value: new Date(Date.UTC(2018, 1, 1, 10, 0)), type: Date, format: 'dd/mm/yyyy hh:mm' }, 'Hélène', 'Dupré-Saint-Cyr'],
        ],
      },
    ]);
    const r = await runCli(['register', '--import', file, '--force', '--reason', 'test', '--json'], { store: deps.path, now: '2018-02-01T10:00:00.000Z' });
    expect(r.code).toBe(0);
    const data = await deps.store.read();
    expect(data.members.map((m) => [m.firstName, m.lastName, m.email])).toEqual([['Hélène', 'Dupré-Saint-Cyr', 'helene.dupre@baronnies.fr']]);
    // 10:00 on the office's wall clock (Paris, winter): 09:00 UTC.
    expect(data.registrations.at(-1)?.receivedAt).toBe('2018-02-01T09:00:00.000Z');
  });

  it('attendance --import: a Zoom report saved as .xlsx gives the same table as the CSV, with the same row numbers', async () => {
    const csv = report('zoom-participants.csv');
    const records = await parseRecords(readFileSync(csv, 'utf8'), csv);
    const data: SheetData = records.map((r) => r.cells.map((c) => (/^\d+$/.test(c) && c.length < 6 ? Number(c) : c === '' ? null : c)));
    const file = await workbook('zoom.xlsx', [{ sheet: 'participants', data }]);
    const deps = await scenarioStore();
    const args = ['--min-minutes', '45', '--dry-run'];
    const fromCsv = await runCli(['attendance', N1_2018, '--import', csv, ...args], { store: deps.path, now: AFTER_SESSION });
    const fromXlsx = await runCli(['attendance', N1_2018, '--import', file, ...args], { store: deps.path, now: AFTER_SESSION });
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toContain('zoom.xlsx: Zoom, meeting participants report (recognised).');
    expect(fromXlsx.stdout).toContain('line 5: Marine Rouchouse (Cap Rural)');
    const table = (out: string) => out.split('\n').slice(1).join('\n');
    expect(table(fromXlsx.stdout)).toBe(table(fromCsv.stdout));
  });
});

describe('a cell as the text a CSV would hold', () => {
  it('dates (with a time when they have one), numbers, booleans, empty cells', () => {
    expect(cellText(new Date(Date.UTC(2018, 1, 15)))).toBe('15/02/2018');
    expect(cellText(new Date(Date.UTC(2018, 1, 15, 9, 5)))).toBe('15/02/2018 09:05');
    expect(cellText(612345678)).toBe('612345678');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
    expect(cellText('  Anne ')).toBe('Anne');
  });
});
