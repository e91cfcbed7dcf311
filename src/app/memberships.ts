import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { appendLog } from '../domain/log';
import { newMembership, type MembershipInput } from '../domain/memberships';
import { fullName } from '../domain/people';
import type { Membership, StoreData } from '../store/index';
import type { Deps } from './deps';

/** Cotisations are dated in the organiser's zone, Cap Rural being in Lyon. */

export async function payMembership(deps: Deps, input: MembershipInput): Promise<Membership & { payerName: string }> {
  return deps.store.update((data) => {
    const membership = newMembership(data, input, dayIn(deps.clock(), OFFICE_TIME_ZONE));
    data.memberships.push(membership);
    appendLog(data, {
      at: deps.clock(),
      user: deps.user,
      action: 'membership.pay',
      target: membership.organisationId ?? membership.memberId,
      details: { year: membership.year, paidOn: membership.paidOn, amountCents: membership.amountCents },
    });
    return { ...membership, payerName: payerName(data, membership) };
  });
}

function payerName(data: StoreData, m: Membership): string {
  if (m.organisationId) return data.organisations.find((o) => o.id === m.organisationId)?.name ?? m.organisationId;
  const person = data.members.find((p) => p.id === m.memberId);
  return person ? fullName(person) : (m.memberId ?? '');
}

export async function listMemberships(deps: Deps, filter: { year?: number } = {}): Promise<Array<Membership & { payerName: string }>> {
  const data = await deps.store.read();
  return data.memberships
    .filter((m) => filter.year === undefined || m.year === filter.year)
    .map((m) => ({ ...m, payerName: payerName(data, m) }))
    .sort((a, b) => a.year - b.year || a.payerName.localeCompare(b.payerName, 'fr'));
}
