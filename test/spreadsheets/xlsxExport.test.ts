// export <kind> --format xlsx: every kind read back with read-excel-file, cells and types checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS } from '../../src/export/kinds';
import { wallClock } from '../../src/export/xlsx';
import { runCli } from '../helpers/runCli';
import { scenarioStore } from '../helpers/reportScenario';
import { tempDeps, tempDir } from '../helpers/tempStore';

const SESSION = 'cooperer-leader-n1-2018';

describe('export <kind> --output FILE.xlsx', () => {
  it.each(EXPORT_KINDS)('%s: one sheet named after the kind, French headers, typed cells, frozen header, autofilter', async (kind) => {
    const deps = await scenarioStore();
    const file = join(tempDir(), `${kind}.xlsx`);
    const args = kind === 'attendance-sheet' || kind === 'waitlist' || kind === 'attendees' ? ['--session', SESSION] : [];
    const r = await runCli(['export', kind, ...args, '--output', file], { store: deps.path, lang: 'fr', now: '2018-03-01T12:00:00.000Z' });
    expect(r.code, r.stderr).toBe(0);
    const sheets = await readXlsxFile(file);
    expect(sheets.map((s) => s.sheet)).toEqual([kind]);
    const rows = sheets[0]!.data;
    const headerAt = kind === 'attendance-sheet' ? 5 : 0;
    const header = rows[headerAt]!;
    expect(header.every((h) => typeof h === 'string')).toBe(true);
    const xml = unzipSync(readFileSync(file));
    const sheetXml = strFromU8(xml['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain(`<pane ySplit="${headerAt + 1}"`);
    expect(sheetXml).toMatch(new RegExp(`<autoFilter ref="A${headerAt + 1}:`));
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toMatch(/<col [^>]*width=/);
    if (kind === 'attendance-sheet') {
      expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(sheetXml).toMatch(/paperSize="9"/);
      expect(strFromU8(xml['xl/workbook.xml']!)).toContain('_xlnm.Print_Titles');
    }
    const data = rows.slice(headerAt + 1);
    const column = (name: string) => data.map((row) => row[header.indexOf(name)]);
    if (kind === 'members') {
      expect(header).toContain('Téléphone');
      expect(
        column('Téléphone')
          .filter((v) => v !== null)
          .every((v) => typeof v === 'string'),
      ).toBe(true);
      expect(column('Identifiant').every((v) => typeof v === 'string')).toBe(true);
    }
    if (kind === 'sessions') {
      expect(column('Année').every((v) => typeof v === 'number')).toBe(true);
      expect(
        column('Début')
          .filter((v) => v !== null)
          .every((v) => v instanceof Date),
      ).toBe(true);
    }
    if (kind === 'registrations') {
      expect(header).toContain('Reçue le');
      const received = column('Reçue le').filter((v) => v !== null);
      expect(received.length).toBeGreaterThan(0);
      expect(received.every((v) => v instanceof Date)).toBe(true);
      const stored = (await deps.store.read()).registrations.filter((x) => x.sessionId === SESSION)[0]!;
      expect(
        data.some(
          (row) => row[header.indexOf('Reçue le')] instanceof Date && (row[header.indexOf('Reçue le')] as unknown as Date).getTime() === wallClock(stored.receivedAt, 'Europe/Paris').getTime(),
        ),
      ).toBe(true);
      expect(column('Statut').every((v) => typeof v === 'string' && ['confirmée', "en liste d'attente", 'annulée'].includes(v))).toBe(true);
    }
  });

  it("an instant is written on the session's wall clock (a workbook's dates have no zone)", () => {
    expect(wallClock('2018-02-15T09:00:00.000Z', 'Europe/Paris').toISOString()).toBe('2018-02-15T10:00:00.000Z');
    expect(wallClock('2018-07-15T09:00:00.000Z', 'Europe/Paris').toISOString()).toBe('2018-07-15T11:00:00.000Z');
    expect(wallClock('2018-07-15T09:00:00.000Z', 'America/Cayenne').toISOString()).toBe('2018-07-15T06:00:00.000Z');
  });

  it('--format csv with an .xlsx file name is refused', async () => {
    const deps = await tempDeps();
    const file = join(tempDir(), 'm.xlsx');
    const conflict = await runCli(['export', 'members', '--format', 'csv', '--output', file], { store: deps.path });
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain('is an .xlsx file but --format is csv');
  });
});
