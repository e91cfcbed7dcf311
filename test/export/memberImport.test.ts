import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../helpers/storeInternals';
import { runCli } from '../helpers/runCli';
import { seedBrochure } from '../helpers/scenario';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const identity = (m: Record<string, unknown>) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, email: m.email, phone: m.phone, organisationId: m.organisationId, roles: m.roles });

describe('member import reads what export members writes', () => {
  it.each([
    ['the default dialect', []],
    ['the --excel dialect', ['--excel']],
    ['a BOM with commas', ['--bom']],
    ['semicolons without BOM', ['--delimiter', ';']],
  ])('round-trips people through %s into an empty store', async (_label, flags) => {
    const source = await tempDeps({ seed: seedBrochure });
    const file = join(tempDir(), 'members.csv');
    expect((await runCli(['export', 'members', ...flags, '--output', file], { store: source.path })).code).toBe(0);
    const target = await tempDeps({ empty: true });
    const r = await runCli(['member', 'import', file, '--json'], { store: target.path });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 4, updated: [], unchanged: 0, organisationsCreated: ['gal-pays-de-gex', 'pnr-livradois'] });
    const before = (await source.store.read()).members.map(identity);
    const after = (await target.store.read()).members.map(identity);
    expect(after.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(before.sort((a, b) => String(a.id).localeCompare(String(b.id))));
    expect((await target.store.read()).organisations.map((o) => o.name).sort()).toEqual(['GAL du Pays de Gex', 'PNR "Livradois; Forez"']);
  });

  it('re-importing an unchanged export changes no one; an edited row updates that person', async () => {
    const deps = await tempDeps({ seed: seedBrochure });
    const file = join(tempDir(), 'members.csv');
    await runCli(['export', 'members', '--output', file], { store: deps.path });
    const same = JSON.parse((await runCli(['member', 'import', file, '--json'], { store: deps.path })).stdout);
    expect(same).toMatchObject({ created: [], updated: [], unchanged: 4 });
    const { readFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('04 72 72 49 76', '06 77 83 12 76'));
    const edited = JSON.parse((await runCli(['member', 'import', file, '--json'], { store: deps.path })).stdout);
    expect(edited).toMatchObject({ created: [], updated: ['veronique-bernard'], unchanged: 3 });
    expect((await deps.store.read()).members.find((m) => m.id === 'veronique-bernard')!.phone).toBe('06 77 83 12 76');
  });

  it('reports every bad row with its line number and writes nothing', async () => {
    const deps = await tempDeps({ empty: true });
    const file = join(tempDir(), 'people.csv');
    writeFileSync(
      file,
      [
        'first_name,last_name,email,phone',
        'Véronique,Bernard,vb@gex.fr,04 72 72 49 76',
        'Jean,D2,jean@gex.fr,',
        '"Multi',
        'line",Name,multi@gex.fr,',
        'Ana,Lopez,not-an-email,',
        'Ana,Lopez,VB@gex.fr,',
        'Zoé,Martin,zoe@gex.fr,12',
      ].join('\n'),
    );
    const before = bytesOf(deps.path);
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('5 rows are invalid; nothing was imported');
    expect(r.stderr).toContain('line 3, column "last_name": Invalid last name: "D2"');
    expect(r.stderr).toContain('line 4, column "first_name": Invalid first name: "Multi');
    expect(r.stderr).toContain('line 6, column "email": Invalid e-mail');
    expect(r.stderr).toContain('line 7, column "email": The e-mail vb@gex.fr is already on line 2 of this file');
    expect(r.stderr).toContain('line 8, column "phone": Invalid phone number');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('refuses a file without the required columns, or broken CSV, with exit 2', async () => {
    const deps = await tempDeps({ empty: true });
    const file = join(tempDir(), 'people.csv');
    writeFileSync(file, 'name,address\nA,b@c.fr\n');
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lacks the columns last_name, first_name, email');
    writeFileSync(file, 'first_name,last_name,email\n"Ana,Lopez,a@b.fr\n');
    const broken = await runCli(['member', 'import', file], { store: deps.path });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid CSV (line 2: a quote is opened and never closed)');
    // In French, csv-parse's fault is said in French too (its English text only for a fault it names no code for).
    writeFileSync(file, 'first_name,last_name,email\nAna,=HYPERLINK("http://evil";"x"),a@b.fr\n');
    const quoted = await runCli(['member', 'import', file], { store: deps.path, lang: 'fr' });
    expect(quoted.code).toBe(2);
    expect(quoted.stderr).toContain("n'est pas un CSV valide (ligne 2 : un guillemet au milieu d'une valeur qui ne commence pas par un guillemet)");
    expect((await runCli(['member', 'import', join(tempDir(), 'none.csv')], { store: deps.path })).code).toBe(2);
  });

  it('writes the whole file in one change (one backup), whatever its size; --dry-run writes nothing', async () => {
    const deps = await tempDeps({ empty: true });
    const file = join(tempDir(), 'many.csv');
    const names = ['Anne', 'Benoît', 'Céline', 'Denis', 'Élodie'];
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `${names[i % 5]},Nom${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + Math.floor(i / 676))},p${i}@x.fr,,GAL ${i % 40}`,
    );
    writeFileSync(file, ['first_name,last_name,email,phone,organisation', ...rows].join('\n'));
    const dry = await runCli(['member', 'import', file, '--dry-run', '--json'], { store: deps.path });
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, rows: 2000 });
    expect((await deps.store.read()).members).toHaveLength(0);
    const backups = listBackups(deps.path).length;
    const r = await runCli(['member', 'import', file, '--json'], { store: deps.path });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).created).toHaveLength(2000);
    expect(JSON.parse(r.stdout).organisationsCreated).toHaveLength(40);
    expect(listBackups(deps.path).length).toBe(backups + 1);
    expect((await deps.store.read()).members).toHaveLength(2000);
  });
});

describe('member import: values shown in errors', () => {
  it('shows a value with a line break whole, on one line', async () => {
    const deps = await tempDeps({ empty: true });
    const file = join(tempDir(), 'multi.csv');
    writeFileSync(file, 'first_name,last_name,email\n"Multi\nLine",Name,m@x.fr\n');
    const r = await runCli(['member', 'import', file], { store: deps.path });
    expect(r.stderr).toContain('line 2, column "first_name": Invalid first name: "Multi\\nLine"');
  });
});
