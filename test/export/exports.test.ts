import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { seedBrochure } from '../helpers/scenario';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

async function brochureStore() {
  const deps = await tempDeps({ seed: seedBrochure });
  return deps.path;
}

const csvOf = (text: string, delimiter = ',') => parse(text.replace(/^\uFEFF/, ''), { delimiter, columns: true, record_delimiter: ['\n', '\r\n'] }) as Array<Record<string, string>>;

describe('export registrations', () => {
  it('writes RFC 4180 CSV with stable English headers, ISO instants, each session in order', async () => {
    const store = await brochureStore();
    const r = await runCli(['export', 'registrations', '--session', 'cooperer-leader-n1-2018'], { store });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(false);
    expect(r.stdout).not.toContain('\r\n');
    expect(r.stdout.split('\n')[0]).toBe('session_id,session_title,member_id,last_name,first_name,email,organisation,status,waitlist_position,received_at,attendance,override_reason');
    const rows = csvOf(r.stdout);
    expect(rows.map((x) => [x.member_id, x.status, x.waitlist_position, x.received_at, x.attendance])).toEqual([
      ['veronique-bernard', 'confirmed', '', '2018-01-20T09:00:00.000Z', 'present'],
      ['jean-edouard-d-artois', 'confirmed', '', '2018-01-21T09:00:00.000Z', 'absent'],
      ['anne-o-neil', 'waitlisted', '1', '2018-02-03T09:00:00.000Z', ''],
    ]);
    // The override reason starts with "=": neutralised by default, as it is in --raw.
    expect(rows[2]!.override_reason).toBe("'=cmd|calc");
    const raw = csvOf((await runCli(['export', 'registrations', '--session', 'cooperer-leader-n1-2018', '--raw'], { store })).stdout);
    expect(raw[2]!.override_reason).toBe('=cmd|calc');
  });

  it('gives the same rows as JSON, typed', async () => {
    const store = await brochureStore();
    const r = await runCli(['export', 'registrations', '--year', '2018', '--format', 'json'], { store });
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ session_id: 'cooperer-leader-n1-2018', member_id: 'anne-o-neil', status: 'waitlisted', waitlist_position: 1, override_reason: '=cmd|calc' });
    expect(rows[0].waitlist_position).toBeNull();
    const viaGlobal = await runCli(['export', 'registrations', '--year', '2018', '--json'], { store });
    expect(JSON.parse(viaGlobal.stdout)).toEqual(rows);
  });

  it('opens in French Excel: BOM, semicolons, CRLF, French headers, Paris dates', async () => {
    const store = await brochureStore();
    const r = await runCli(['export', 'registrations', '--session', 'cooperer-leader-n1-2018', '--excel'], { store });
    const bytes = Buffer.from(r.stdout, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe("Session;Intitulé;Identifiant;Nom;Prénom;E-mail;Structure;Statut;Rang en liste d'attente;Reçue le;Présence;Motif de dérogation");
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = csvOf(r.stdout, ';');
    expect(rows[0]!['Reçue le']).toBe('20/01/2018 10:00');
    // Fixed values in French for the spreadsheet; the default CSV keeps the English codes.
    expect(rows.map((x) => [x.Statut, x['Présence']])).toEqual([
      ['confirmée', 'présent·e'],
      ['confirmée', 'absent·e'],
      ["en liste d'attente", ''],
    ]);
  });
});

describe('the other kinds', () => {
  it('attendees: present only', async () => {
    const store = await brochureStore();
    const rows = csvOf((await runCli(['export', 'attendees'], { store })).stdout);
    expect(rows.map((x) => [x.session_id, x.member_id])).toEqual([
      ['cooperer-leader-n1-2017', 'oedipe-roi'],
      ['cooperer-leader-n1-2018', 'veronique-bernard'],
    ]);
    const json = JSON.parse((await runCli(['export', 'attendees', '--format', 'json'], { store })).stdout);
    expect(json.map((x: { member_id: string }) => x.member_id)).toEqual(['oedipe-roi', 'veronique-bernard']);
  });

  it('waitlist: in order, with positions', async () => {
    const store = await brochureStore();
    const rows = csvOf((await runCli(['export', 'waitlist', '--session', 'cooperer-leader-n1-2018'], { store })).stdout);
    expect(rows).toEqual([expect.objectContaining({ position: '1', member_id: 'anne-o-neil' })]);
    expect(JSON.parse((await runCli(['export', 'waitlist', '--format', 'json'], { store })).stdout)).toHaveLength(1);
  });

  it('members: organisation, roles and the cotisation years their organisation paid; quotes and ; survive', async () => {
    const store = await brochureStore();
    for (const excel of [false, true]) {
      const r = await runCli(['export', 'members', ...(excel ? ['--excel'] : [])], { store });
      const rows = csvOf(r.stdout, excel ? ';' : ',');
      const key = (k: string, fr: string) => (excel ? fr : k);
      expect(rows.map((x) => x[key('member_id', 'Identifiant')])).toEqual(['veronique-bernard', 'jean-edouard-d-artois', 'anne-o-neil', 'oedipe-roi']);
      expect(rows[0]![key('cotisation_years', 'Années de cotisation')]).toBe('2018');
      expect(rows[3]![key('organisation', 'Structure')]).toBe('PNR "Livradois; Forez"');
      expect(rows[2]![key('last_name', 'Nom')]).toBe('O’Neil');
      // Roles: the codes for scripts, the French words (as member list shows them) in --excel.
      expect(rows[0]![key('roles', 'Rôles')]).toBe(excel ? 'agent LEADER' : 'agent');
    }
    const json = JSON.parse((await runCli(['export', 'members', '--format', 'json'], { store })).stdout);
    expect(json[0]).toEqual({
      member_id: 'veronique-bernard',
      last_name: 'Bernard',
      first_name: 'Véronique',
      email: 'vb@gex.fr',
      phone: '04 72 72 49 76',
      organisation_id: 'gal-pays-de-gex',
      organisation: 'GAL du Pays de Gex',
      roles: 'agent',
      cotisation_years: '2018',
    });
  });

  it('members --excel with French role words is read back by member import unchanged (QA6 X)', async () => {
    const store = await brochureStore();
    const out = join(tempDir(), 'membres.csv');
    expect((await runCli(['export', 'members', '--excel', '--output', out], { store, lang: 'fr' })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(';agent LEADER;');
    const again = await runCli(['member', 'import', out, '--dry-run', '--json'], { store, lang: 'fr' });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 4, updated: [], created: [] });
    expect(JSON.stringify(JSON.parse(again.stdout))).not.toContain('LEADER');
  });

  it('sessions: the catalogue with counts', async () => {
    const store = await brochureStore();
    const rows = csvOf((await runCli(['export', 'sessions', '--year', '2018'], { store })).stdout);
    expect(rows[0]).toMatchObject({ session_id: 'cooperer-leader-n1-2018', starts_at: '2018-02-15T09:00:00.000Z', capacity: '12', confirmed: '2', waitlisted: '1' });
    const json = JSON.parse((await runCli(['export', 'sessions', '--format', 'json'], { store })).stdout);
    expect(json).toHaveLength(6);
    expect(json[3]).toMatchObject({ session_id: 'cooperer-leader-n1-2018', confirmed: 2, waitlisted: 1, registration_closes_at: '2018-02-07T23:00:00.000Z' });
  });

  it("attendance-sheet: the session's facts, then one row per confirmed registrant with a signature column per half-day", async () => {
    const store = await brochureStore();
    const r = await runCli(['export', 'attendance-sheet', '--session', 'cooperer-leader-n1-2018', '--excel'], { store });
    const records = parse(r.stdout.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(records[0]).toEqual(["Feuille d'émargement", 'Coopérer dans LEADER : amorcer les dynamiques de coopération']);
    expect(records[2]).toEqual(['Date', '15/02/2018 10:00-12:00']);
    expect(records[3]).toEqual(['Intervenants', 'Marine Rouchouse, Véronique Bernard']);
    expect(records[4]).toEqual(['Nom', 'Prénom', 'E-mail', 'Structure', 'Signature 15/02/2018 matin']);
    expect(records.slice(5).map((x) => x[0])).toEqual(['Bernard', "d'Artois"]);
    expect(records[5]![4]).toBe('');
    const json = JSON.parse((await runCli(['export', 'attendance-sheet', '--session', 'cooperer-leader-n1-2018', '--format', 'json'], { store })).stdout);
    expect(json.map((x: { last_name: string }) => x.last_name)).toEqual(['Bernard', "d'Artois"]);
    expect(json[0].signature_1).toBe('');
    const missing = await runCli(['export', 'attendance-sheet'], { store });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --session');
  });

  it('refuses an unknown kind, session or delimiter with exit 2', async () => {
    const store = await brochureStore();
    expect((await runCli(['export', 'everything'], { store })).code).toBe(2);
    expect((await runCli(['export', 'registrations', '--session', 'nope'], { store })).code).toBe(2);
    expect((await runCli(['export', 'members', '--delimiter', ';;'], { store })).code).toBe(2);
    const tab = await runCli(['export', 'members', '--delimiter', 'tab'], { store });
    expect(tab.stdout.split('\n')[0]).toContain('member_id\tlast_name');
  });
});

describe('--output', () => {
  it('writes atomically, says where, leaves no temp file', async () => {
    const store = await brochureStore();
    const out = join(tempDir(), 'members.csv');
    const r = await runCli(['export', 'members', '--output', out], { store });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Wrote 4 rows to ${out}`);
    expect(csvOf(readFileSync(out, 'utf8'))).toHaveLength(4);
    expect(readdirSync(dirname(out))).toEqual(['members.csv']);
  });

  it('refuses to overwrite the store or its backups', async () => {
    const store = await brochureStore();
    const before = bytesOf(store);
    const r = await runCli(['export', 'members', '--output', store], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Refusing to write the export over the store');
    expect(bytesOf(store).equals(before)).toBe(true);
    const backup = await runCli(['export', 'members', '--output', `${store}.backups/x.json`], { store });
    expect(backup.code).toBe(2);
    expect(existsSync(`${store}.backups/x.json`)).toBe(false);
  });

  it('a folder that does not exist is said in words, not as a system code', async () => {
    const store = await brochureStore();
    const before = bytesOf(store);
    const missing = join(dirname(store), 'pas-de-dossier', 'membres.csv');
    const fr = await runCli(['export', 'members', '--output', missing], { store, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain("(son dossier n'existe pas) ; rien n'a été écrit.");
    expect(fr.stderr).not.toContain('ENOENT');
    const en = await runCli(['export', 'members', '--output', missing], { store });
    expect(en.stderr).toContain('(its folder does not exist); nothing was written.');
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('export eligible', () => {
  it('lists the people who attended level 1 in 2017 or 2018, with the session that qualifies them', async () => {
    const store = await brochureStore();
    const rows = csvOf((await runCli(['export', 'eligible'], { store })).stdout);
    // Œdipe attended 2017, Véronique 2018; Jean-Édouard was absent; Anne only waitlisted.
    expect(rows.map((x) => [x.member_id, x.rule_id, x.session_id, x.session_year])).toEqual([
      ['veronique-bernard', 'appui-cooperation-leader', 'cooperer-leader-n1-2018', '2018'],
      ['oedipe-roi', 'appui-cooperation-leader', 'cooperer-leader-n1-2017', '2017'],
    ]);
    const json = JSON.parse((await runCli(['export', 'eligible', '--format', 'json', '--rule', 'appui-cooperation-leader'], { store })).stdout);
    expect(json.map((x: { member_id: string; session_starts_at: string | null }) => [x.member_id, x.session_starts_at])).toEqual([
      ['veronique-bernard', '2018-02-15T09:00:00.000Z'],
      ['oedipe-roi', null],
    ]);
    const excel = csvOf((await runCli(['export', 'eligible', '--excel'], { store })).stdout, ';');
    expect(excel[0]!['Date de la session']).toBe('15/02/2018 10:00');
    const unknown = await runCli(['export', 'eligible', '--rule', 'nope'], { store });
    expect(unknown.code).toBe(2);
  });
});
