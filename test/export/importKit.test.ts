// The importer kit shared by member import, register --import and attendance --import: one decoder,
// one column mapping, one way of reporting bad rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/csv/decodeText';
import { detectDelimiter } from '../../src/csv/readCsv';
import { shownValue } from '../../src/domain/csvColumns';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const fixture = (...parts: string[]) => join(import.meta.dirname, '..', 'fixtures', ...parts);

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
}

describe('the decoder', () => {
  const text = 'Nom;Prénom\r\nŒuvray;François\r\n';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.from(`\uFEFF${text}`, 'utf8'), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(text, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(text, 'be'), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['Windows-1252', Buffer.from([...Buffer.from('Nom;Pr'), 0xe9, ...Buffer.from('nom\r\n'), 0x8c, ...Buffer.from('uvray;Fran'), 0xe7, ...Buffer.from('ois\r\n')]), 'windows-1252'],
  ] as const)('%s', (_label, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ kind: 'text', encoding });
    expect(decoded.kind === 'text' && decoded.text).toBe(text);
  });

  it('a workbook (zip: .xlsx, .ods; OLE2: .xls) and binary data are not text', () => {
    expect(decodeText(Buffer.from('PK\x03\x04rest', 'latin1'))).toEqual({ kind: 'spreadsheet' });
    expect(decodeText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'spreadsheet' });
    expect(decodeText(Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44, 0x45]))).toEqual({ kind: 'binary' });
  });

  it('finds the delimiter past a title line without one (Teams) and ignores commas inside quotes (BigBlueButton)', () => {
    expect(detectDelimiter('1. Summary\nMeeting title\tX\n\n2. Participants\nName\tEmail\n')).toBe('\t');
    expect(detectDelimiter('Nom;Prénom;E-mail\n"GAL ""Pays""; Vals, Ardèche";a;b\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
  });
});

describe('values from a file, as errors show them', () => {
  it('escapes control characters and cuts at 80 characters', () => {
    expect(shownValue('a\u001b[31mred\nnext\tcell')).toBe('a\\e[31mred\\nnext\\tcell');
    expect(shownValue('\u202eevil')).toBe('\\u202Eevil');
    expect(shownValue('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
    expect(shownValue('é'.repeat(80))).toBe('é'.repeat(80));
  });

  it('member import: a bad value is shown escaped and cut, with its line', async () => {
    const deps = await tempDeps({ empty: true });
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, `first_name,last_name,email\nAnne,Ok,anne@example.fr\n"\u001b[2J${'z'.repeat(120)}",Name,b@example.fr\n`);
    const before = bytesOf(deps.path);
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain(`line 3, column "first_name": Invalid first name: "\\e[2J${'z'.repeat(76)}…"`);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});

describe('the people list as French Excel saves it (personnes-excel-cp1252.csv)', () => {
  it('imports with member import as it is: Windows-1252 decoded with a notice, French headers mapped', async () => {
    const deps = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', fixture('spreadsheets', 'personnes-excel-cp1252.csv'), '--json'], { store: deps.path });
    expect(r.stderr).toContain('is not UTF-8: read as Windows-1252');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 7, created: expect.any(Array) });
    const data = await deps.store.read();
    const byEmail = new Map(data.members.map((m) => [m.email, m]));
    expect(byEmail.get('francois.oeuvray@aubenas.fr')).toMatchObject({ firstName: 'François', lastName: 'Œuvray', phone: '04 75 99 88 77' });
    expect(byEmail.get('zoe.lefevre-unal@gal-drome.fr')).toMatchObject({ firstName: 'Zoë', lastName: 'Lefèvre-Ünal' });
    expect(byEmail.get('aissatou.ndiaye@gal-drome.fr')).toMatchObject({ firstName: 'Aïssatou', lastName: "N'Diaye", phone: null });
    expect(data.organisations.map((o) => o.name).sort()).toContain('GAL "Pays d\'Aubenas"; Vals, Ardèche');
  });

  it('the same list in UTF-16 (LE or BE, with BOM) and tab-separated imports the same way, without a notice', async () => {
    for (const endian of ['le', 'be'] as const) {
      const deps = await tempDeps({ empty: true });
      const file = join(tempDir(), `people-${endian}.txt`);
      writeFileSync(file, utf16('Nom\tPrénom\tCourriel\r\nŒuvray\tFrançois\tfrancois.oeuvray@aubenas.fr\r\n', endian));
      const r = await runCli(['member', 'import', file], { store: deps.path });
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('Windows-1252');
      expect((await deps.store.read()).members.map((m) => [m.firstName, m.lastName, m.email])).toEqual([['François', 'Œuvray', 'francois.oeuvray@aubenas.fr']]);
    }
  });
});

describe('an .ods or .xls workbook is refused with the right cause and what to do, and nothing changes', () => {
  it.each([
    ['member import', (f: string) => ['member', 'import', f]],
    ['register --import', (f: string) => ['register', '--import', f]],
    ['attendance --import', (f: string) => ['attendance', 'cooperer-leader-n1-2018', '--import', f]],
  ])('%s', async (_label, args) => {
    const xls = join(tempDir(), 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const deps = await tempDeps();
    const before = bytesOf(deps.path);
    const ods = await runCli(args(fixture('spreadsheets', 'personnes.ods')), { store: deps.path, now: '2018-02-15T12:00:00.000Z' });
    expect(ods.code).toBe(2);
    expect(ods.stderr).toContain('is an OpenDocument spreadsheet (.ods), which caprural does not read.');
    expect(ods.stderr).toContain('save it as .xlsx (Excel 2007-365) or CSV');
    const old = await runCli(args(xls), { store: deps.path, now: '2018-02-15T12:00:00.000Z' });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('is an old Excel 97-2003 workbook (.xls)');
    expect(old.stderr).toContain('save it as .xlsx or CSV');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('says it in French too', async () => {
    const deps = await tempDeps();
    const r = await runCli(['member', 'import', fixture('spreadsheets', 'personnes.ods')], { store: deps.path, lang: 'fr' });
    expect(r.stderr).toContain('est un classeur OpenDocument (.ods)');
    expect(r.stderr).toContain('enregistrez-le au format .xlsx');
  });
});

describe('register --import maps French headers and reads Windows-1252', () => {
  it('Courriel, Reçu le, Prénom, Nom in a French Excel CSV', async () => {
    const deps = await tempDeps();
    const file = join(tempDir(), 'inscriptions.csv');
    const text = 'Session;Courriel;Reçu le;Prénom;Nom\r\ncooperer-leader-n1-2018;helene.dupre@baronnies.fr;01/02/2018 10:00;Hélène;Dupré-Saint-Cyr\r\n';
    writeFileSync(file, new Uint8Array([...text].map((c) => (c === 'ç' ? 0xe7 : c === 'é' ? 0xe9 : c === 'è' ? 0xe8 : c.charCodeAt(0)))));
    const r = await runCli(['register', '--import', file, '--force', '--reason', 'test', '--json'], { store: deps.path, now: '2018-02-01T10:00:00.000Z' });
    expect(r.stderr).toContain('read as Windows-1252');
    expect(r.code).toBe(0);
    const data = await deps.store.read();
    expect(data.members.map((m) => [m.firstName, m.lastName, m.email])).toEqual([['Hélène', 'Dupré-Saint-Cyr', 'helene.dupre@baronnies.fr']]);
  });
});
