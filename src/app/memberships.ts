import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { appendLog } from '../domain/log';
import { editMembership as applyEdit, findMembership, newMembership, type MembershipEdit, type MembershipInput } from '../domain/memberships';
import { UsageError } from '../errors';
import { unchanged } from '../store/index';
import { parseFreeText } from '../domain/text';
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

/** `membership edit`: corrects the paid-on day, amount or reference of a recorded cotisation; logged; nothing changed writes nothing. */
export async function editMembershipRecord(
  deps: Deps,
  payerRef: string,
  year: string | number | undefined,
  input: MembershipEdit,
): Promise<{ membership: Membership & { payerName: string }; changed: string[] }> {
  if (input.paidOn === undefined && input.amount === undefined && input.reference === undefined) throw new UsageError('membershipEditNothing', {});
  return deps.store.update((data) => {
    const { membership } = findMembership(data, payerRef, year);
    const { next, changed } = applyEdit(membership, input);
    const result = { membership: { ...next, payerName: payerName(data, next) }, changed };
    if (changed.length === 0) return unchanged(result);
    data.memberships[data.memberships.indexOf(membership)] = next;
    appendLog(data, {
      at: deps.clock(),
      user: deps.user,
      action: 'membership.edit',
      target: next.organisationId ?? next.memberId,
      // Field names and values, except the reference's text (it may name a person).
      details: { id: next.id, year: next.year, fields: changed, paidOn: next.paidOn, amountCents: next.amountCents },
    });
    return result;
  });
}

/** `membership cancel`: removes a cotisation recorded by mistake, with a reason kept in the log (with what it was). */
export async function cancelMembershipRecord(deps: Deps, payerRef: string, year: string | number | undefined, reasonInput: string | undefined): Promise<Membership & { payerName: string }> {
  if (reasonInput === undefined) throw new UsageError('membershipCancelNeedsReason', {});
  const reason = parseFreeText(reasonInput, 500);
  if (reason === null) throw new UsageError('invalidText', { option: '--reason', value: reasonInput });
  return deps.store.update((data) => {
    // Removing a cotisation left on an erased person adds nothing to their record: allowed.
    const { membership } = findMembership(data, payerRef, year, 'allow');
    const name = payerName(data, membership);
    data.memberships.splice(data.memberships.indexOf(membership), 1);
    appendLog(data, {
      at: deps.clock(),
      user: deps.user,
      action: 'membership.cancel',
      target: membership.organisationId ?? membership.memberId,
      details: { id: membership.id, year: membership.year, paidOn: membership.paidOn, amountCents: membership.amountCents, reason },
    });
    return { ...membership, payerName: name };
  });
}
