// An erased person (member forget, retention) leaves an anonymous record (anonyme-N) so that seat
// counts and statistics hold. That record is no one's: nothing may put data back into it or act in
// its name. Every path that resolves a person refuses it with the same sentence (memberErased, exit
// 2), names never find it, pickers never offer it, imports never update it, and a connection report
// never matches it. Reading it, erasing it again and freeing a seat it still holds stay possible.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { AFTER_SESSION, N1_2018, scenarioStore } from '../helpers/reportScenario';
import { runCli } from '../helpers/runCli';
import { person, registration, seedWith } from '../helpers/people';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const ERASED_FR = "anonyme-1 est la trace d'une personne effacée (caprural membre oublier)";
const RESERVED_FR = 'est réservée aux traces des personnes effacées (@anonyme.invalid).';

/** A store where Camille Durand (her own cotisation 2017, registered to N1 2018) was erased: anonyme-1. Ana Lopez is kept. */
async function erasedStore() {
  const deps = await tempDeps({ seed: seedTwoPeople });
  const forget = await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path });
  expect(forget.code).toBe(0);
  return deps;
}

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** The store and its history, byte for byte. */
const snapshot = (store: string) => Buffer.concat([bytesOf(store), bytesOf(`${store}.log`)]);

describe('an erased person is refused wherever a person is resolved', () => {
  it.each([
    ['member edit --email', ['member', 'edit', 'anonyme-1', '--email', 'nouveau@example.fr']],
    ['member edit by its e-mail', ['member', 'edit', 'anonyme-1@anonyme.invalid', '--phone', '06 11 22 33 44']],
    ['membership pay', ['membership', 'pay', 'anonyme-1', '--year', '2018']],
    ['membership edit', ['membership', 'edit', 'anonyme-1', '--year', '2017', '--amount', '10']],
    ['register', ['register', '--session', N1_2018, '--member', 'anonyme-1']],
    ['promote', ['promote', '--session', N1_2018, '--member', 'anonyme-1']],
    ['eligibility', ['eligibility', 'anonyme-1']],
    ['attendance --present', ['attendance', 'cooperer-leader-n1-2017', '--present', 'anonyme-1']],
  ])('%s: exit 2, the same sentence in French and English, nothing written', async (_, args) => {
    const { path: store } = await erasedStore();
    const before = snapshot(store);
    const fr = await runCli(args, { store, lang: 'fr' });
    expect(fr.stderr).toContain(ERASED_FR);
    expect(fr.stderr).toContain("ajoutez-la comme une nouvelle personne avec 'caprural membre ajouter'");
    expect(fr.code).toBe(2);
    const en = await runCli(args, { store });
    expect(en.stderr).toContain('anonyme-1 is what is left of an erased person (member forget)');
    expect(en.code).toBe(2);
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it.each([
    ['member import by member_id', ['member', 'import'], 'membres.csv', 'member_id;Prénom;Nom;E-mail\nanonyme-1;Camille;Durand;c.durand@nouveau.fr\n', ERASED_FR],
    ['member import by e-mail', ['member', 'import'], 'membres.csv', 'Prénom;Nom;E-mail\nCamille;Durand;anonyme-1@anonyme.invalid\n', RESERVED_FR],
    ['register --import by e-mail', ['register', '--import'], 'inscriptions.csv', `Session;Adresse e-mail;Reçue le\n${N1_2018};anonyme-1@anonyme.invalid;01/02/2018\n`, ERASED_FR],
    [
      'register --import of a new person with a reserved address',
      ['register', '--import'],
      'inscriptions.csv',
      `Session;Adresse e-mail;Reçue le;Prénom;Nom\n${N1_2018};anonyme-9@anonyme.invalid;01/02/2018;Paul;Petit\n`,
      RESERVED_FR,
    ],
  ])('%s: the row is refused, nothing written', async (_, command, name, text, said) => {
    const { path: store } = await erasedStore();
    const before = snapshot(store);
    const r = await runCli([...command, file(name, text)], { store, lang: 'fr' });
    expect(r.stderr).toContain('ligne 2');
    expect(r.stderr).toContain(said);
    expect(r.code).toBe(2);
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it.each([
    ['member edit', ['member', 'edit', 'ana-lopez', '--email', 'anonyme-5@anonyme.invalid']],
    ['member add', ['member', 'add', '--first', 'Paul', '--last', 'Petit', '--email', 'paul@ANONYME.invalid']],
  ])('%s: an address of the erasures’ domain is refused for a real person (QA6 AC)', async (_, args) => {
    const { path: store } = await erasedStore();
    const before = snapshot(store);
    const r = await runCli(args, { store, lang: 'fr' });
    expect(r.stderr).toContain(RESERVED_FR);
    expect(r.code).toBe(2);
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('a cotisation left on an erased person can be cancelled: a removal (QA6 B)', async () => {
    const { path: store } = await erasedStore();
    const r = await runCli(['membership', 'cancel', 'anonyme-1', '--year', '2017', '--reason', 'erreur de saisie'], { store, lang: 'fr' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const data = JSON.parse(readFileSync(store, 'utf8')) as { memberships: Array<{ memberId: string | null }> };
    expect(data.memberships.map((m) => m.memberId)).not.toContain('anonyme-1');
  });

  it('is never found by a name: « Anonyme Anonyme » names nobody', async () => {
    const { path: store } = await erasedStore();
    const before = snapshot(store);
    const r = await runCli(['member', 'edit', 'Anonyme Anonyme', '--phone', '06 11 22 33 44'], { store, lang: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Personne ne correspond à « Anonyme Anonyme »');
    expect(r.stderr).not.toContain('anonyme-1');
    expect(snapshot(store).equals(before)).toBe(true);
  });

  it('can still be read, erased again, and have the seat it holds freed', async () => {
    const { path: store } = await erasedStore();
    const show = await runCli(['member', 'show', 'anonyme-1'], { store, lang: 'fr' });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('anonyme-1');
    expect((await runCli(['member', 'export', 'anonyme-1'], { store })).code).toBe(0);
    expect((await runCli(['member', 'forget', 'anonyme-1', '--yes'], { store })).code).toBe(0);
    const cancel = await runCli(['cancel', '--session', N1_2018, '--member', 'anonyme-1', '--yes'], { store, lang: 'fr' });
    expect(cancel.stderr).toBe('');
    expect(cancel.code).toBe(0);
    const data = JSON.parse(readFileSync(store, 'utf8')) as { registrations: Array<{ memberId: string; sessionId: string; status: string }> };
    expect(data.registrations.find((r) => r.memberId === 'anonyme-1' && r.sessionId === N1_2018)?.status).toBe('cancelled');
  });

  it('member list and export members leave it out; the list says how many are left out', async () => {
    const { path: store } = await erasedStore();
    const list = await runCli(['member', 'list'], { store, lang: 'fr' });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('ana-lopez');
    expect(list.stdout).not.toMatch(/anonyme/i);
    expect(list.stderr).toContain("1 personne effacée n'est pas listée ('caprural membre afficher anonyme-N' montre ce qu'il en reste).");
    const json = JSON.parse((await runCli(['member', 'list', '--json'], { store })).stdout) as Array<{ id: string }>;
    expect(json.map((m) => m.id)).toEqual(['ana-lopez']);
    const csv = await runCli(['export', 'members'], { store });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('ana-lopez');
    expect(csv.stdout).not.toMatch(/anonyme/i);
    // Nor are they among the people who may ask for support (QA6 N): Camille had attended N1 2017.
    const eligible = await runCli(['export', 'eligible'], { store });
    expect(eligible.code).toBe(0);
    expect(eligible.stdout).not.toMatch(/anonyme/i);
    // Registrations keep their anonymous rows: the counts do not change.
    expect((await runCli(['export', 'registrations', '--session', N1_2018], { store })).stdout).toContain('anonyme-1');
  });
});

describe('a connection report never matches an erased registrant', () => {
  it('by its e-mail or its name: its attendance stays as it was, and it gets no line', async () => {
    const deps = await scenarioStore();
    expect((await runCli(['member', 'forget', 'bruno-blanc', '--yes'], { store: deps.path, now: AFTER_SESSION })).code).toBe(0);
    const report = file(
      'zoom.csv',
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n' +
        'Anonyme Anonyme,anonyme-1@anonyme.invalid,02/15/2018 10:00:00 AM,02/15/2018 11:00:00 AM,60\n' +
        'Véronique Bernard,veronique.bernard@gal-drome.fr,02/15/2018 10:00:00 AM,02/15/2018 11:00:00 AM,60\n',
    );
    const r = await runCli(['attendance', N1_2018, '--import', report, '--min-minutes', '45'], { store: deps.path, now: AFTER_SESSION, lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Anonyme Anonyme +\d/);
    const data = await deps.store.read();
    const attendance = Object.fromEntries(data.registrations.map((x) => [x.memberId, x.attendance]));
    expect(attendance['veronique-bernard']).toBe('present');
    expect(attendance['anonyme-1']).toBeNull();
  });

  it('the attendance checklist does not offer it', async () => {
    const deps = await scenarioStore();
    expect((await runCli(['member', 'forget', 'bruno-blanc', '--yes'], { store: deps.path, now: AFTER_SESSION })).code).toBe(0);
    const { attendanceChecklist } = await import('../../src/app/attendance');
    const { registrants } = await attendanceChecklist(deps, N1_2018);
    expect(registrants.map((r) => r.member.id)).not.toContain('anonyme-1');
    expect(registrants).toHaveLength(5);
  });
});

describe('a seat is never given to an erased person', () => {
  /** N1 2018 with one seat: Ana holds it; Camille (erased: anonyme-1), then Bruno, wait for it. */
  async function oneSeat(now: string) {
    const seed = seedWith(
      [person('ana-lopez', 'Ana', 'Lopez'), person('camille-durand', 'Camille', 'Durand'), person('bruno-roux', 'Bruno', 'Roux')],
      [
        registration(N1_2018, 'ana-lopez', { receivedAt: '2018-01-05T09:00:00.000Z' }),
        registration(N1_2018, 'camille-durand', { status: 'waitlisted', receivedAt: '2018-01-06T09:00:00.000Z' }),
        registration(N1_2018, 'bruno-roux', { status: 'waitlisted', receivedAt: '2018-01-07T09:00:00.000Z' }),
      ],
    );
    const deps = await tempDeps({
      now,
      seed: (data) => {
        seed(data);
        data.sessions.find((x) => x.id === N1_2018)!.capacity = 1;
      },
    });
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path, now })).code).toBe(0);
    const statuses = async () => Object.fromEntries((await deps.store.read()).registrations.map((r) => [r.memberId, r.status]));
    return { deps, statuses };
  }

  it('a cancellation before the start promotes the first who can come, not the erased one', async () => {
    const now = '2018-02-01T10:00:00.000Z';
    const { deps, statuses } = await oneSeat(now);
    expect((await runCli(['cancel', '--session', N1_2018, '--member', 'ana-lopez', '--yes'], { store: deps.path, now })).code).toBe(0);
    expect(await statuses()).toEqual({ 'ana-lopez': 'cancelled', 'anonyme-1': 'waitlisted', 'bruno-roux': 'confirmed' });
  });

  it('promote without --member, after the start, takes the first who can come', async () => {
    const now = '2018-02-15T10:30:00.000Z';
    const { deps, statuses } = await oneSeat(now);
    expect((await runCli(['cancel', '--session', N1_2018, '--member', 'ana-lopez', '--yes'], { store: deps.path, now })).code).toBe(0);
    expect((await runCli(['promote', '--session', N1_2018], { store: deps.path, now })).code).toBe(0);
    expect(await statuses()).toEqual({ 'ana-lopez': 'cancelled', 'anonyme-1': 'waitlisted', 'bruno-roux': 'confirmed' });
  });

  it('a seat added (session edit --capacity) goes to the first who can come (QA6 U)', async () => {
    const now = '2018-02-01T10:00:00.000Z';
    const { deps, statuses } = await oneSeat(now);
    const r = await runCli(['session', 'edit', N1_2018, '--capacity', '2'], { store: deps.path, now, lang: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('Anonyme Anonyme passe');
    expect(await statuses()).toEqual({ 'ana-lopez': 'confirmed', 'anonyme-1': 'waitlisted', 'bruno-roux': 'confirmed' });
  });
});
