import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

// What `member import` says (QA5 #8, #10): a move to another structure from which to which, and the
// cotisation it leaves behind; the structures it creates by name; why a name is refused; "la" for one line.

const NOW = '2018-02-05T10:00:00.000Z';
const sample = join(__dirname, '..', 'fixtures', 'spreadsheets', 'personnes-excel-cp1252.csv');

async function store(): Promise<string> {
  const path = join(tempDir(), 'store.json');
  const cli = async (args: string[]) => expect((await runCli(args, { store: path, now: NOW })).code).toBe(0);
  await cli(['init']);
  await cli(['org', 'add', '--name', 'GAL Vallée de la Drôme', '--kind', 'GAL']);
  await cli(['membership', 'pay', 'gal-vallee-de-la-drome', '--year', '2018', '--on', '15/01/2018']);
  await cli(['member', 'add', '--first', 'Zoë', '--last', 'Lefèvre-Ünal', '--email', 'zoe.lefevre-unal@gal-drome.fr', '--org', 'gal-vallee-de-la-drome']);
  return path;
}

describe('member import says what it changes', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`a move to another structure: from which to which, and the cotisation no longer covered; the structures created by name (${lang})`, async () => {
      const path = await store();
      const before = bytesOf(path);
      const r = await runCli(['member', 'import', sample, '--dry-run'], { store: path, now: NOW, lang });
      expect(r.code, r.stderr).toBe(0);
      expect(bytesOf(path)).toEqual(before);
      if (lang === 'fr') {
        expect(r.stdout).toContain('  zoe-lefevre-unal : téléphone, structure (GAL Vallée de la Drôme → Réseau rural régional ; cotisation 2018 plus couverte)');
        expect(r.stdout).toMatch(/^Structures créées : Réseau rural régional \(reseau-rural-regional\), .*PNR du Vercors \(pnr-du-vercors\)\.$/m);
      } else {
        expect(r.stdout).toContain('  zoe-lefevre-unal: phone, organisation (GAL Vallée de la Drôme → Réseau rural régional; 2018 cotisation no longer covered)');
        expect(r.stdout).toMatch(/^Organisations created: Réseau rural régional \(reseau-rural-regional\), /m);
      }
      const json = JSON.parse((await runCli(['member', 'import', sample, '--dry-run', '--json'], { store: path, now: NOW })).stdout);
      expect(json.changes).toContainEqual({
        id: 'zoe-lefevre-unal',
        fields: ['phone', 'organisationId'],
        organisation: { from: 'GAL Vallée de la Drôme', to: 'Réseau rural régional', unpaidYear: 2018 },
      });
      expect(json.newOrganisations).toContainEqual({ id: 'pnr-du-vercors', name: 'PNR du Vercors' });
    });
  }

  it('a refused name says which name and why; one bad line is « Corrigez-la »', async () => {
    const path = await store();
    const before = bytesOf(path);
    const file = join(tempDir(), 'x.csv');
    writeFileSync(file, 'Nom;Prénom;E-mail;Téléphone;Structure\r\nEvil\u001b[2J;Marc\u0007;marc.evil@example.fr;;GAL Vallée de la Drôme\r\n');
    const fr = await runCli(['member', 'import', file], { store: path, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain("1 ligne invalide ; rien n'a été importé.\nCorrigez-la et importez");
    expect(fr.stderr).toContain('ligne 2, colonne « Prénom » : Prénom invalide : « Marc\\a » contient un caractère de contrôle ou invisible (\\a).');
    expect(fr.stderr).toContain('ligne 2, colonne « Nom » : Nom invalide : « Evil\\e[2J » contient un caractère de contrôle ou invisible (\\e).');
    expect(fr.stderr).not.toMatch(/[\u0007\u001b]/);
    const en = await runCli(['member', 'import', file], { store: path, now: NOW, lang: 'en' });
    expect(en.stderr).toContain('1 row is invalid; nothing was imported.\nFix it and import');
    expect(en.stderr).toContain('Invalid first name: "Marc\\a" holds a control or invisible character (\\a).');
    writeFileSync(file, 'Nom;Prénom;E-mail\r\nDurand;J0hn;j@x.fr\r\nDupont;;d@x.fr\r\n');
    const two = await runCli(['member', 'import', file], { store: path, now: NOW, lang: 'fr' });
    expect(two.stderr).toContain('2 lignes invalides');
    expect(two.stderr).toContain('Corrigez-les');
    expect(two.stderr).toContain("Prénom invalide : « J0hn » contient « 0 », qui n'a pas sa place dans un nom.");
    expect(two.stderr).toContain('ligne 3, colonne « Prénom » : Prénom vide.');
    expect(bytesOf(path)).toEqual(before);
  });

  it('member add names the option and the fault', async () => {
    const path = await store();
    const r = await runCli(['member', 'add', '--first', 'Anne', '--last', 'Du\u202eRand', '--email', 'a@x.fr'], { store: path, now: NOW, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nom invalide pour --last : « Du\\u202ERand » contient un caractère de contrôle ou invisible (\\u202E).');
  });
});

describe('a mistyped structure gets « Vouliez-vous dire … ? » as a person does (QA5 #9)', () => {
  it('cotisation payer "PNR des Baronies" proposes PNR des Baronnies provençales; structure afficher too; nothing written', async () => {
    const path = await store();
    expect((await runCli(['org', 'add', '--name', 'PNR des Baronnies provençales', '--kind', 'PNR'], { store: path, now: NOW })).code).toBe(0);
    expect((await runCli(['org', 'add', '--name', 'Collectif des Baronnies'], { store: path, now: NOW })).code).toBe(0);
    const before = bytesOf(path);
    const fr = await runCli(['cotisation', 'payer', 'PNR des Baronies', '--year', '2018'], { store: path, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain(
      'Aucune structure ni personne ne correspond à « PNR des Baronies ». Vouliez-vous dire PNR des Baronnies provençales (pnr-des-baronnies-provencales) ?\nSi oui, donnez son identifiant (pnr-des-baronnies-provencales)',
    );
    const en = await runCli(['membership', 'pay', 'baronies provencale', '--year', '2018'], { store: path, now: NOW, lang: 'en' });
    expect(en.stderr).toContain('Did you mean PNR des Baronnies provençales (pnr-des-baronnies-provencales)?');
    const show = await runCli(['org', 'show', 'Baronies'], { store: path, now: NOW, lang: 'fr' });
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('Vouliez-vous dire PNR des Baronnies provençales (pnr-des-baronnies-provencales) ou Collectif des Baronnies (collectif-des-baronnies) ?');
    // --org of member add and member edit too.
    const add = await runCli(['member', 'add', '--first', 'Paul', '--last', 'Test', '--email', 'pt@x.fr', '--org', 'GAL Valée de la Drome'], { store: path, now: NOW, lang: 'fr' });
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('Aucune structure « GAL Valée de la Drome ». Vouliez-vous dire GAL Vallée de la Drôme (gal-vallee-de-la-drome) ?');
    const edit = await runCli(['member', 'edit', 'zoe-lefevre-unal', '--org', 'PNR des Baronies'], { store: path, now: NOW, lang: 'en' });
    expect(edit.stderr).toContain('Did you mean PNR des Baronnies provençales (pnr-des-baronnies-provencales)?');
    // Words that name nothing close: no guess.
    const none = await runCli(['cotisation', 'payer', 'Parc du Vercors', '--year', '2018'], { store: path, now: NOW, lang: 'fr' });
    expect(none.stderr).not.toContain('Vouliez-vous dire');
    expect(bytesOf(path)).toEqual(before);
  });
});

describe('an import names columns by the French headers a French organiser writes', () => {
  it('register --import and member import: a missing column, a person to create', async () => {
    const path = await store();
    const before = bytesOf(path);
    const file = join(tempDir(), 'inscriptions.csv');
    writeFileSync(file, 'session;email\ncooperer-leader-n1-2018;x@y.fr\n');
    const missing = await runCli(['register', '--import', file], { store: path, now: NOW, lang: 'fr' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Il manque au fichier la colonne « Reçue le »');
    expect(missing.stderr).toContain('Obligatoires : Session, E-mail, Reçue le ; facultatives : Prénom, Nom, Structure, Rôles');
    writeFileSync(file, 'session;email;reçue le\ncooperer-leader-n1-2018;inconnu@x.fr;03/02/2018 10:00\n');
    const unknown = await runCli(['register', '--import', file], { store: path, now: NOW, lang: 'fr' });
    expect(unknown.stderr).toContain("personne n'a l'e-mail inconnu@x.fr ; ajoutez les colonnes Prénom et Nom pour créer la personne");
    const people = join(tempDir(), 'personnes.csv');
    writeFileSync(people, 'Nom;E-mail\nDurand;d@x.fr\n');
    const member = await runCli(['member', 'import', people], { store: path, now: NOW, lang: 'fr' });
    expect(member.code).toBe(2);
    expect(member.stderr).toContain("la colonne « Prénom ».\nLa ligne d'en-tête doit la nommer");
    const en = await runCli(['member', 'import', people], { store: path, now: NOW, lang: 'en' });
    expect(en.stderr).toContain('lacks the column first_name.\nThe header line must name it');
    expect(bytesOf(path)).toEqual(before);
  });
});
