import { appendLog } from '../domain/log';
import { newOrganisation, type OrganisationInput } from '../domain/organisations';
import { resolveOrganisation } from '../domain/people';
import type { Member, Membership, Organisation } from '../store/index';
import type { Deps } from './deps';

export async function addOrganisation(deps: Deps, input: OrganisationInput): Promise<Organisation> {
  return deps.store.update((data) => {
    const org = newOrganisation(data, input);
    data.organisations.push(org);
    appendLog(data, { at: deps.clock(), user: deps.user, action: 'org.add', target: org.id, details: { name: org.name } });
    return org;
  });
}

export async function listOrganisations(deps: Deps): Promise<Array<Organisation & { members: number; cotisationYears: number[] }>> {
  const data = await deps.store.read();
  const members = new Map<string, number>();
  for (const m of data.members) if (m.organisationId) members.set(m.organisationId, (members.get(m.organisationId) ?? 0) + 1);
  return [...data.organisations]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((o) => ({
      ...o,
      members: members.get(o.id) ?? 0,
      cotisationYears: data.memberships
        .filter((m) => m.organisationId === o.id)
        .map((m) => m.year)
        .sort(),
    }));
}

export async function showOrganisation(deps: Deps, ref: string): Promise<{ organisation: Organisation; members: Member[]; memberships: Membership[] }> {
  const data = await deps.store.read();
  const organisation = resolveOrganisation(data, ref);
  return {
    organisation,
    members: data.members.filter((m) => m.organisationId === organisation.id),
    memberships: data.memberships.filter((m) => m.organisationId === organisation.id).sort((a, b) => a.year - b.year),
  };
}
