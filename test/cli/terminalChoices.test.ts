// Commands that need an argument ask for it at a terminal, with a list narrowed as the organiser
// types; a name that fits several people is chosen instead of refused; session add asks for
// everything the flags can give (issue 15, item 3). Without a terminal nothing is asked.
// Import the screen before the CLI so that the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { gexStore } from '../helpers/gexStore';
import { runCli } from '../helpers/runCli';
import { until } from '../helpers/screen';
import { bytesOf, tempDir } from '../helpers/tempStore';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NOW = '2018-02-05T10:00:00.000Z';

const store = () =>
  gexStore(
    NOW,
    [
      ['Véronique', 'Bernard', 'vb@gex.fr'],
      ['Bruno', 'Bernard', 'bb@gex.fr'],
    ],
    ['vb@gex.fr'],
  );

describe('an argument left out, chosen at a terminal', () => {
  it('session show: the sessions listed with title, date and id; typing narrows; Enter shows it', async () => {
    const path = await store();
    const running = runCli(['session', 'show'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('Quelle session ? (tapez pour chercher)');
    expect(screen.getScreen()).toContain('15/02/2018 10:00-12:00 (cooperer-leader-n1-2018)');
    screen.type('n3 2018');
    await until('❯ Coopérer dans LEADER : de la première rencontre');
    expect(screen.getScreen()).not.toContain('cooperer-leader-n1-2018');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(cooperer-leader-n3-2018)');
  });

  it('without a terminal (or with --no-input) nothing is asked: exit 2, saying what to give, in French', async () => {
    const path = await store();
    const cases: Array<[string[], string]> = [
      [['session', 'show'], "Argument manquant : indiquez l'identifiant de la session (caprural seances les liste)."],
      [['session', 'cancel'], "Argument manquant : indiquez l'identifiant de la session"],
      [['session', 'edit', '--capacity', '10'], "Argument manquant : indiquez l'identifiant de la session"],
      [['attendance', '--present', 'vb@gex.fr'], "Argument manquant : indiquez l'identifiant de la session"],
      [['doc', 'attendance-sheet'], 'Argument manquant : indiquez la session avec --session <id> (caprural seances liste les identifiants).'],
      [['doc', 'certificate'], 'Argument manquant : indiquez la session avec --session <id> (caprural seances liste les identifiants).'],
      [['member', 'show'], "Argument manquant : indiquez l'identifiant, l'e-mail ou le nom de la personne"],
      [['eligibility'], "Argument manquant : indiquez l'identifiant, l'e-mail ou le nom de la personne"],
      [['membership', 'pay', '--year', '2018'], 'Argument manquant : indiquez la structure ou la personne qui paie (caprural structure lister, caprural membre lister).'],
      [['export'], 'Argument manquant : indiquez quoi exporter : inscriptions, presents, liste-attente, membres, eligibles, sessions, emargement.'],
    ];
    const before = bytesOf(path);
    for (const [args, message] of cases) {
      for (const tty of [false, true]) {
        const r = await runCli(tty ? ['--no-input', ...args] : args, { store: path, now: NOW, tty, lang: 'fr' });
        expect(r.code, args.join(' ')).toBe(2);
        // At a terminal the message is wrapped on words (and coloured): read as one line.
        expect(r.stderr.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ')).toContain(message);
      }
    }
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('attendance: only the sessions that have started are offered, then the checklist', async () => {
    const path = await store();
    const after = '2018-02-16T10:00:00.000Z';
    const running = runCli(['attendance'], { store: path, now: after, tty: true });
    await until('Which session? (type to search)');
    expect(screen.getScreen()).toContain('cooperer-leader-n1-2018');
    expect(screen.getScreen()).toContain('cooperer-leader-n1-2017');
    expect(screen.getScreen()).not.toContain('cooperer-leader-n2-2018');
    screen.type('n1-2018');
    await until('❯ Coopérer dans LEADER : amorcer');
    screen.keypress('enter');
    await until('Véronique Bernard <vb@gex.fr>');
    screen.keypress('space');
    screen.keypress('enter');
    await until('Record');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    const reg = JSON.parse((await runCli(['session', 'show', 'cooperer-leader-n1-2018', '--json'], { store: path, now: after })).stdout).registrants[0];
    expect(reg).toMatchObject({ memberId: 'veronique-bernard', attendance: 'present' });
  });

  it('member show: the person searched for by name', async () => {
    const path = await store();
    const running = runCli(['member', 'show'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('Quelle personne ? (tapez un nom ou un e-mail)');
    screen.type('bruno');
    await until('❯ Bruno Bernard <bb@gex.fr>');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bruno Bernard (bruno-bernard)');
  });

  it('export: the kinds, each with what it holds; the CSV as with the kind typed', async () => {
    const path = await store();
    const running = runCli(['export'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('Quel export ? (tapez pour chercher)');
    expect(screen.getScreen()).toContain("liste-attente — listes d'attente");
    screen.type('personnes');
    await until('❯ presents — personnes présentes');
    screen.keypress('down');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await runCli(['export', 'members'], { store: path, now: NOW, lang: 'fr' })).stdout);
  });

  it('export attendance-sheet: the session is asked too', async () => {
    const path = await store();
    const running = runCli(['export', 'attendance-sheet', '--format', 'json'], { store: path, now: NOW, tty: true });
    await until('Which session?');
    screen.type('n1-2018');
    await until('❯ Coopérer dans LEADER : amorcer');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('doc attendance-sheet and doc certificate: the session is asked as for session show (certificates: sessions started)', async () => {
    const path = await store();
    const dir = tempDir();
    const sheet = runCli(['doc', 'attendance-sheet', '--output', join(dir, 'emargement.pdf')], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('Quelle session ? (tapez pour chercher)');
    expect(screen.getScreen()).toContain('(cooperer-leader-n3-2018)');
    screen.type('n1-2018');
    await until('❯ Coopérer dans LEADER : amorcer');
    screen.keypress('enter');
    expect((await sheet).code).toBe(0);
    expect(existsSync(join(dir, 'emargement.pdf'))).toBe(true);

    const after = '2018-02-16T10:00:00.000Z';
    const certificates = runCli(['doc', 'certificate', '--output', join(dir, 'certificats')], { store: path, now: after, tty: true });
    await until('Which session? (type to search)');
    expect(screen.getScreen()).toContain('cooperer-leader-n1-2018');
    expect(screen.getScreen()).not.toContain('cooperer-leader-n2-2018');
    screen.type('n1-2018');
    await until('❯ Coopérer dans LEADER : amorcer');
    screen.keypress('enter');
    // Nobody recorded present yet: the usual refusal, for the session chosen.
    const r = await certificates;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cooperer-leader-n1-2018');
  });
});

describe('a name that fits several people', () => {
  it('register --member Bernard at a terminal: a choice among the Bernards, then the usual checks', async () => {
    const path = await store();
    const running = runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'Bernard', '--json'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('« Bernard » correspond à 2 personnes : laquelle ?');
    expect(screen.getScreen()).toContain('Bruno Bernard <bb@gex.fr> — GAL du Pays de Gex (bruno-bernard)');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ memberId: 'bruno-bernard', status: 'confirmed' });
  });

  it('"none of them": the usual refusal (exit 2, the candidates listed), nothing written', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['eligibility', 'Bernard'], { store: path, now: NOW, tty: true });
    await until('"Bernard" fits 2 people: which one?');
    screen.keypress('up');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Véronique Bernard <vb@gex.fr>');
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('eligibility and member show at a terminal answer for the person picked', async () => {
    const path = await store();
    const running = runCli(['member', 'show', 'bernard'], { store: path, now: NOW, tty: true });
    await until('which one?');
    screen.keypress('down');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Véronique Bernard (veronique-bernard)');
  });

  it('member forget bernard at a terminal: the person chosen, then the confirmation names them', async () => {
    const path = await store();
    const before = bytesOf(path);
    const running = runCli(['member', 'forget', 'bernard'], { store: path, now: NOW, tty: true });
    await until('which one?');
    screen.keypress('down');
    screen.keypress('enter');
    await until('Erase Véronique Bernard (veronique-bernard)');
    screen.keypress('enter'); // No
    expect((await running).code).toBe(0);
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('without a terminal: exit 2 with the candidates, as before', async () => {
    const path = await store();
    const r = await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'Bernard'], { store: path, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bruno Bernard <bb@gex.fr>');
  });
});

describe('session add at a terminal', () => {
  it('asks format, start, end, deadline, seats and link, offered from the previous edition, and stores them', async () => {
    const path = await store();
    const running = runCli(['session', 'add', '--course', 'cooperer-leader-n1', '--json'], { store: path, now: NOW, tty: true, lang: 'fr' });
    await until('Format');
    screen.keypress('enter');
    await until('Début');
    screen.type('14/03/2019 10:00');
    screen.keypress('enter');
    await until('Fin');
    screen.keypress('enter');
    await until('Clôture des inscriptions');
    screen.keypress('enter');
    await until('Nombre de places');
    screen.keypress('enter');
    await until('Lien de connexion');
    screen.type('https://visio.example.org/n1-2019');
    screen.keypress('enter');
    const r = await running;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'cooperer-leader-n1-2019',
      format: 'webconference',
      startsAt: '2019-03-14T09:00:00.000Z',
      endsAt: '2019-03-14T11:00:00.000Z',
      registrationClosesAt: '2019-03-06T23:00:00.000Z',
      capacity: 12,
      link: 'https://visio.example.org/n1-2019',
      status: 'scheduled',
    });
  });
});
