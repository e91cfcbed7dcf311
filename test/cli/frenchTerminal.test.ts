import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitText, formatTable, wrapText } from '../../src/cli/table';
import { runCli } from '../helpers/runCli';

// A French organiser at an 80-column terminal (QA5 #4 to #6): what the next command needs is never
// cut, free text gives up width instead, and continued lines keep their column.

const reports = join(__dirname, '..', 'fixtures', 'connection-reports');
const after = '2018-02-16T09:00:00.000Z';
const lines = (text: string) => text.trimEnd().split('\n');

/** A store with long ids, names, e-mails and structures, as the samples have. */
async function scenario(dir: string): Promise<string> {
  const store = join(dir, 'store.json');
  const cli = async (args: string[], now = '2018-02-05T10:00:00.000Z') => {
    const r = await runCli(args, { store, now });
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  };
  await cli(['init']);
  await cli(['org', 'add', '--name', 'GAL Vallée de la Drôme', '--kind', 'GAL']);
  await cli(['org', 'add', '--name', 'PNR des Baronnies provençales', '--kind', 'PNR']);
  await cli(['membership', 'pay', 'gal-vallee-de-la-drome', '--year', '2018', '--on', '15/01/2018']);
  await cli(['membership', 'pay', 'pnr-des-baronnies-provencales', '--year', '2018', '--on', '15/01/2018']);
  const people = [
    ['Véronique', 'Bernard', 'veronique.bernard@gal-drome.fr', 'gal-vallee-de-la-drome', 'agent'],
    ['Jean-Édouard', "d'Artois", 'je.dartois@gal-drome.fr', 'gal-vallee-de-la-drome', 'coprog'],
    ['Zoë', 'Lefèvre-Ünal', 'zoe.lefevre-unal@gal-drome.fr', 'gal-vallee-de-la-drome', 'agent'],
    ['Hélène', 'Dupré-Saint-Cyr', 'helene.dupre@baronnies.fr', 'pnr-des-baronnies-provencales', 'agent,coop-group'],
    ['Bruno', 'Blanc', 'bruno.blanc@gal-drome.fr', 'pnr-des-baronnies-provencales', 'agent'],
  ];
  for (const [first, last, email, org, roles] of people) {
    await cli(['member', 'add', '--first', first!, '--last', last!, '--email', email!, '--org', org!, '--role', roles!]);
    await cli(['register', '--session', 'cooperer-leader-n1-2018', '--member', email!, '--received-at', '02/02/2018 10:00']);
  }
  await cli(['attendance', 'cooperer-leader-n1-2018', '--import', join(reports, 'teams-attendance-report.csv'), '--min-minutes', '45'], after);
  // The same events again: nothing changes, which the log must say as 0, not as a blank.
  await cli(['attendance', 'cooperer-leader-n1-2018', '--import', join(reports, 'zoom-participants.csv'), '--min-minutes', '45'], after);
  return store;
}

describe('at 80 columns, in French', () => {
  let store: string;
  // One scenario for all the cases (the helpers' temporary folders are removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'caprural-french-terminal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    store = await scenario(dir);
  }, 60_000);
  const at80 = (args: string[], lang: 'fr' | 'en' = 'fr') => runCli(args, { store, now: after, lang, stdoutTty: true, columns: 80 });
  const fits = (text: string) => lines(text).forEach((line) => expect([...line.normalize('NFC')].length, line).toBeLessThanOrEqual(80));

  for (const lang of ['fr', 'en'] as const) {
    it(`member list keeps every id, e-mail and structure whole, structure and roles under the person (${lang})`, async () => {
      const r = await at80(['member', 'list'], lang);
      fits(r.stdout);
      for (const id of ['veronique-bernard', 'jean-edouard-d-artois', 'helene-dupre-saint-cyr', 'zoe-lefevre-unal']) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
      for (const email of ['veronique.bernard@gal-drome.fr', 'zoe.lefevre-unal@gal-drome.fr']) expect(r.stdout).toContain(email);
      expect(r.stdout).toContain(lang === 'fr' ? '    structure : pnr-des-baronnies-provencales ; rôles : agent LEADER' : '    organisation: pnr-des-baronnies-provencales; roles:');
      expect(r.stdout).not.toContain('…');
    });
  }

  it('org list keeps every id whole; kind, people and cotisations under each structure', async () => {
    const r = await at80(['org', 'list']);
    fits(r.stdout);
    expect(r.stdout).toMatch(/^pnr-des-baronnies-provencales +PNR des Baronnies provençales$/m);
    expect(r.stdout).toContain('    type : GAL ; personnes : 3 ; cotisations : 2018');
    expect(r.stdout).not.toContain('…');
  });

  it('member list piped stays one line per person, whole', async () => {
    const r = await runCli(['member', 'list'], { store, now: after, lang: 'fr' });
    expect(r.stdout).toMatch(/^helene-dupre-saint-cyr +Hélène Dupré-Saint-Cyr +helene\.dupre@baronnies\.fr +pnr-des-baronnies-provencales +agent LEADER, groupe coop\.$/m);
  });

  it('sessions shows a status whole ("programmée", not "programm…")', async () => {
    const fresh = join(dir, 'fresh.json');
    expect((await runCli(['init'], { store: fresh })).code).toBe(0);
    const r = await runCli(['sessions'], { store: fresh, now: '2018-02-01T10:00:00.000Z', lang: 'fr', stdoutTty: true, columns: 80 });
    fits(r.stdout);
    expect(r.stdout).toMatch(/^cooperer-leader-n1-2018 .* programmée/m);
    expect(r.stdout).not.toContain('programm…');
    // Open for registration: "programmée (ouverte)" says it goes on; what the cut columns no longer need goes back to the title.
    expect(r.stdout).toMatch(/^cooperer-leader-n1-2018 +… : amorcer les dynam… +15\/02\/2018  0\/12 +programmée…$/m);
    // Too narrow for a title worth reading: left out, rather than shown as "……".
    const narrow = await runCli(['sessions'], { store: fresh, now: '2018-02-01T10:00:00.000Z', lang: 'fr', stdoutTty: true, columns: 60 });
    fits(narrow.stdout);
    expect(narrow.stdout).not.toMatch(/……|titre/);
    expect(narrow.stdout).toMatch(/^cooperer-leader-n1-2018 +15\/02\/2018 .*programmée/m);
  });

  it('session show gives the received day only its width, and the e-mails the rest', async () => {
    const r = await at80(['session', 'show', 'cooperer-leader-n1-2018']);
    fits(r.stdout);
    // The day and the attendance two columns apart: no blank left where the time was cut.
    expect(r.stdout).toMatch(/02\/02\/2018 {2}présent·e/);
    expect(r.stdout.match(/veronique\.bernard\S*/g)!.at(-1)!.length).toBeGreaterThanOrEqual(18);
    expect(r.stdout).toMatch(/Hélène Dupré-Saint-Cyr /);
  });

  it('log keeps its header, actions and targets whole, and counts an empty list of changes', async () => {
    const r = await at80(['log']);
    // The details' lines may hold a path longer than a line, kept whole to be copied.
    fits(
      lines(r.stdout)
        .filter((line) => !line.startsWith('    '))
        .join('\n'),
    );
    expect(lines(r.stdout)[0]).toMatch(/^date \(Europe\/Paris\) +par +action +cible$/);
    expect(r.stdout).toMatch(/^16\/02\/2018 10:00 +tester +présences +cooperer-leader-n1-2018$/m);
    expect(r.stdout).toMatch(/^\S.* +structure ajoutée +pnr-des-baronnies-provencales$/m);
    expect(r.stdout).toContain('changements : 0 ;');
    expect(r.stdout).not.toMatch(/: +;/);
    const en = await runCli(['log'], { store, now: after, lang: 'en' });
    expect(en.stdout).toContain('changes: 0;');
  });

  it('attendance --dry-run keeps why a row counts as it does', async () => {
    const r = await at80(['attendance', 'cooperer-leader-n1-2018', '--import', join(reports, 'google-meet-attendance.csv'), '--dry-run']);
    fits(r.stdout);
    expect(r.stdout).toContain('absent·e du rapport');
  });

  it('a dry run that would change nothing says so, not « Changerait (0) : » followed by nothing', async () => {
    const r = await at80(['attendance', 'cooperer-leader-n1-2018', '--import', join(reports, 'zoom-participants.csv'), '--min-minutes', '45', '--dry-run']);
    expect(r.stdout).toContain('Ne changerait rien.');
    expect(r.stdout).not.toContain('Changerait (0)');
  });

  it('backup list says its names are in UTC, beside instants in Paris time', async () => {
    const r = await at80(['backup', 'list']);
    expect(lines(r.stdout)[0]).toMatch(/^nom \(heure UTC\) +remplacée le/);
  });

  it('mail plan and mail log keep session ids whole; eligibility --rules its ids', async () => {
    // At 70 columns the subject and the e-mail give up width, never the session id.
    const plan = await runCli(['mail', 'plan'], { store, now: after, lang: 'fr', stdoutTty: true, columns: 70 });
    expect(plan.code, plan.stderr).toBe(0);
    const rows = lines(plan.stdout).filter((line) => line.includes('cooperer'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/ cooperer-leader-n1-2018 /);
    const log = await at80(['mail', 'log']);
    fits(log.stdout);
    for (const row of lines(log.stdout).filter((line) => line.includes('cooperer'))) expect(row).toMatch(/ cooperer-leader-n1-2018 /);
    const rules = await runCli(['eligibility', '--rules'], { store, now: after, lang: 'fr', stdoutTty: true, columns: 64 });
    expect(rules.stdout).toMatch(/^appui-cooperation-leader +.* cooperer-leader-n1 +2017, 2018$/m);
  });

  it('retention keeps the ids whole at a narrow terminal', async () => {
    const r = await runCli(['retention', '--before', '2030', '--dry-run'], { store, now: after, lang: 'fr', stdoutTty: true, columns: 60 });
    expect(r.code, r.stderr).toBe(0);
    for (const id of ['helene-dupre-saint-cyr', 'jean-edouard-d-artois', 'veronique-bernard']) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
  });

  it('info keeps a wrapped value under its column', async () => {
    const r = await runCli(['info'], { store, now: after, lang: 'fr', stdoutTty: true, columns: 60 });
    const contents = lines(r.stdout).findIndex((line) => line.startsWith('Contenu :'));
    const column = lines(r.stdout)[contents]!.search(/\d+ sessions/);
    expect(column).toBeGreaterThan(0);
    const next = lines(r.stdout)[contents + 1]!;
    expect(next.search(/\S/), r.stdout).toBe(column);
    for (const line of lines(r.stdout)) if (!/^\S+ :/.test(line)) expect(line.search(/\S/), line).toBe(column);
  });
});

describe('formatTable and fitText', () => {
  it('a column cut on words gives back what it no longer needs', () => {
    const out = formatTable('name\twhen\tnote', [['Jean-Édouard d’Artois', '02/02/2018 10:00', 'absent·e']], {
      width: 43,
      columns: [{ shrink: 1, min: 10 }, { shrink: 2, min: 12, cut: 'words' }, undefined],
    });
    expect(out.split('\n')[1]).toBe('Jean-Édouard d’Artois  02/02/2018  absent·e');
  });

  it('never cuts a words column below its widest first word', () => {
    const out = formatTable('id\ttitle\tstatus', [['cooperer-leader-n1-2018', 'Coopérer dans LEADER', 'programmée (ouverte)']], {
      width: 45,
      columns: [undefined, { shrink: 2, min: 6 }, { shrink: 3, min: 6, cut: 'words' }],
    });
    expect(out.split('\n')[1]).toBe('cooperer-leader-n1-2018  Coopére…  programmée');
  });

  it('says that a bracket goes on rather than cutting it open', () => {
    expect(fitText('confirmée (dérogation : cotisation)', 14, 'words')).toBe('confirmée (…)');
    expect(fitText('confirmée (test)', 10, 'words')).toBe('confirmée…');
    expect(fitText('confirmée (test)', 9, 'words')).toBe('confirmée');
    expect(fitText('date (Europe/Paris)', 16, 'words')).toBe('date (…)');
    expect(fitText('date (Europe/Paris)', 16, 'words', false)).toBe('date');
  });
});

describe('wrapText', () => {
  it('keeps French spacing with its word: no line starts with « : » or ends with « « »', () => {
    const text = '  Contact : Marine Rouchouse, « Europe et développement rural » ; appelez : 04 72 72 49 76';
    for (const width of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 40, 44, 45, 46, 47, 48, 60, 61, 62, 63, 64, 65]) {
      const wrapped = wrapText(text, width, 4);
      expect(wrapped.replace(/\n {4}/g, ' '), `${width}`).toBe(text);
      for (const line of wrapped.split('\n')) {
        expect(line, `${width}\n${wrapped}`).not.toMatch(/^ *[:;»!?]/);
        expect(line, `${width}\n${wrapped}`).not.toMatch(/«$/);
      }
    }
  });
});
