import { appendLog } from '../domain/log';
import type { LookAlike } from '../domain/lookAlike';
import { editMember as applyEdit, newMember, type MemberInput } from '../domain/members';
import { findOrganisation, resolveMember, resolveMemberOrErased } from '../domain/people';
import { UsageError } from '../errors';
import type { Member, Membership, Organisation, Registration } from '../store/index';
import type { Deps } from './deps';
import { unchanged } from '../store/index';
import { changedFields } from '../domain/changedFields';
import { importNamesakes } from './memberImport';

/** The person added, and who they look like (a confusable name or e-mail, mixed alphabets): warnings only. */
export interface AddedMember {
  member: Member;
  lookAlikes: LookAlike[];
  /** Others who already had this full name (another e-mail): at a terminal the organiser was asked; without one, the command says it. */
  namesakes: Member[];
}

export async function addMember(deps: Deps, input: MemberInput): Promise<AddedMember> {
  const { findLookAlikes } = await import('../domain/lookAlike');
  return deps.store.update((data) => {
    const member = newMember(data, input, deps.clock());
    data.members.push(member);
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'member.add', target: member.id, details: {} });
    return { member, lookAlikes: findLookAlikes(data.members, [member]), namesakes: importNamesakes(data.members, new Set([member.id]), [member])[0]?.existing ?? [] };
  });
}

/**
 * The people on file, by name. Erased people's anonymous records (anonyme-N) are not listed, only
 * counted (`erased`): they are no one's data any more; `member show anonyme-N` reads one.
 */
export async function listMembers(deps: Deps, filter: { organisation?: string } = {}): Promise<{ members: Member[]; erased: number }> {
  const data = await deps.store.read();
  let members = data.members.filter((m) => m.anonymisedAt == null);
  const erased = data.members.length - members.length;
  if (filter.organisation) {
    const org = findOrganisation(data.organisations, filter.organisation);
    if (!org) throw new UsageError('orgNotFound', { ref: filter.organisation });
    members = members.filter((m) => m.organisationId === org.id);
  }
  return { members: members.sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr')), erased: filter.organisation ? 0 : erased };
}

export interface MemberDetails {
  member: Member;
  organisation: Organisation | null;
  /** Years covered by a cotisation, the person's own or their organisation's. */
  cotisationYears: number[];
  memberships: Membership[];
  registrations: Registration[];
}

export async function showMember(deps: Deps, ref: string): Promise<MemberDetails> {
  const data = await deps.store.read();
  // Reading an erased person's anonymous record is allowed (what is left of them).
  const member = resolveMemberOrErased(data, ref);
  const memberships = data.memberships.filter((m) => m.memberId === member.id || (member.organisationId !== null && m.organisationId === member.organisationId));
  return {
    member,
    organisation: data.organisations.find((o) => o.id === member.organisationId) ?? null,
    cotisationYears: [...new Set(memberships.map((m) => m.year))].sort(),
    memberships,
    registrations: data.registrations.filter((r) => r.memberId === member.id),
  };
}

export async function editMember(deps: Deps, ref: string, input: MemberInput): Promise<{ member: Member; changed: string[]; lookAlikes: LookAlike[] }> {
  const { findLookAlikes } = await import('../domain/lookAlike');
  return deps.store.update((data) => {
    const member = resolveMember(data, ref);
    const next = applyEdit(data, member, input);
    const changed = changedFields(member, next);
    if (changed.length === 0) return unchanged({ member, changed, lookAlikes: [] });
    data.members[data.members.indexOf(member)] = next;
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'member.edit', target: member.id, details: { fields: changed } });
    const identityChanged = changed.some((f) => f === 'firstName' || f === 'lastName' || f === 'email');
    return { member: next, changed, lookAlikes: identityChanged ? findLookAlikes(data.members, [next]) : [] };
  });
}
