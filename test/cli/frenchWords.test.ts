import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchCommands } from '../../src/cli/frenchCommands';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

// A French organiser meets French words (QA5 #3, #7): the values to type in the help, the commands
// a hint proposes, and why the CSV headers stay English without --excel.

const N1 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-05T10:00:00.000Z';

async function store(): Promise<string> {
  const path = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store: path, now: NOW })).code).toBe(0);
  expect((await runCli(['org', 'add', '--name', 'PNR du Vercors', '--kind', 'PNR'], { store: path, now: NOW })).code).toBe(0);
  const add = ['member', 'add', '--first', 'Maëlys', '--last', 'Le Goff', '--email', 'maelys.legoff@pnr-vercors.fr', '--org', 'pnr-du-vercors', '--role', 'agent'];
  expect((await runCli(add, { store: path, now: NOW })).code).toBe(0);
  return path;
}

describe('French help names what a French organiser types', () => {
  const help = async (args: string[]) => (await runCli([...args, '--help'], { store: join(tempDir(), 'none.json'), lang: 'fr', env: { COLUMNS: '200' } })).stdout.replace(/\s+/g, ' ');

  it('roles, kinds, statuses and formats in French; the kinds of export by their French names', async () => {
    const roles = await help(['membre', 'ajouter']);
    expect(roles).toContain('groupe-coop (groupe de travail coopération) ou autre');
    expect(roles).not.toMatch(/coop-group|\bother\b/);
    const kinds = await help(['structure', 'ajouter']);
    expect(kinds).toContain('GAL, PNR, EPCI, association ou autre');
    expect(kinds).not.toMatch(/\bother\b/);
    const session = await help(['seance', 'ajouter']);
    expect(session).not.toMatch(/\bin-person\b|\bnone\b/);
    expect(await help(['seance', 'modifier'])).toContain('annoncée, programmée, réalisée ou annulée');
    const exports = await help(['exporter']);
    expect(exports).toContain('obligatoire pour emargement');
    expect(exports).not.toContain('pour attendance-sheet');
    expect(exports).toContain('les clés anglaises stables que lisent les scripts');
    const member = await help(['membre']);
    expect(member).toContain("ce qu'écrit `exporter membres`");
    expect(member).not.toContain('export members');
  });

  it('the French words shown for roles are accepted back; an unknown role lists the French words', async () => {
    const path = await store();
    const add = (role: string, email: string) => runCli(['member', 'add', '--first', 'Paul', '--last', 'Petit', '--email', email, '--role', role, '--json'], { store: path, now: NOW, lang: 'fr' });
    const ok = await add('groupe coop.,comité de programmation,agent LEADER', 'paul@x.fr');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).roles.sort()).toEqual(['agent', 'coop-group', 'coprog']);
    const before = bytesOf(path);
    const bad = await add('chef', 'paul2@x.fr');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Rôle inconnu « chef ». Rôles : agent, coprog, groupe-coop, autre.');
    expect(bytesOf(path)).toEqual(before);
    expect((await runCli(['member', 'add', '--first', 'P', '--last', 'Q', '--email', 'q@x.fr', '--role', 'boss'], { store: path, now: NOW })).stderr).toContain(
      'Roles: agent, coprog, coop-group, other.',
    );
  });
});

describe('hints propose the command in the language of the message', () => {
  it('a French refusal proposes « caprural cotisation payer … »; the English one « membership pay »', async () => {
    const path = await store();
    const register = ['register', '--session', N1, '--member', 'Maëlys Le Goff', '--received-at', '02/02/2018 10:00'];
    const fr = await runCli(register, { store: path, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('Enregistrez-la avec : caprural cotisation payer pnr-du-vercors --year 2018');
    const en = await runCli(register, { store: path, now: NOW, lang: 'en' });
    expect(en.stderr).toContain('Record it with: caprural membership pay pnr-du-vercors --year 2018');
    // What the hint says runs.
    const pay = await runCli(['cotisation', 'payer', 'pnr-du-vercors', '--year', '2018'], { store: path, now: NOW, lang: 'fr' });
    expect(pay.code, pay.stderr).toBe(0);
  });

  it('maps group and command words, and leaves anything else as written', () => {
    expect(frenchCommands("('caprural member list' les liste)")).toBe("('caprural membre lister' les liste)");
    expect(frenchCommands('Exécutez : caprural backup restore latest --yes')).toBe('Exécutez : caprural sauvegarde restaurer latest --yes');
    expect(frenchCommands('caprural register --session x')).toBe('caprural inscrire --session x');
    expect(frenchCommands('caprural export members --output m.csv')).toBe('caprural exporter members --output m.csv');
    expect(frenchCommands('caprural garde le nom')).toBe('caprural garde le nom');
    expect(frenchCommands('caprural 0.1.0')).toBe('caprural 0.1.0');
  });
});

describe('--json refusals for scripts', () => {
  it('one-line message without the colon that announced the details; details as objects with the rule and the command', async () => {
    const path = await store();
    const before = bytesOf(path);
    const r = await runCli(['register', '--session', N1, '--member', 'Maëlys Le Goff', '--received-at', '02/02/2018 10:00', '--json'], { store: path, now: NOW, lang: 'fr' });
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.message).toBe("Inscription de Maëlys Le Goff à cooperer-leader-n1-2018 refusée par 1 règle ; rien n'a été écrit");
    expect(error.details).toHaveLength(1);
    expect(error.problems).toEqual([{ key: 'ruleCotisation', rule: 'R3', message: error.details[0], command: 'caprural cotisation payer pnr-du-vercors --year 2018' }]);
    expect(bytesOf(path)).toEqual(before);
    const typo = await runCli(['member', 'show', 'Maelys Le Gof', '--json'], { store: path, now: NOW, lang: 'fr' });
    expect(typo.code).toBe(2);
    expect(JSON.parse(typo.stdout).error.message).not.toContain('\n');
    expect(JSON.parse(typo.stdout).error.message).toContain('Vouliez-vous dire Maëlys Le Goff');
  });
});

describe('export members without --excel', () => {
  it('keeps the English headers scripts read, and tells a French organiser at a terminal how to get French ones', async () => {
    const path = await store();
    const tty = await runCli(['exporter', 'membres'], { store: path, now: NOW, lang: 'fr', stdoutTty: true });
    expect(tty.stdout.split('\n')[0]).toBe('member_id,last_name,first_name,email,phone,organisation_id,organisation,roles,cotisation_years');
    expect(tty.stderr).toContain('Pour des en-têtes en français : --excel');
    const piped = await runCli(['exporter', 'membres'], { store: path, now: NOW, lang: 'fr' });
    expect(piped.stderr).toBe('');
    const excel = await runCli(['exporter', 'membres', '--excel'], { store: path, now: NOW, lang: 'fr', stdoutTty: true });
    expect(excel.stderr).toBe('');
    expect(excel.stdout.split('\n')[0]).toMatch(/^Identifiant;Nom;Prénom/);
  });
});

describe('cancel --member without --session and without a terminal (QA5)', () => {
  it('names the sessions the person is registered for and the command to give; nothing written', async () => {
    const path = await store();
    expect((await runCli(['membership', 'pay', 'pnr-du-vercors', '--year', '2018'], { store: path, now: NOW })).code).toBe(0);
    expect((await runCli(['register', '--session', N1, '--member', 'maelys-le-goff', '--received-at', '02/02/2018 10:00'], { store: path, now: NOW })).code).toBe(0);
    const before = bytesOf(path);
    const fr = await runCli(['annuler', '--member', 'Maëlys Le Goff'], { store: path, now: NOW, lang: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(`--session manquant : Maëlys Le Goff n'est inscrit·e qu'à ${N1}.\nPour annuler cette inscription : caprural annuler --session ${N1} --member maelys-le-goff --yes\n`);
    const en = await runCli(['cancel', '--member', 'maelys-le-goff'], { store: path, now: NOW, lang: 'en' });
    expect(en.stderr).toContain(`--session is missing: Maëlys Le Goff is registered for ${N1} only.`);
    expect(bytesOf(path)).toEqual(before);
    // What it says runs.
    expect((await runCli(['annuler', '--session', N1, '--member', 'maelys-le-goff', '--yes'], { store: path, now: NOW, lang: 'fr' })).code).toBe(0);
    const none = await runCli(['cancel', '--member', 'maelys-le-goff'], { store: path, now: NOW, lang: 'fr' });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Maëlys Le Goff n'est inscrit·e à aucune session ; rien à annuler.");
  });
});
