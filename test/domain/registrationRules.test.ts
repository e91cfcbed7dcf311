import { describe, expect, it } from 'vitest';
import { indexRegistrations, judgeRegistration, type RegistrationRequest } from '../../src/domain/registrationRules';
import { parseReceivedAt } from '../../src/domain/receivedAt';
import { newStoreData } from '../../src/store/catalogue';
import type { Member, Registration, StoreData } from '../../src/store/schema';
import { person, registration } from '../helpers/people';

const N1 = 'cooperer-leader-n1-2018';

/** An agent of the GAL "gal" (the shared builder, with this file's e-mails and dates). */
const agent = (id: string, extra: Partial<Member> = {}): Member => person(id, 'Anne', id, { email: `${id}@gal.fr`, organisationId: 'gal', createdAt: '2018-01-01T00:00:00.000Z', ...extra });

/** A registration to N1 received on 1 February 2018. */
const registrationN1 = (id: string, memberId: string, extra: Partial<Registration> = {}): Registration =>
  registration(N1, memberId, { id, receivedAt: '2018-02-01T09:00:00.000Z', createdAt: '2018-02-01T09:00:00.000Z', ...extra });

/** The catalogue, a GAL that paid 2018, and its agent "anne". */
function world(change: (d: StoreData) => void = () => {}): { data: StoreData; anne: Member } {
  const data = newStoreData();
  data.organisations.push({ id: 'gal', name: 'GAL', kind: 'GAL', territory: null });
  data.memberships.push({ id: 'cot-1', organisationId: 'gal', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null });
  const anne = agent('anne');
  data.members.push(anne);
  change(data);
  return { data, anne };
}

const judge = (data: StoreData, request: Partial<RegistrationRequest> & { member: Member }, at = '2018-02-07T22:59:00.000Z', sessionId = N1) =>
  judgeRegistration(data, { session: data.sessions.find((s) => s.id === sessionId)!, ...request }, new Date(at));
const rules = (findings: Array<{ rule: string }>) => findings.map((f) => f.rule).sort();

describe('judgeRegistration', () => {
  it('accepts a covered agent before the deadline with seats left: confirmed, nothing to say', () => {
    const { data, anne } = world();
    const j = judge(data, { member: anne });
    expect(j).toMatchObject({ status: 'confirmed', refusals: [], blocking: [], warnings: [], notices: [] });
  });

  describe('R1 capacity', () => {
    const full = () =>
      world((d) => {
        for (let i = 0; i < 12; i += 1) {
          d.members.push(agent(`p${i}`));
          d.registrations.push(registrationN1(`reg-${i + 1}`, `p${i}`));
        }
      });
    it('waitlists the 13th (not a refusal)', () => {
      const { data, anne } = full();
      expect(judge(data, { member: anne })).toMatchObject({ status: 'waitlisted', refusals: [] });
    });
    it('refuses the 13th with --no-waitlist, and confirms beyond capacity when forced', () => {
      const { data, anne } = full();
      expect(rules(judge(data, { member: anne, noWaitlist: true }).blocking)).toEqual(['R1']);
      const forced = judge(data, { member: anne, noWaitlist: true, force: true });
      expect(forced).toMatchObject({ status: 'confirmed', blocking: [] });
      expect(rules(forced.overridden)).toEqual(['R1']);
    });
    it('does not count cancelled registrations as seats taken', () => {
      const { data, anne } = full();
      data.registrations[0]!.status = 'cancelled';
      expect(judge(data, { member: anne }).status).toBe('confirmed');
    });
    it('never seats a newcomer ahead of someone waiting, even when a seat is free (R6)', () => {
      const { data, anne } = full();
      data.registrations[0]!.status = 'cancelled';
      data.registrations[1]!.status = 'waitlisted';
      expect(judge(data, { member: anne }).status).toBe('waitlisted');
    });
    it('has no limit when the capacity is null', () => {
      const { data, anne } = full();
      data.sessions.find((s) => s.id === N1)!.capacity = null;
      expect(judge(data, { member: anne }).status).toBe('confirmed');
    });
  });

  describe('R2 deadline (exclusive, judged at the time received)', () => {
    it('accepts 2018-02-07 23:59 Paris and refuses 2018-02-08 00:00 Paris', () => {
      const { data, anne } = world();
      expect(judge(data, { member: anne }, parseReceivedAt('07/02/2018 23:59', 'Europe/Paris', new Date('2019-01-01')).toISOString()).blocking).toEqual([]);
      const late = judge(data, { member: anne }, parseReceivedAt('08/02/2018 00:00', 'Europe/Paris', new Date('2019-01-01')).toISOString());
      expect(rules(late.blocking)).toEqual(['R2']);
    });
    it('has no deadline when registrationClosesAt is null', () => {
      const { data, anne } = world((d) => (d.sessions.find((s) => s.id === N1)!.registrationClosesAt = null));
      expect(judge(data, { member: anne }, '2018-02-14T10:00:00.000Z').blocking).toEqual([]);
    });
  });

  describe('R3 cotisation', () => {
    it("is met by the organisation's payment or the person's own, for the session's membership year", () => {
      const { data } = world((d) => {
        d.members.push(agent('solo', { organisationId: null }));
        d.memberships.push({ id: 'cot-2', organisationId: null, memberId: 'solo', year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null });
      });
      expect(judge(data, { member: data.members.find((m) => m.id === 'solo')! }).blocking).toEqual([]);
    });
    it('refuses when only another year is paid, and says how to record the payment', () => {
      const { data, anne } = world((d) => (d.memberships[0]!.year = 2017));
      const j = judge(data, { member: anne });
      expect(rules(j.blocking)).toEqual(['R3']);
      expect(j.blocking[0]!.params).toMatchObject({ year: 2018, payer: 'gal' });
    });
  });

  it('R4 warns when no role of the person is in the audience, without refusing', () => {
    const { data, anne } = world();
    anne.roles = ['other'];
    const j = judge(data, { member: anne });
    expect(j.blocking).toEqual([]);
    expect(rules(j.warnings)).toEqual(['R4']);
  });

  it('R5 refuses a second active registration, but not after a cancellation', () => {
    const { data, anne } = world((d) => d.registrations.push(registrationN1('reg-1', 'anne')));
    expect(rules(judge(data, { member: anne }).blocking)).toEqual(['R5']);
    data.registrations[0]!.status = 'cancelled';
    expect(judge(data, { member: anne }).blocking).toEqual([]);
  });

  it.each(['announced', 'cancelled'] as const)('R9 refuses a %s session, even with --force', (status) => {
    const { data, anne } = world((d) => (d.sessions.find((s) => s.id === N1)!.status = status));
    const j = judge(data, { member: anne, force: true });
    expect(rules(j.blocking)).toEqual(['R9']);
  });

  it('R9 accepts a held session (history)', () => {
    const { data, anne } = world((d) => d.memberships.push({ id: 'cot-2', organisationId: 'gal', memberId: null, year: 2017, paidOn: '2017-01-10', amountCents: null, reference: null }));
    expect(judge(data, { member: anne }, '2017-03-01T10:00:00.000Z', 'cooperer-leader-n1-2017').blocking).toEqual([]);
  });

  it('R12 notices an earlier attendance of the same course, not of another course or an absence', () => {
    const { data, anne } = world();
    data.registrations.push(registrationN1('reg-1', 'anne', { sessionId: 'cooperer-leader-n2-2017', attendance: 'present' }));
    expect(judge(data, { member: anne }).notices).toEqual([]);
    data.registrations.push(registrationN1('reg-2', 'anne', { sessionId: 'cooperer-leader-n1-2017', attendance: 'absent' }));
    expect(judge(data, { member: anne }).notices).toEqual([]);
    data.registrations[1]!.attendance = 'present';
    expect(rules(judge(data, { member: anne }).notices)).toEqual(['R12']);
  });

  it('reports every failed rule at once, and --force overrides R1, R2, R3, R5 but not R9', () => {
    const { data, anne } = world((d) => {
      d.memberships.length = 0;
      d.sessions.find((s) => s.id === N1)!.capacity = 1;
      d.registrations.push(registrationN1('reg-1', 'anne'));
    });
    anne.roles = [];
    const j = judge(data, { member: anne, noWaitlist: true }, '2018-02-10T10:00:00.000Z');
    expect(rules(j.blocking)).toEqual(['R1', 'R2', 'R3', 'R5']);
    expect(rules(j.warnings)).toEqual(['R4']);
    const forced = judge(data, { member: anne, noWaitlist: true, force: true }, '2018-02-10T10:00:00.000Z');
    expect(forced.blocking).toEqual([]);
    expect(rules(forced.overridden)).toEqual(['R1', 'R2', 'R3', 'R5']);
    data.sessions.find((s) => s.id === N1)!.status = 'cancelled';
    const withR9 = judge(data, { member: anne, noWaitlist: true, force: true }, '2018-02-10T10:00:00.000Z');
    expect(rules(withR9.blocking)).toEqual(['R9']);
    expect(rules(withR9.refusals)).toEqual(['R1', 'R2', 'R3', 'R5', 'R9']);
  });

  it('gives the same verdict with an index built once', () => {
    const { data, anne } = world();
    const index = indexRegistrations(data);
    const session = data.sessions.find((s) => s.id === N1)!;
    expect(judgeRegistration(data, { session, member: anne }, new Date('2018-02-01'), index)).toEqual(judge(data, { member: anne }, '2018-02-01T00:00:00.000Z'));
  });
});

describe('parseReceivedAt', () => {
  const now = new Date('2018-02-07T12:00:00.000Z');
  it('defaults to now, reads local forms in the zone, and refuses the future or an impossible date (exit 2)', () => {
    expect(parseReceivedAt(undefined, 'Europe/Paris', now)).toBe(now);
    expect(parseReceivedAt('2018-02-07', 'Europe/Paris', now).toISOString()).toBe('2018-02-06T23:00:00.000Z');
    expect(parseReceivedAt('2018-02-07T12:59', 'Europe/Paris', now).toISOString()).toBe('2018-02-07T11:59:00.000Z');
    expect(() => parseReceivedAt('2018-02-07T13:01', 'Europe/Paris', now)).toThrow(expect.objectContaining({ exitCode: 2, key: 'receivedInFuture' }));
    expect(() => parseReceivedAt('31/02/2018', 'Europe/Paris', now)).toThrow(expect.objectContaining({ exitCode: 2, key: 'dayDoesNotExist' }));
  });
  it('reads a summer-time deadline day in UTC+2', () => {
    expect(parseReceivedAt('01/07/2018 00:00', 'Europe/Paris', new Date('2019-01-01')).toISOString()).toBe('2018-06-30T22:00:00.000Z');
  });
});
