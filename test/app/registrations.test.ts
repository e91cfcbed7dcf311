import { describe, expect, it } from 'vitest';
import { cancelRegistration, register } from '../../src/app/registrations';
import { showSession } from '../../src/app/sessions';
import type { StoreData } from '../../src/store/schema';
import { bytesOf, tempDeps } from '../helpers/tempStore';
import { person } from '../helpers/people';

const N1 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-07T12:00:00.000Z';

/** A GAL that paid 2018 and `n` of its agents (agent-1…agent-n). */
function gal(n: number) {
  return (d: StoreData) => {
    d.organisations.push({ id: 'gal', name: 'GAL du Pays de Gex', kind: 'GAL', territory: null });
    d.memberships.push({ id: 'cot-1', organisationId: 'gal', memberId: null, year: 2018, paidOn: '2018-01-10', amountCents: null, reference: null });
    for (let i = 1; i <= n; i += 1) {
      d.members.push(person(`agent-${i}`, 'Agent', String.fromCharCode(64 + i), { email: `agent${i}@gex.fr`, organisationId: 'gal', createdAt: '2018-01-01T00:00:00.000Z' }));
    }
  };
}

/** Registers agent-1…agent-n, one minute apart from 2018-02-01 09:00 Paris. */
async function fill(deps: Awaited<ReturnType<typeof tempDeps>>, n: number) {
  for (let i = 1; i <= n; i += 1) {
    await register(deps, { session: N1, member: `agent-${i}`, receivedAt: `2018-02-01T09:${String(i).padStart(2, '0')}` });
  }
}

describe('register (use case)', () => {
  it('confirms 12, waitlists the next ones in order, with sequential ids and positions', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(14) });
    await fill(deps, 12);
    const r13 = await register(deps, { session: N1, member: 'agent-13', receivedAt: '2018-02-01T10:00' });
    const r14 = await register(deps, { session: N1, member: 'agent-14', receivedAt: '2018-02-01T10:01' });
    expect([r13.registration.id, r13.registration.status, r13.position]).toEqual(['reg-13', 'waitlisted', 1]);
    expect([r14.registration.id, r14.position]).toEqual(['reg-14', 2]);
    const data = await deps.store.read({ log: true });
    expect(data.registrations.filter((r) => r.status === 'confirmed')).toHaveLength(12);
    expect(data.log.filter((e) => e.action === 'registration.add')).toHaveLength(14);
  });

  it('ranks the waiting list by time received, not by time typed in', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(14) });
    await fill(deps, 12);
    await register(deps, { session: N1, member: 'agent-13', receivedAt: '2018-02-05T10:00' });
    const earlier = await register(deps, { session: N1, member: 'agent-14', receivedAt: '2018-02-04T10:00' });
    expect(earlier.position).toBe(1);
    const shown = await showSession(deps, N1);
    expect(shown.registrants.filter((r) => r.status === 'waitlisted').map((r) => [r.memberId, r.position])).toEqual([
      ['agent-14', 1],
      ['agent-13', 2],
    ]);
  });

  it('judges a dry run the same way and writes nothing', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(1) });
    const before = bytesOf(deps.path);
    const outcome = await register(deps, { session: N1, member: 'agent-1', dryRun: true });
    expect(outcome).toMatchObject({ dryRun: true, registration: { status: 'confirmed' } });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('creates a new person in the same write as the registration, and not at all when refused', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(0) });
    const before = bytesOf(deps.path);
    await expect(register(deps, { session: N1, newMember: { firstName: 'Léa', lastName: 'Nouvelle', email: 'lea@gex.fr' } })).rejects.toMatchObject({ exitCode: 1 });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const ok = await register(deps, { session: N1, newMember: { firstName: 'Léa', lastName: 'Nouvelle', email: 'lea@gex.fr', organisation: 'gal', roles: ['agent'] } });
    expect(ok).toMatchObject({ memberCreated: true, member: { id: 'lea-nouvelle' }, registration: { status: 'confirmed' } });
  });
});

describe('cancelRegistration', () => {
  it('promotes the first on the waiting list (by time received) in the same write, and logs both', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(14) });
    await fill(deps, 12);
    await register(deps, { session: N1, member: 'agent-13', receivedAt: '2018-02-05T10:00' });
    await register(deps, { session: N1, member: 'agent-14', receivedAt: '2018-02-04T10:00' });
    const result = await cancelRegistration(deps, { session: N1, member: 'agent-3' });
    expect(result.was).toBe('confirmed');
    expect(result.promoted?.member.id).toBe('agent-14');
    const data = await deps.store.read({ log: true });
    expect(data.registrations.filter((r) => r.status === 'confirmed')).toHaveLength(12);
    expect(data.registrations.find((r) => r.memberId === 'agent-3')).toMatchObject({ status: 'cancelled', cancelledAt: NOW });
    expect(data.log.slice(-2).map((e) => [e.action, e.target])).toEqual([
      ['registration.cancel', 'reg-3'],
      ['registration.promote', 'reg-14'],
    ]);
  });

  it('does not promote when a waitlisted registration is cancelled', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(14) });
    await fill(deps, 14);
    const result = await cancelRegistration(deps, { session: N1, member: 'agent-13' });
    expect(result).toMatchObject({ was: 'waitlisted', promoted: null });
    const data = await deps.store.read({ log: true });
    expect(data.registrations.find((r) => r.memberId === 'agent-14')?.status).toBe('waitlisted');
    expect(data.log.at(-1)?.action).toBe('registration.cancel');
  });

  it('does not promote when a forced over-capacity seat frees (still full)', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(14) });
    await fill(deps, 13); // 13th waitlisted
    await register(deps, { session: N1, member: 'agent-14', receivedAt: '2018-02-01T11:00', noWaitlist: true, force: true, reason: 'Speaker guest' });
    const result = await cancelRegistration(deps, { session: N1, member: 'agent-14' });
    expect(result.promoted).toBeNull();
  });

  it('refuses to cancel someone not registered (exit 2) and changes nothing', async () => {
    const deps = await tempDeps({ now: NOW, seed: gal(2) });
    await fill(deps, 1);
    const before = bytesOf(deps.path);
    await expect(cancelRegistration(deps, { session: N1, member: 'agent-2' })).rejects.toMatchObject({ exitCode: 2, key: 'notRegistered' });
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});
