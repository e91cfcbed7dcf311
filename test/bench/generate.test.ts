// The benchmark's stores are what real use writes: the same plan run through the use cases, one
// command at a time (each a read, a change and a write of the whole store), gives the very store
// that bench/generate.ts builds in one pass, log entries and queued messages included.
import { describe, expect, it } from 'vitest';
import { BENCH_NOW, BENCH_USER, attendanceMarks, buildStore, planOf, type Size } from '../../bench/generate';
import { addOrganisation } from '../../src/app/organisations';
import { payMembership } from '../../src/app/memberships';
import { addSession } from '../../src/app/sessions';
import { addMember } from '../../src/app/members';
import { register } from '../../src/app/registrations';
import { recordAttendance } from '../../src/app/attendance';
import type { Deps } from '../../src/app/deps';
import { memoryStore } from '../helpers/memoryStore';

/** Runs the plan command by command through the use cases, on a store in memory. */
async function viaUseCases(size: Size) {
  const store = memoryStore();
  const deps: Deps = { store, clock: () => BENCH_NOW, user: BENCH_USER };
  const orgs: string[] = [];
  const sessions: string[] = [];
  const emails: string[] = [];
  for (const step of planOf(size)) {
    if (step.kind === 'org') orgs.push((await addOrganisation(deps, { name: step.name, kind: 'GAL', territory: step.territory })).id);
    else if (step.kind === 'pay') await payMembership(deps, { payer: orgs[step.org]!, year: String(step.year), paidOn: `10/01/${step.year}`, amount: '120' });
    else if (step.kind === 'session') sessions.push((await addSession(deps, step.input)).id);
    else if (step.kind === 'member') {
      const { member } = await addMember(deps, { firstName: step.first, lastName: step.last, email: step.email, phone: step.phone, organisation: orgs[step.org], roles: ['agent'] });
      emails.push(member.email);
    } else if (step.kind === 'register') {
      await register(deps, { session: sessions[step.session], member: emails[step.member], receivedAt: step.receivedAt.toISOString() });
    } else {
      const id = sessions[step.session]!;
      const confirmed = (await store.read()).registrations.filter((r) => r.sessionId === id && r.status === 'confirmed');
      if (confirmed.length === 0) continue;
      await recordAttendance(deps, { sessionId: id, ...attendanceMarks(confirmed) });
    }
  }
  return store.snapshot();
}

describe('bench/generate', () => {
  it('builds the store the commands build, log and outbox included, with French text above U+00FF', async () => {
    // 24 sessions over 12 years (2 open), 300 registrations: waiting lists, R12 notices, absences.
    const size: Size = { people: 40, sessions: 24, registrations: 300, organisations: 3 };
    const expected = await viaUseCases(size);
    const built = buildStore(size);
    expect(built).toEqual(expected);
    const actions = new Set(built.log.map((e) => e.action));
    expect([...actions].sort()).toEqual(['attendance.record', 'member.add', 'membership.pay', 'org.add', 'registration.add', 'session.add']);
    expect(built.log.filter((e) => e.action === 'member.add')).toHaveLength(40);
    expect(built.log.filter((e) => e.action === 'registration.add')).toHaveLength(300);
    expect(built.registrations.some((r) => r.status === 'waitlisted')).toBe(true);
    expect(built.registrations.some((r) => r.attendance === 'absent')).toBe(true);
    expect(built.outbox?.length).toBeGreaterThan(0);
    expect(/[\u0100-\uffff]/.test(JSON.stringify(built.members))).toBe(true);
  });
});
