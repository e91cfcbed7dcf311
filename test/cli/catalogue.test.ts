import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

async function freshStore() {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store })).code).toBe(0);
  return store;
}

describe('sessions', () => {
  it('filters by year and by open-now, with the injected clock', async () => {
    const store = await freshStore();
    const y2017 = JSON.parse((await runCli(['sessions', '--year', '2017', '--json'], { store })).stdout);
    expect(y2017.map((s: { id: string }) => s.id)).toEqual(['cooperer-leader-n1-2017', 'cooperer-leader-n2-2017', 'cooperer-leader-n3-2017']);
    const openBefore = JSON.parse((await runCli(['sessions', '--open', '--json'], { store, now: '2018-02-07T22:59:00.000Z' })).stdout);
    expect(openBefore.map((s: { id: string }) => s.id)).toEqual(['cooperer-leader-n1-2018']);
    const openAfter = JSON.parse((await runCli(['sessions', '--open', '--json'], { store, now: '2018-02-07T23:00:00.000Z' })).stdout);
    expect(openAfter).toEqual([]);
  });

  it('refuses an invalid year with exit 2', async () => {
    const store = await freshStore();
    const r = await runCli(['sessions', '--year', 'twenty'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid year for --year');
  });

  it('shows one session with its speakers and contact', async () => {
    const store = await freshStore();
    const r = await runCli(['session', 'show', 'cooperer-leader-n1-2018', '--lang', 'fr'], { store, lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('15/02/2018 10:00-12:00 (Europe/Paris)');
    expect(r.stdout).toContain('0/12 confirmées, 0 en attente');
    expect(r.stdout).toContain('Véronique Bernard (à confirmer)');
    expect(r.stdout).toContain('europe.devrural@caprural.org');
  });
});

describe('session add / edit / cancel', () => {
  it('adds a session read in its own time zone, with the deadline exclusive at midnight', async () => {
    const store = await freshStore();
    const r = await runCli(['session', 'add', '--course', 'cooperer-leader-n1', '--starts', '14/02/2019 10:00', '--ends', '14/02/2019 12:00', '--closes', '07/02/2019', '--json'], { store });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'cooperer-leader-n1-2019',
      year: 2019,
      membershipYear: 2019,
      startsAt: '2019-02-14T09:00:00.000Z',
      registrationClosesAt: '2019-02-06T23:00:00.000Z',
      status: 'scheduled',
      capacity: 12,
    });
  });

  it.each([
    [['--course', 'nope', '--year', '2019'], /No course "nope"/],
    [['--course', 'cooperer-leader-n1', '--starts', '31/02/2019 10:00'], /"31\/02\/2019 10:00" for --starts: 31 February 2019 does not exist \(February 2019 has 28 days\)\./],
    [['--course', 'cooperer-leader-n1', '--year', '2019', '--capacity', '-3'], /Invalid capacity/],
    [['--course', 'cooperer-leader-n1', '--year', '2019', '--time-zone', 'Mars/Olympus'], /Unknown time zone/],
    [['--course', 'cooperer-leader-n1', '--starts', '14/02/2019 12:00', '--ends', '14/02/2019 10:00'], /end after it starts/],
    [['--course', 'cooperer-leader-n1'], /Missing --year/],
  ])('refuses %j with exit 2 and an unchanged store', async (args, message) => {
    const store = await freshStore();
    const before = bytesOf(store);
    const r = await runCli(['session', 'add', ...args], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('edits fields and logs which ones changed', async () => {
    const store = await freshStore();
    const r = await runCli(['session', 'edit', 'cooperer-leader-n2-2018', '--starts', '2018-05-17T14:00', '--status', 'scheduled', '--json'], { store });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ startsAt: '2018-05-17T12:00:00.000Z', status: 'scheduled' });
    const edited = await runCli(['session', 'edit', 'cooperer-leader-n2-2018', '--capacity', '8'], { store });
    expect(edited.stdout).toContain('Updated cooperer-leader-n2-2018: capacity');
  });

  it('cancels a session once, and never a held one', async () => {
    const store = await freshStore();
    expect((await runCli(['session', 'cancel', 'cooperer-leader-n3-2018', '--yes'], { store })).code).toBe(0);
    const before = bytesOf(store);
    const again = await runCli(['session', 'cancel', 'cooperer-leader-n3-2018', '--yes'], { store });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already cancelled');
    const held = await runCli(['session', 'cancel', 'cooperer-leader-n1-2017', '--yes'], { store });
    expect(held.code).toBe(1);
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('organisations and cotisations', () => {
  it('adds an organisation with an id made from its name, refuses its twin', async () => {
    const store = await freshStore();
    const r = await runCli(['org', 'add', '--name', ' GAL  Haut-Allier ', '--kind', 'gal', '--territory', 'Haute-Loire', '--json'], { store });
    expect(JSON.parse(r.stdout)).toEqual({ id: 'gal-haut-allier', name: 'GAL Haut-Allier', kind: 'GAL', territory: 'Haute-Loire' });
    const before = bytesOf(store);
    const twin = await runCli(['org', 'add', '--name', 'gal haut allier'], { store });
    expect(twin.code).toBe(2);
    expect(bytesOf(store).equals(before)).toBe(true);
    const badKind = await runCli(['org', 'add', '--name', 'X', '--kind', 'club'], { store });
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('Unknown kind of organisation "club"');
  });

  it('records a cotisation for an organisation or a person, once per year, dated in Paris time by default', async () => {
    const store = await freshStore();
    await runCli(['org', 'add', '--name', 'GAL Haut-Allier', '--kind', 'GAL'], { store });
    await runCli(['member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', 'ana@x.fr'], { store });
    const paid = await runCli(['membership', 'pay', 'GAL Haut-Allier', '--year', '2018', '--amount', '120,50', '--json'], { store, now: '2018-01-14T23:30:00.000Z' });
    expect(paid.code).toBe(0);
    expect(JSON.parse(paid.stdout)).toMatchObject({ organisationId: 'gal-haut-allier', memberId: null, year: 2018, paidOn: '2018-01-15', amountCents: 12050 });
    const own = await runCli(['membership', 'pay', 'ana@x.fr', '--year', '2018', '--on', '03/01/2018', '--json'], { store });
    expect(JSON.parse(own.stdout)).toMatchObject({ memberId: 'ana-lopez', paidOn: '2018-01-03' });
    const before = bytesOf(store);
    const twice = await runCli(['membership', 'pay', 'gal-haut-allier', '--year', '2018'], { store });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already paid the 2018 cotisation');
    for (const args of [
      ['nobody', '--year', '2018'],
      ['gal-haut-allier', '--year', '18'],
      ['gal-haut-allier', '--year', '2019', '--on', '30/02/2019'],
      ['gal-haut-allier', '--year', '2019', '--amount', 'lots'],
    ]) {
      const r = await runCli(['membership', 'pay', ...args], { store });
      expect(r.code).toBe(2);
    }
    expect(bytesOf(store).equals(before)).toBe(true);
    const list = JSON.parse((await runCli(['membership', 'list', '--year', '2018', '--json'], { store })).stdout);
    expect(list.map((m: { payerName: string }) => m.payerName)).toEqual(['Ana Lopez', 'GAL Haut-Allier']);
  });

  it('shows a person with the cotisation years their organisation paid', async () => {
    const store = await freshStore();
    await runCli(['org', 'add', '--name', 'PNR Livradois-Forez', '--kind', 'PNR'], { store });
    await runCli(['member', 'add', '--first', 'Jean-Édouard', '--last', "d'Artois", '--email', 'jea@x.fr', '--org', 'pnr-livradois-forez'], { store });
    await runCli(['membership', 'pay', 'pnr-livradois-forez', '--year', '2018'], { store });
    const show = JSON.parse((await runCli(['member', 'show', 'JEAN EDOUARD D’ARTOIS', '--json'], { store })).stdout);
    expect(show.member.id).toBe('jean-edouard-d-artois');
    expect(show.cotisationYears).toEqual([2018]);
    const edit = await runCli(['member', 'edit', 'jea@x.fr', '--phone', '06 77 83 12 76', '--org', '', '--json'], { store });
    expect(JSON.parse(edit.stdout)).toMatchObject({ phone: '06 77 83 12 76', organisationId: null });
    const list = JSON.parse((await runCli(['member', 'list', '--json'], { store })).stdout);
    expect(list[0]).toMatchObject({ id: 'jean-edouard-d-artois', firstName: 'Jean-Édouard', lastName: "d'Artois", email: 'jea@x.fr' });
  });
});

describe('session edits and the waiting list', () => {
  it('promotes the waiting list, in order, when the capacity is raised; a no-op edit writes nothing', async () => {
    const store = await freshStore();
    await runCli(['org', 'add', '--name', 'GAL Drôme', '--kind', 'GAL'], { store });
    await runCli(['membership', 'pay', 'GAL Drôme', '--year', '2018'], { store });
    for (const [first, email] of [
      ['Anne', 'a@x.fr'],
      ['Bruno', 'b@x.fr'],
      ['Chloé', 'c@x.fr'],
    ]) {
      await runCli(['member', 'add', '--first', first!, '--last', 'Test', '--email', email!, '--org', 'GAL Drôme', '--role', 'agent'], { store });
    }
    await runCli(['session', 'edit', 'cooperer-leader-n1-2018', '--capacity', '1'], { store });
    await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'a@x.fr', '--received-at', '01/02/2018 10:00'], { store });
    await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'b@x.fr', '--received-at', '01/02/2018 11:00'], { store });
    const raised = await runCli(['session', 'edit', 'cooperer-leader-n1-2018', '--capacity', '2'], { store });
    expect(raised.stdout).toContain('Bruno Test is promoted from the waiting list');
    const late = await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'c@x.fr', '--received-at', '03/02/2018 11:00', '--json'], { store, now: '2018-02-05T10:00:00.000Z' });
    expect(JSON.parse(late.stdout).status).toBe('waitlisted');
    const before = bytesOf(store);
    const same = await runCli(['session', 'edit', 'cooperer-leader-n1-2018', '--capacity', '2'], { store });
    expect(same.stdout).toContain('nothing changed');
    const sameMember = await runCli(['member', 'edit', 'a@x.fr', '--first', 'Anne'], { store });
    expect(sameMember.stdout).toContain('nothing changed');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('refuses a deadline after the start and a year that is not the start year', async () => {
    const store = await freshStore();
    const before = bytesOf(store);
    const late = await runCli(['session', 'add', '--course', 'cooperer-leader-n2', '--starts', '14/02/2019 10:00', '--closes', '20/02/2019'], { store });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('Registration must close before the session starts');
    const year = await runCli(['session', 'add', '--course', 'cooperer-leader-n3', '--year', '2019', '--starts', '14/02/2020 10:00'], { store });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('The session starts in 2020, not 2019');
    expect(bytesOf(store).equals(before)).toBe(true);
    // 01/01/2020 00:30 in Paris is still 2019 in UTC: the year is the one of the session's clock.
    const nye = await runCli(['session', 'add', '--course', 'cooperer-leader-n2', '--starts', '01/01/2020 00:30', '--json'], { store });
    expect(JSON.parse(nye.stdout)).toMatchObject({ year: 2020, startsAt: '2019-12-31T23:30:00.000Z' });
  });
});
