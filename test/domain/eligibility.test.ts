import { describe, expect, it } from 'vitest';
import { buildEligibilityIndex, eligiblePeople, evaluateEligibility, resolveRule, REASONS, type EligibilityReason } from '../../src/domain/eligibility';
import { newStoreData } from '../../src/store/catalogue';
import type { Registration, StoreData } from '../../src/store/schema';
import { person, registration } from '../helpers/people';

const N1_2017 = 'cooperer-leader-n1-2017';
const N1_2018 = 'cooperer-leader-n1-2018';
const N2_2017 = 'cooperer-leader-n2-2017';

function storeWith(registrations: Registration[], extra: (d: StoreData) => void = () => {}): StoreData {
  const data = newStoreData();
  data.members.push(person('ana', 'Ana', 'Lopez'));
  data.registrations.push(...registrations);
  extra(data);
  return data;
}

const rule = resolveRule(newStoreData().rules, undefined);

describe('evaluateEligibility (R11)', () => {
  const cases: Array<[EligibilityReason, Registration[], ((d: StoreData) => void)?]> = [
    ['attended', [registration(N1_2017, 'ana', { attendance: 'present' })]],
    ['absent', [registration(N1_2018, 'ana', { attendance: 'absent' })]],
    ['not-recorded', [registration(N1_2018, 'ana')]],
    ['other-level-only', [registration(N2_2017, 'ana', { attendance: 'present' })]],
    [
      'outside-years',
      [registration('cooperer-leader-n1-2019', 'ana', { attendance: 'present' })],
      (d) => d.sessions.push({ ...d.sessions.find((s) => s.id === N1_2018)!, id: 'cooperer-leader-n1-2019', year: 2019, startsAt: '2019-02-14T09:00:00.000Z', endsAt: null, status: 'held' }),
    ],
    ['cancelled', [registration(N1_2018, 'ana', { status: 'cancelled', attendance: 'present' })]],
    ['never-registered', []],
  ];

  it('covers every reason', () => {
    expect(cases.map(([r]) => r).sort()).toEqual([...REASONS].sort());
  });

  it.each(cases)('%s', (reason, registrations, extra) => {
    const data = storeWith(registrations, extra);
    const result = evaluateEligibility(data, { id: 'ana' }, rule);
    expect(result.reason).toBe(reason);
    expect(result.eligible).toBe(reason === 'attended');
    expect(result.evidence).toEqual(registrations.map((r) => ({ sessionId: r.sessionId, year: Number(r.sessionId.slice(-4)), status: r.status, attendance: r.attendance })));
    expect(result.cited?.sessionId ?? null).toBe(registrations[0]?.sessionId ?? null);
  });

  it('attended in 2017 wins over absent in 2018, and the evidence lists both, oldest first', () => {
    const data = storeWith([registration(N1_2018, 'ana', { attendance: 'absent' }), registration(N1_2017, 'ana', { attendance: 'present' })]);
    const result = evaluateEligibility(data, { id: 'ana' }, rule);
    expect(result).toMatchObject({ eligible: true, reason: 'attended', cited: { sessionId: N1_2017 } });
    expect(result.evidence.map((e) => e.sessionId)).toEqual([N1_2017, N1_2018]);
  });

  it('names a record still to make before an absence (it may still make the person eligible)', () => {
    const data = storeWith([registration(N1_2017, 'ana', { attendance: 'absent' }), registration(N1_2018, 'ana')]);
    expect(evaluateEligibility(data, { id: 'ana' }, rule)).toMatchObject({ eligible: false, reason: 'not-recorded', cited: { sessionId: N1_2018 } });
  });

  it('a waitlisted or cancelled registration is not attendance, even if marked present (R13: the cancellation is the reason given)', () => {
    const waitlisted = storeWith([registration(N1_2018, 'ana', { status: 'waitlisted', attendance: 'present' })]);
    expect(evaluateEligibility(waitlisted, { id: 'ana' }, rule)).toMatchObject({ eligible: false, reason: 'never-registered' });
    const cancelled = storeWith([registration(N1_2018, 'ana', { status: 'cancelled', attendance: 'present' })]);
    expect(evaluateEligibility(cancelled, { id: 'ana' }, rule)).toMatchObject({ eligible: false, reason: 'cancelled', cited: { sessionId: N1_2018 } });
    expect(eligiblePeople(cancelled, rule)).toEqual([]);
  });

  it('a cancelled session qualifies nobody', () => {
    const data = storeWith([registration(N1_2018, 'ana', { attendance: 'present' })], (d) => (d.sessions.find((s) => s.id === N1_2018)!.status = 'cancelled'));
    expect(evaluateEligibility(data, { id: 'ana' }, rule).eligible).toBe(false);
  });

  it('an unknown rule is a usage error listing the rules', () => {
    expect(() => resolveRule(newStoreData().rules, 'nope')).toThrow(expect.objectContaining({ exitCode: 2, key: 'eligRuleNotFound' }));
  });
});

describe('eligiblePeople (for export eligible) at scale', () => {
  it('20,000 people and 50,000 registrations: right people, earliest qualifying session, well under a second', () => {
    const data = newStoreData();
    const sessions = data.sessions.map((s) => s.id);
    for (let i = 0; i < 20_000; i += 1) data.members.push(person(`p${i}`, `Prénom${i % 97}`, `Nom${i}`));
    for (let i = 0; i < 50_000; i += 1) {
      const attendance = i % 3 === 0 ? 'present' : i % 3 === 1 ? 'absent' : null;
      data.registrations.push(registration(sessions[i % sessions.length]!, `p${i % 20_000}`, { attendance }));
    }
    const started = performance.now();
    const people = eligiblePeople(data, rule);
    const elapsed = performance.now() - started;
    // The same answer, person by person, from the pure evaluation.
    const index = buildEligibilityIndex(data);
    const expected = data.members.filter((m) => evaluateEligibility(data, m, rule, index).eligible).map((m) => m.id);
    expect(people.map((p) => p.member.id).sort()).toEqual(expected.sort());
    expect(people.length).toBeGreaterThan(1000);
    for (const p of people.slice(0, 50)) {
      expect([N1_2017, N1_2018]).toContain(p.session.id);
      expect(p.registration).toMatchObject({ memberId: p.member.id, attendance: 'present', sessionId: p.session.id });
    }
    expect(elapsed).toBeLessThan(1000);
  });
});
