import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordAttendance } from '../../src/app/attendance';
import { importAttendanceFile } from '../helpers/importAttendanceFile';
import { listEligible } from '../../src/app/eligibility';
import { assertAttendanceAllowed, parseRefList } from '../../src/domain/attendance';
import { indexRegistrations, takeRegistrationId } from '../../src/domain/registrationRules';
import { newStoreData } from '../../src/store/catalogue';
import { person, registration, seedWith } from '../helpers/people';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

const N1_2017 = 'cooperer-leader-n1-2017';
const N1_2018 = 'cooperer-leader-n1-2018';
const AFTER_2018 = '2018-02-15T12:00:00.000Z';

const people = [
  person('veronique-bernard', 'Véronique', 'Bernard', { organisationId: 'gal-gex' }),
  person('paul-bernard', 'Paul', 'Bernard'),
  person('jean-edouard-d-artois', 'Jean-Édouard', "d'Artois"),
  person('oedipe-roi', 'Œdipe', 'Roi'),
];

async function withRegistrants(now = AFTER_2018) {
  return tempDeps({
    now,
    seed: seedWith(people, [
      registration(N1_2018, 'veronique-bernard', { id: 'reg-1' }),
      registration(N1_2018, 'paul-bernard', { id: 'reg-2' }),
      registration(N1_2018, 'jean-edouard-d-artois', { id: 'reg-7', status: 'waitlisted' }),
    ]),
  });
}

function csv(text: string): string {
  const file = join(tempDir(), 'report.csv');
  writeFileSync(file, text);
  return file;
}

describe('R10: when attendance may be recorded', () => {
  const session = newStoreData().sessions.find((s) => s.id === N1_2018)!;
  const undated = newStoreData().sessions.find((s) => s.id === 'cooperer-leader-n2-2018')!;
  it.each([
    ['one minute before the start', session, '2018-02-15T08:59:00.000Z', 'attNotStarted'],
    ['at the start', session, '2018-02-15T09:00:00.000Z', null],
    ['no date, during its year', undated, '2018-12-31T22:59:00.000Z', 'attYearNotPast'],
    ['no date, the year over in Paris (still 2018 in UTC)', undated, '2018-12-31T23:00:00.000Z', null],
  ])('%s', (_label, s, now, key) => {
    const check = () => assertAttendanceAllowed(s, new Date(now));
    if (key) expect(check).toThrow(expect.objectContaining({ exitCode: 1, key }));
    else expect(check).not.toThrow();
  });

  it('refuses a future session with exit 1 and leaves the store byte-for-byte unchanged', async () => {
    const deps = await withRegistrants('2018-02-14T10:00:00.000Z');
    const before = bytesOf(deps.path);
    await expect(recordAttendance(deps, { sessionId: N1_2018, present: ['Véronique Bernard'] })).rejects.toMatchObject({ exitCode: 1, key: 'attNotStarted' });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});

describe('recordAttendance (flags)', () => {
  it('marks by name, e-mail or id (comma-separated), sets the session held, and logs it', async () => {
    const deps = await withRegistrants();
    const result = await recordAttendance(deps, { sessionId: N1_2018, present: ['veronique bernard'], absent: ['paul-bernard@example.fr'] });
    expect(result.totals).toEqual({ present: 1, absent: 1, notRecorded: 0 });
    expect(result.statusChanged).toBe(true);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.filter((r) => r.sessionId === N1_2018).map((r) => [r.id, r.attendance])).toEqual([
      ['reg-1', 'present'],
      ['reg-2', 'absent'],
      ['reg-7', null],
    ]);
    expect(data.sessions.find((s) => s.id === N1_2018)!.status).toBe('held');
    expect(data.log.at(-1)).toMatchObject({ action: 'attendance.record', target: N1_2018, user: 'tester', details: { sessionStatus: { from: 'scheduled', to: 'held' } } });
  });

  it('re-recording changes the earlier value and logs the old and the new one', async () => {
    const deps = await withRegistrants();
    await recordAttendance(deps, { sessionId: N1_2018, present: ['Véronique Bernard'] });
    const result = await recordAttendance(deps, { sessionId: N1_2018, absent: ['Bernard Véronique'] });
    expect(result.changes).toMatchObject([{ memberId: 'veronique-bernard', from: 'present', to: 'absent' }]);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.find((r) => r.id === 'reg-1')!.attendance).toBe('absent');
    expect(data.log.at(-1)).toMatchObject({
      action: 'attendance.record',
      details: { source: 'flags', changes: [{ registrationId: 'reg-1', memberId: 'veronique-bernard', from: 'present', to: 'absent' }] },
    });
  });

  it('a REF that is nobody, several people, or not registered: exit 2, every problem listed, nothing written', async () => {
    const deps = await withRegistrants();
    const before = bytesOf(deps.path);
    const error = await recordAttendance(deps, { sessionId: N1_2018, present: ['Œdipe Roi,Nobody Atall', 'Bernard'] }).catch((e) => e);
    expect(error).toMatchObject({ exitCode: 2, key: 'attProblems', params: { count: 3 } });
    expect(error.details.map((d: { key?: string }) => d.key).filter(Boolean)).toEqual(['attNotRegistered', 'memberNotFound', 'memberAmbiguous']);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('"Bernard" resolves among the registrants first, and is ambiguous when two Bernards are registered', async () => {
    const deps = await withRegistrants();
    await expect(recordAttendance(deps, { sessionId: N1_2018, present: ['Bernard'] })).rejects.toMatchObject({ exitCode: 2, key: 'memberAmbiguous' });
  });

  it('--add-walk-in registers a person marked present (confirmed, override walk-in, next reg id) and confirms a waitlisted one', async () => {
    const deps = await withRegistrants();
    const result = await recordAttendance(deps, { sessionId: N1_2018, present: ['OEDIPE ROI', 'Œdipe Roi', 'jean-edouard-d-artois'], addWalkIn: true });
    expect(result.changes.map((c) => [c.memberId, c.walkIn, c.registrationId])).toEqual([
      ['oedipe-roi', true, 'reg-8'],
      ['jean-edouard-d-artois', true, 'reg-7'],
    ]);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.find((r) => r.id === 'reg-8')).toEqual({
      id: 'reg-8',
      sessionId: N1_2018,
      memberId: 'oedipe-roi',
      receivedAt: AFTER_2018,
      createdAt: AFTER_2018,
      status: 'confirmed',
      attendance: 'present',
      override: 'walk-in',
      cancelledAt: null,
    });
    expect(data.registrations.find((r) => r.id === 'reg-7')).toMatchObject({ status: 'confirmed', override: 'walk-in', attendance: 'present' });
    expect(data.log.filter((l) => l.action === 'registration.walk-in').map((l) => l.target)).toEqual(['reg-8', 'reg-7']);
  });

  it('recording the values already recorded writes nothing (no backup, no log entry)', async () => {
    const deps = await withRegistrants();
    await recordAttendance(deps, { sessionId: N1_2018, present: ['Véronique Bernard'], absent: ['paul-bernard'] });
    const before = bytesOf(deps.path);
    const again = await recordAttendance(deps, { sessionId: N1_2018, present: ['veronique-bernard'], absent: ['Paul Bernard'] });
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toHaveLength(2);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('a person both present and absent is refused', async () => {
    const deps = await withRegistrants();
    await expect(recordAttendance(deps, { sessionId: N1_2018, present: ['paul-bernard'], absent: ['Paul Bernard'] })).rejects.toMatchObject({ key: 'attBothPresentAbsent' });
  });

  it('parses REF lists and numbers registrations after the highest', () => {
    expect(parseRefList(['a@b.fr, Véronique Bernard', ' ', 'x'])).toEqual(['a@b.fr', 'Véronique Bernard', 'x']);
    const data = { ...newStoreData(), registrations: [registration('s', 'm', { id: 'reg-9' }), registration('s', 'm', { id: 'reg-10' }), registration('s', 'm', { id: 'other-99' })] };
    const index = indexRegistrations(data);
    expect([takeRegistrationId(index), takeRegistrationId(index)]).toEqual(['reg-11', 'reg-12']);
  });
});

describe("importAttendance (CSV in caprural's layout)", () => {
  const base = { format: null, minMinutes: null, minPercent: null, onlyPresent: false, addWalkIn: false, dryRun: false };

  it('marks the listed people present and the other registrants absent; minutes summed per person', async () => {
    const deps = await withRegistrants();
    const file = csv('\uFEFFE-mail;Minutes;Prénom;Nom\nVeronique-Bernard@example.fr;20\nveronique-bernard@example.fr;25\n');
    const result = await importAttendanceFile(deps, { ...base, sessionId: N1_2018, file, minMinutes: 45 });
    expect(result.report!.format).toBe('caprural');
    expect(result.changes.map((c) => [c.memberId, c.to])).toEqual([
      ['paul-bernard', 'absent'],
      ['veronique-bernard', 'present'],
    ]);
    expect(result.report!.registrants.find((r) => r.memberId === 'veronique-bernard')).toMatchObject({ minutes: 45, matchedBy: 'email', lines: [2, 3] });
  });

  it('--min-minutes marks short connections absent; --only-present leaves the others', async () => {
    const deps = await withRegistrants();
    const file = csv('email,minutes\nveronique-bernard@example.fr,10\n');
    const result = await importAttendanceFile(deps, { ...base, sessionId: N1_2018, file, minMinutes: 30, onlyPresent: true });
    expect(result.changes.map((c) => [c.memberId, c.to])).toEqual([['veronique-bernard', 'absent']]);
    expect(result.totals).toEqual({ present: 0, absent: 1, notRecorded: 1 });
  });

  it('--min-percent is a share of the scheduled length (2 h: 50 % is 60 min)', async () => {
    const deps = await withRegistrants();
    const file = csv('email,minutes\nveronique-bernard@example.fr,60\npaul-bernard@example.fr,59\n');
    const result = await importAttendanceFile(deps, { ...base, sessionId: N1_2018, file, minPercent: 50 });
    expect(result.report!.thresholdMinutes).toBe(60);
    expect(result.changes.map((c) => [c.memberId, c.to])).toEqual([
      ['paul-bernard', 'absent'],
      ['veronique-bernard', 'present'],
    ]);
  });

  it('bad rows never mark anyone present and never abort the file: each is listed with its line', async () => {
    const deps = await withRegistrants();
    const file = csv('email,minutes\nveronique-bernard@example.fr,12\nnot-an-email,3\n\nnobody@example.fr,5\npaul-bernard@example.fr,-4\n');
    const result = await importAttendanceFile(deps, { ...base, sessionId: N1_2018, file });
    expect(result.report!.unmatched.map((u) => [u.line, u.reason])).toEqual([
      [3, 'unreadable'], // not an e-mail
      [5, 'unknown'], // an e-mail nobody has
      [6, 'unreadable'], // minutes -4
    ]);
    // Paul's only row cannot be read: his attendance is left as it was, not set to absent.
    expect(result.report!.registrants.find((r) => r.memberId === 'paul-bernard')).toMatchObject({ verdict: 'unreadable', to: null });
    expect(result.changes.map((c) => [c.memberId, c.to])).toEqual([['veronique-bernard', 'present']]);
  });

  it('2017 history: people not registered change nothing and are listed, unless --add-walk-in; a changed e-mail is matched by name', async () => {
    const deps = await withRegistrants();
    const file = csv('email,first_name,last_name\nveronique-bernard@example.fr,,\nold.address@example.fr,Jean-Edouard,D’Artois\n');
    const before = bytesOf(deps.path);
    const listed = await importAttendanceFile(deps, { ...base, sessionId: N1_2017, file });
    expect(listed.report!.unmatched.map((u) => [u.line, u.reason])).toEqual([
      [2, 'not-registered'],
      [3, 'not-registered'],
    ]);
    expect(listed.changes).toEqual([]);
    expect(bytesOf(deps.path).equals(before)).toBe(true);

    const result = await importAttendanceFile(deps, { ...base, sessionId: N1_2017, file, addWalkIn: true });
    expect(result.changes.map((c) => [c.memberId, c.to, c.walkIn])).toEqual([
      ['veronique-bernard', 'present', true],
      ['jean-edouard-d-artois', 'present', true],
    ]);
    expect(result.totals).toEqual({ present: 2, absent: 0, notRecorded: 0 });
    const eligible = await listEligible(deps);
    expect(eligible.people.map((p) => [p.member.id, p.session.id, p.organisation?.id ?? null])).toEqual([
      ['veronique-bernard', N1_2017, 'gal-gex'],
      ['jean-edouard-d-artois', N1_2017, null],
    ]);
  });

  it('a file in which no table names a person and a duration is refused, naming the columns found; nothing written', async () => {
    const deps = await withRegistrants();
    const before = bytesOf(deps.path);
    const file = csv('foo,bar\n1,2\n');
    await expect(importAttendanceFile(deps, { ...base, sessionId: N1_2018, file })).rejects.toMatchObject({
      exitCode: 2,
      key: 'attReportUnrecognised',
      params: { found: 'foo, bar' },
    });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});
