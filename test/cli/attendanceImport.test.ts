import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';
import { AFTER_SESSION, EXPECTED, N1_2018, report, scenarioStore } from '../helpers/reportScenario';

const run = (path: string, args: string[], lang: 'fr' | 'en' = 'en') => runCli(['attendance', N1_2018, ...args], { store: path, now: AFTER_SESSION, lang });

describe('caprural attendance --import: the table before and after', () => {
  it('--dry-run prints the tool recognised, one line per registrant, the host ignored; writes nothing', async () => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const r = await run(deps.path, ['--import', report('zoom-participants.csv'), '--min-minutes', '45', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('zoom-participants.csv: Zoom, meeting participants report (recognised).');
    expect(r.stdout).toContain('Present from 45 minutes of connection.');
    expect(r.stdout).toMatch(/Registrant +Minutes +Matched by +Recorded +Why/);
    expect(r.stdout).toMatch(/Véronique Bernard +122 +e-mail +present +connected/);
    expect(r.stdout).toMatch(/Jean-Édouard d'Artois +13 +e-mail +absent +under the threshold/);
    expect(r.stdout).toMatch(/Zoë Lefèvre-Ünal +64 +e-mail +present/);
    expect(r.stdout).toMatch(/Hélène Dupré-Saint-Cyr +116 +name +present/);
    expect(r.stdout).toMatch(/Bruno Blanc +— +— +absent +not in the report/);
    expect(r.stdout).toContain('Ignored (1), as expected:\n  line 5: Marine Rouchouse (Cap Rural) <europe.devrural@caprural.org>: host or organiser');
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('without --dry-run: the same table, one locked write, and the changes; in French too', async () => {
    const deps = await scenarioStore();
    // A short path, so the file name is shown whole whatever the checkout's folder (long paths are cut at 80 characters).
    const teams = join(tempDir(), 'teams-attendance-report.csv');
    copyFileSync(report('teams-attendance-report.csv'), teams);
    const r = await run(deps.path, ['--import', teams, '--min-minutes', '45'], 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('teams-attendance-report.csv : rapport de présence Microsoft Teams (reconnu).');
    expect(r.stdout).toMatch(/Hélène Dupré-Saint-Cyr +116 +nom +présent/);
    expect(r.stdout).toContain('Présences de cooperer-leader-n1-2018 : 4 présent·es, 2 absent·es, 0 non renseignée.');
    expect(r.stdout).toContain('Véronique Bernard : non renseignée → présent·e');
    expect(r.stdout).toContain('Ignorée (1), comme prévu :\n  ligne 11 : Marine Rouchouse <europe.devrural@caprural.org> : hôte ou organisateur');
    const data = await deps.store.read();
    expect(Object.fromEntries(data.registrations.map((x) => [x.memberId, x.attendance]))).toEqual(EXPECTED);
  });

  it('--json gives the table as JSON', async () => {
    const deps = await scenarioStore();
    const r = await run(deps.path, ['--import', report('google-meet-attendance.csv'), '--min-minutes', '45', '--json', '--dry-run']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ sessionId: N1_2018, format: 'meet', encoding: 'utf-8', dryRun: true, thresholdMinutes: 45 });
    expect(out.registrants.find((x: { memberId: string }) => x.memberId === 'helene-dupre-saint-cyr')).toMatchObject({ minutes: 115, matchedBy: 'name', to: 'present', from: null });
    expect(out.ignored).toEqual([{ line: 2, name: 'Marine Rouchouse', email: 'europe.devrural@caprural.org', reason: 'host' }]);
  });

  it('--format forces a tool and says so', async () => {
    const deps = await scenarioStore();
    const r = await run(deps.path, ['--import', report('bigbluebutton-dashboard-fr.csv'), '--format', 'bbb', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('read as BigBlueButton learning dashboard (--format).');
    expect(r.stdout).toContain('anonymous connection');
  });

  it('--min-percent of the scheduled 2 hours: 60 % is 72 minutes', async () => {
    const deps = await scenarioStore();
    const r = await run(deps.path, ['--import', report('zoom-participants.csv'), '--min-percent', '60', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.thresholdMinutes).toBe(72);
    expect(out.registrants.filter((x: { to: string }) => x.to === 'present').map((x: { memberId: string }) => x.memberId)).toEqual(['veronique-bernard', 'helene-dupre-saint-cyr', 'francois-oeuvray']);
  });

  it('rows nobody matches are listed with what to do; hostile values are escaped', async () => {
    const deps = await scenarioStore();
    const file = join(tempDir(), 'report.csv');
    writeFileSync(file, 'Name,Email,Duration\nVéronique Bernard,veronique.bernard@gal-drome.fr,60\n"Evil\u001b[2J Name",evil@example.fr,50\nBernard,,50\n');
    const r = await run(deps.path, ['--import', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('Not matched (2): these rows changed nothing:');
    expect(r.stdout).toContain('line 3: Evil\\e[2J Name <evil@example.fr>: nobody registered has this e-mail or name');
    expect(r.stdout).toContain('line 4: Bernard: nobody registered has this e-mail or name'); // a last name alone names nobody
    expect(r.stdout).toContain('--add-walk-in');
  });
});

describe('caprural attendance --import: a second report of the same session', () => {
  it('the same report again: nothing written; another report with other minutes only: says the minutes were updated', async () => {
    const deps = await scenarioStore();
    expect((await run(deps.path, ['--import', report('zoom-participants.csv'), '--min-minutes', '45'])).code).toBe(0);
    const before = bytesOf(deps.path);
    const same = await run(deps.path, ['--import', report('zoom-participants.csv'), '--min-minutes', '45']);
    expect(same.stdout).toContain('Nothing changed; nothing was written.');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const teams = await run(deps.path, ['--import', report('teams-attendance-report.csv'), '--min-minutes', '45']);
    expect(teams.code).toBe(0);
    expect(teams.stdout).toContain('No attendance changed; the connection minutes of 2 registrants were updated.');
  });
});

describe('caprural attendance --import: a report of another day', () => {
  it('is said on stderr (the table is still shown)', async () => {
    const deps = await scenarioStore();
    const file = join(tempDir(), 'other-day.csv');
    writeFileSync(file, 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\nVéronique Bernard,veronique.bernard@gal-drome.fr,03/22/2018 10:00:00 AM,03/22/2018 11:00:00 AM,60\n');
    const r = await run(deps.path, ['--import', file, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Warning: the report's connections are dated 22/03/2018, not the session's day (15/02/2018).");
    const same = await run(deps.path, ['--import', report('zoom-participants.csv'), '--dry-run']);
    expect(same.stderr).not.toContain('Warning');
  });
});

describe('caprural attendance --import: refusals (exit 2, nothing written)', () => {
  it('a report whose table lists nobody (it would make every registrant absent)', async () => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const file = join(tempDir(), 'empty.csv');
    writeFileSync(file, 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n');
    const r = await run(deps.path, ['--import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names no participant');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it.each([
    ['a missing file', () => join(tempDir(), 'missing.csv'), 'Cannot read'],
    [
      'a layout that cannot be recognised',
      () => {
        const f = join(tempDir(), 'x.csv');
        writeFileSync(f, 'Colour,Size\nred,2\n');
        return f;
      },
      'columns found: Colour, Size',
    ],
    [
      'a binary file',
      () => {
        const f = join(tempDir(), 'x.bin');
        writeFileSync(f, Buffer.from([0x41, 0, 0, 0, 0x42, 0x43, 0, 0x44, 0x45]));
        return f;
      },
      'is not a text file',
    ],
  ])('%s', async (_label, make, message) => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const r = await run(deps.path, ['--import', make()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it.each([
    [['--format', 'skype'], 'Unknown --format "skype"'],
    [['--min-minutes', 'ten'], 'Invalid --min-minutes "ten"'],
    [['--min-percent', '120'], 'Invalid --min-percent "120"'],
    [['--min-minutes', '30', '--min-percent', '50'], 'not both'],
  ])('%j', async (flags, message) => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const r = await run(deps.path, ['--import', report('zoom-participants.csv'), ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('--min-percent for a session without scheduled times (the 2017 edition)', async () => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const r = await runCli(['attendance', 'cooperer-leader-n1-2017', '--import', report('zoom-participants.csv'), '--min-percent', '50'], { store: deps.path, now: AFTER_SESSION });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-percent needs the scheduled start and end of cooperer-leader-n1-2017');
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('before the session has started: exit 1, nothing written', async () => {
    const deps = await scenarioStore();
    const before = bytesOf(deps.path);
    const r = await runCli(['attendance', N1_2018, '--import', report('zoom-participants.csv')], { store: deps.path, now: '2018-02-15T08:00:00.000Z' });
    expect(r.code).toBe(1);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});

describe('the built binary', () => {
  it('imports the Teams report (UTF-16 LE) as a user runs it', async () => {
    const { spawnCli } = await import('../helpers/spawnCli');
    const deps = await scenarioStore();
    const r = await spawnCli(['--store', deps.path, '--lang', 'en', 'attendance', N1_2018, '--import', report('teams-attendance-report.csv'), '--min-minutes', '45', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ format: 'teams', encoding: 'utf-16le', totals: { present: 4, absent: 2, notRecorded: 0 } });
  });
});
