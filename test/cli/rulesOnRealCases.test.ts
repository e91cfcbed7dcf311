// Issue 13: the cases reported by users, each a test: after the session, R2 without a deadline,
// dates as people write them, the cotisation year, multi-day sessions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreData } from '../../src/store/index';
import { person, registration, seedWith } from '../helpers/people';
import { parseStore } from '../helpers/storeInternals';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const N1 = 'cooperer-leader-n1-2018';
const N2 = 'cooperer-leader-n2-2018';
const BEFORE_START = '2018-02-10T10:00:00.000Z';
const AFTER_START = '2018-02-16T10:00:00.000Z'; // the session was 15/02/2018 10:00-12:00 Paris

/** N1-2018 with 2 seats: Anne and Bruno confirmed (Anne recorded present), Chloé then David waiting; the GAL paid 2018. */
async function heldSession(now: string) {
  const deps = await tempDeps({
    now,
    seed: (data: StoreData) => {
      seedWith(
        [
          person('anne-arnaud', 'Anne', 'Arnaud', { organisationId: 'gal-gex' }),
          person('bruno-blanc', 'Bruno', 'Blanc', { organisationId: 'gal-gex' }),
          person('chloe-chabert', 'Chloé', 'Chabert', { organisationId: 'gal-gex' }),
          person('david-durand', 'David', 'Durand', { organisationId: 'gal-gex' }),
        ],
        [
          registration(N1, 'anne-arnaud', { id: 'reg-1', attendance: 'present' }),
          registration(N1, 'bruno-blanc', { id: 'reg-2' }),
          registration(N1, 'chloe-chabert', { id: 'reg-3', status: 'waitlisted', receivedAt: '2018-02-02T09:00:00.000Z' }),
          registration(N1, 'david-durand', { id: 'reg-4', status: 'waitlisted', receivedAt: '2018-02-03T09:00:00.000Z' }),
        ],
      )(data);
      data.sessions.find((s) => s.id === N1)!.capacity = 2;
      data.memberships.push({ id: 'cot-1', organisationId: 'gal-gex', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null });
    },
  });
  const cli = (args: string[], lang: 'fr' | 'en' = 'en') => runCli(args, { store: deps.path, now, lang });
  return { path: deps.path, cli };
}

describe('after the start (R6)', () => {
  it('a seat freed after the start is reported, nobody is promoted; promote gives it explicitly', async () => {
    const { path, cli } = await heldSession(AFTER_START);
    const c = await cli(['cancel', '--session', N1, '--member', 'Bruno Blanc', '--yes']);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('Cancelled the registration of Bruno Blanc for cooperer-leader-n1-2018 (was confirmed).');
    expect(c.stdout).toContain('A seat is free, but cooperer-leader-n1-2018 has started: nobody is promoted automatically (2 on the waiting list).');
    expect(c.stdout).toContain('caprural promote --session cooperer-leader-n1-2018 [--member REF]');
    const waiting = JSON.parse((await cli(['export', 'waitlist', '--session', N1, '--format', 'json'])).stdout);
    expect(waiting.map((w: { member_id: string }) => w.member_id)).toEqual(['chloe-chabert', 'david-durand']);

    const p = await cli(['promote', '--session', N1, '--member', 'David Durand']);
    expect(p.code).toBe(0);
    expect(p.stdout).toBe('David Durand (position 2 on the waiting list) is promoted: confirmed for cooperer-leader-n1-2018 (reg-4).\n');
    const log = JSON.parse((await cli(['log', '--json'])).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'registration.promote', target: 'reg-4', details: { explicit: true, position: 2 } });

    // Full again: promoting is refused (R1, exit 1, nothing written) unless forced with a reason.
    const before = bytesOf(path);
    const full = await cli(['promote', '--session', N1]);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain('Capacity (R1): cooperer-leader-n1-2018 has no free seat (2/2 confirmed)');
    expect(bytesOf(path).equals(before)).toBe(true);
    const forced = await cli(['promote', '--session', N1, '--force', '--reason', 'Extra chair in the room', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ id: 'reg-3', status: 'confirmed', override: 'Extra chair in the room', overCapacity: true, position: 1 });
  });

  it('a held session without a date is "started" too; before the start the first waiting is still promoted in the same write', async () => {
    const before = await heldSession(BEFORE_START);
    const c = await before.cli(['cancel', '--session', N1, '--member', 'bruno-blanc', '--yes']);
    expect(c.stdout).toContain('Chloé Chabert is promoted from the waiting list: confirmed (reg-3).');
    const held = await heldSession(BEFORE_START);
    expect((await held.cli(['session', 'edit', N1, '--status', 'held'])).code).toBe(0);
    const h = await held.cli(['cancel', '--session', N1, '--member', 'bruno-blanc', '--json', '--yes']);
    expect(JSON.parse(h.stdout)).toMatchObject({ status: 'cancelled', promoted: null, seatFreedAfterStart: true });
  });

  it('raising the capacity after the start confirms nobody automatically', async () => {
    const { cli } = await heldSession(AFTER_START);
    const e = await cli(['session', 'edit', N1, '--capacity', '5']);
    expect(e.code).toBe(0);
    const sessions = JSON.parse((await cli(['sessions', '--json'])).stdout);
    expect(sessions.find((s: { id: string }) => s.id === N1)).toMatchObject({ confirmed: 2, waitlisted: 2, capacity: 5 });
  });
});

describe('cancelling a registration with attendance recorded (R13)', () => {
  it('is refused (exit 1, store unchanged) without --force --reason', async () => {
    const { path, cli } = await heldSession(AFTER_START);
    const before = bytesOf(path);
    const r = await cli(['cancel', '--session', N1, '--member', 'Anne Arnaud', '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Anne Arnaud is recorded present at cooperer-leader-n1-2018: a registration with attendance recorded is not cancelled; nothing was written.');
    expect(r.stderr).toContain('--force --reason');
    expect(bytesOf(path).equals(before)).toBe(true);
    const noReason = await cli(['cancel', '--session', N1, '--member', 'Anne Arnaud', '--force', '--yes']);
    expect(noReason.code).toBe(2);
    expect(bytesOf(path).equals(before)).toBe(true);
  });

  it('forced: every output reads the record the same way (not an attendance any more)', async () => {
    const { cli } = await heldSession(AFTER_START);
    expect((await cli(['eligibility', 'Anne Arnaud'])).code).toBe(0);
    const r = await cli(['cancel', '--session', N1, '--member', 'Anne Arnaud', '--force', '--reason', 'Registered by mistake: it was her colleague', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Cancellation forced (attendance was recorded): "Registered by mistake: it was her colleague".');
    const log = JSON.parse((await cli(['log', '--json'])).stdout);
    expect(log.at(-1)).toMatchObject({ action: 'registration.cancel', target: 'reg-1', details: { attendance: 'present', reason: 'Registered by mistake: it was her colleague' } });

    const attendees = JSON.parse((await cli(['export', 'attendees', '--session', N1, '--format', 'json'])).stdout);
    expect(attendees).toEqual([]);
    const eligible = JSON.parse((await cli(['export', 'eligible', '--format', 'json'])).stdout);
    expect(eligible).toEqual([]);
    const answer = await cli(['eligibility', 'Anne Arnaud']);
    expect(answer.code).toBe(1);
    expect(answer.stdout).toContain('Registered to cooperer-leader-n1-2018 (2018-02-15 10:00-12:00), but the registration was cancelled');
    expect(answer.stdout).toContain('cooperer-leader-n1-2018 (2018-02-15 10:00-12:00): cancelled, present (not counted: cancelled)');
    expect(answer.stdout).not.toContain('Never registered');
    const json = JSON.parse((await cli(['eligibility', 'Anne Arnaud', '--json'])).stdout);
    expect(json).toMatchObject({ eligible: false, reason: 'cancelled', evidence: [{ sessionId: N1, status: 'cancelled', attendance: 'present' }] });
  });
});

describe('R2 without a deadline: the session closes at its start', () => {
  it('refuses a request received at or after the start; overridable like R2', async () => {
    const { path, cli } = await heldSession(AFTER_START);
    expect((await cli(['session', 'edit', N2, '--starts', '17/05/2018 14:00', '--ends', '17/05/2018 16:00', '--status', 'scheduled'])).code).toBe(0);
    expect((await cli(['sessions', '--year', '2018'])).stdout).toMatch(/cooperer-leader-n2-2018 .* 2018-05-17 14:00 \(start\) +scheduled/);
    const late = ['register', '--session', N2, '--member', 'anne-arnaud', '--received-at', '20/05/2018 10:00'];
    const now = '2018-05-21T10:00:00.000Z';
    const before = bytesOf(path);
    const r = await runCli(late, { store: path, now });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Deadline (R2): the session has no deadline, so registration closed at its start, 2018-05-17 14:00 (Europe/Paris); this one was received 2018-05-20 10:00.');
    expect(bytesOf(path).equals(before)).toBe(true);
    const atStart = await runCli(['register', '--session', N2, '--member', 'anne-arnaud', '--received-at', '17/05/2018 14:00'], { store: path, now });
    expect(atStart.code).toBe(1);
    const onTime = await runCli(['register', '--session', N2, '--member', 'anne-arnaud', '--received-at', '17/05/2018 13:59'], { store: path, now });
    expect(onTime.code).toBe(0);
    const forced = await runCli([...late.slice(0, 4), 'bruno-blanc', '--received-at', '20/05/2018 10:00', '--force', '--reason', 'Came anyway'], { store: path, now });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Override of deadline (R2) recorded');
  });
});

describe('dates as people write them, in an import', () => {
  it('reads 07/02/2018 23:59:30, 2018-02-05 10:00:00, 07/02/18 and 7 février 2018 in one file', async () => {
    const { cli } = await heldSession(BEFORE_START);
    expect((await cli(['session', 'edit', N1, '--capacity', '10'])).code).toBe(0);
    const file = join(tempDir(), 'inscriptions.csv');
    writeFileSync(
      file,
      [
        'session;email;received_at;first_name;last_name;organisation',
        `${N1};eve@gex.fr;07/02/2018 23:59:30;Ève;Estève;gal-gex`,
        `${N1};fred@gex.fr;2018-02-05 10:00:00;Fred;Faure;gal-gex`,
        `${N1};gael@gex.fr;07/02/18;Gaël;Garnier;gal-gex`,
        `${N1};hugo@gex.fr;7 février 2018;Hugo;Henry;gal-gex`,
        `${N1};ines@gex.fr;6 February 2018 14h30;Inès;Imbert;gal-gex`,
      ].join('\n'),
    );
    const r = await cli(['register', '--import', file, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).registrations;
    expect(rows.map((x: { line: number; receivedAt: string }) => [x.line, x.receivedAt])).toEqual(
      expect.arrayContaining([
        [2, '2018-02-07T22:59:30.000Z'],
        [3, '2018-02-05T09:00:00.000Z'],
        [4, '2018-02-06T23:00:00.000Z'],
        [5, '2018-02-06T23:00:00.000Z'],
        [6, '2018-02-06T13:30:00.000Z'],
      ]),
    );
  });
});

describe('the cotisation year follows the session year (R14)', () => {
  it('moves with --starts into another year, unless set explicitly', async () => {
    const { cli } = await heldSession(BEFORE_START);
    const e = await cli(['session', 'edit', N2, '--starts', '17/01/2019 14:00', '--ends', '17/01/2019 16:00', '--json']);
    expect(e.code).toBe(0);
    const show = await cli(['session', 'show', N2, '--json']);
    expect(JSON.parse(show.stdout).session ?? JSON.parse(show.stdout)).toMatchObject({ year: 2019, membershipYear: 2019 });
    // explicit: kept when the session moves
    expect((await cli(['session', 'edit', 'cooperer-leader-n3-2018', '--membership-year', '2018'])).code).toBe(0);
    expect((await cli(['session', 'edit', 'cooperer-leader-n3-2018', '--membership-year', '2017'])).code).toBe(0);
    expect((await cli(['session', 'edit', 'cooperer-leader-n3-2018', '--starts', '10/02/2019 14:00'])).code).toBe(0);
    const n3 = JSON.parse((await cli(['sessions', '--json'])).stdout).find((s: { id: string }) => s.id === 'cooperer-leader-n3-2018');
    expect(n3).toMatchObject({ year: 2019, membershipYear: 2017 });
  });
});

describe('multi-day sessions show both dates everywhere', () => {
  it('lists, show, eligibility evidence, the message, exports and the attendance sheet (one signature column per half-day of each day)', async () => {
    const { path, cli } = await heldSession(BEFORE_START);
    const e = await cli(['session', 'edit', N2, '--starts', '17/06/2018 09:00', '--ends', '18/06/2018 17:00', '--status', 'scheduled']);
    expect(e.code).toBe(0);
    const list = await cli(['sessions', '--year', '2018'], 'fr');
    expect(list.stdout).toContain('17/06/2018 09:00 - 18/06/2018 17:00');
    expect(list.stdout).not.toContain('17/06/2018 09:00-17:00');
    const show = await cli(['session', 'show', N2]);
    expect(show.stdout).toContain('2018-06-17 09:00 - 2018-06-18 17:00 (Europe/Paris)');
    expect((await cli(['register', '--session', N2, '--member', 'anne-arnaud', '--received-at', '10/02/2018 09:00'])).code).toBe(0);
    const mail = parseStore(readFileSync(path, 'utf8'), path).outbox!.find((m) => m.kind === 'confirmation')!;
    expect(mail.text).toContain('du 17/06/2018 à 09:00 au 18/06/2018 à 17:00 (heure de Paris)');
    const answer = await cli(['eligibility', 'Anne Arnaud'], 'fr');
    expect(answer.stdout).toContain('cooperer-leader-n2-2018 (17/06/2018 09:00 - 18/06/2018 17:00) : confirmée, non renseignée');
    const sheet = await cli(['export', 'attendance-sheet', '--session', N2, '--excel']);
    const lines = sheet.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[2]).toBe('Date;17/06/2018 09:00 - 18/06/2018 17:00');
    expect(lines.find((l) => l.startsWith('Nom;'))).toBe(
      'Nom;Prénom;E-mail;Structure;Signature 17/06/2018 matin;Signature 17/06/2018 après-midi;Signature 18/06/2018 matin;Signature 18/06/2018 après-midi',
    );
    const sessions = JSON.parse((await cli(['export', 'sessions', '--year', '2018', '--format', 'json'])).stdout);
    expect(sessions.find((s: { session_id: string }) => s.session_id === N2)).toMatchObject({ starts_at: '2018-06-17T07:00:00.000Z', ends_at: '2018-06-18T15:00:00.000Z' });
  });
});
