import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

// A bad cell of an imported file is named by its line and by its column as the file's header
// writes it (« Prénom »), never by the flag of the command (--first) or caprural's key (first_name).

const NOW = '2018-02-20T10:00:00.000Z';

async function fresh() {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store, now: NOW })).code).toBe(0);
  return store;
}
function file(name: string, text: string) {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('a bad cell of an imported file is named by its column', () => {
  it('member import: every bad cell of a row, each with its line and its column (French and English)', async () => {
    const store = await fresh();
    const before = bytesOf(store);
    const csv = file('membres.csv', 'Prénom;Nom de famille;Courriel;Téléphone;Rôle\nAnne;Durand;anne@gex.fr;;agent\nA1;Martin;pas-un-mail;12;chef\n');
    const fr = await runCli(['member', 'import', csv], { store, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain("ligne 3, colonne « Prénom » : Prénom invalide : « A1 » contient « 1 », qui n'a pas sa place dans un nom.");
    expect(fr.stderr).toContain('ligne 3, colonne « Courriel » : Adresse e-mail invalide : « pas-un-mail ».');
    expect(fr.stderr).toContain('ligne 3, colonne « Téléphone » : Numéro de téléphone invalide');
    expect(fr.stderr).toContain('ligne 3, colonne « Rôle » :');
    expect(fr.stderr).not.toMatch(/--first|first_name|--email/);
    const en = await runCli(['member', 'import', csv], { store, now: NOW });
    expect(en.stderr).toContain('line 3, column "Prénom": Invalid first name: "A1" holds "1", which no name holds.');
    expect(bytesOf(store)).toEqual(before);
  });

  it('register --import: an empty cell and a bad one are named by their columns', async () => {
    const store = await fresh();
    const before = bytesOf(store);
    const csv = file('inscriptions.csv', 'Session;Adresse e-mail;Reçue le;Prénom;Nom\ncooperer-leader-n1-2018;;01/02/2018;Anne;Durand\ncooperer-leader-n1-2018;b@gex.fr;;B2;Martin\n');
    const r = await runCli(['register', '--import', csv], { store, now: NOW, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ligne 2, colonne « Adresse e-mail » : la cellule est vide ; remplissez-la.');
    expect(r.stderr).toContain('ligne 3, colonne « Reçue le » : la cellule est vide ; remplissez-la.');
    expect(r.stderr).toContain('ligne 3, colonne « Prénom » : Prénom invalide : « B2 »');
    expect(r.stderr).not.toMatch(/received_at|first_name|manquant/);
    expect(bytesOf(store)).toEqual(before);
  });

  it('attendance import: an unreadable value is named by its line and its column', async () => {
    const store = await fresh();
    const csv = file('presences.csv', 'Nom;Adresse e-mail;Présence\nAnne Durand;anne@gex.fr;peut-être\nBruno Martin;pas-un-mail;oui\n');
    const r = await runCli(['attendance', 'cooperer-leader-n1-2017', '--import', csv], { store, now: NOW, lang: 'fr' });
    expect(r.stdout + r.stderr).toContain('ligne 2, colonne « Présence » : Anne Durand <anne@gex.fr> : la valeur « peut-être » est illisible');
    expect(r.stdout + r.stderr).toContain('ligne 3, colonne « Adresse e-mail » : Bruno Martin <pas-un-mail> : la valeur « pas-un-mail » est illisible');
  });
});
