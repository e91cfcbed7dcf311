import { UsageError } from '../errors';
import { ORG_KINDS, vocabularyValue } from './vocabulary';
import type { Organisation, OrgKind, StoreData } from '../store/index';
import { Problems } from './problems';
import { parseFreeText, searchKey, uniqueId } from './text';
import { slugify } from './slugify';

export interface OrganisationInput {
  name?: string;
  kind?: string;
  territory?: string;
}

export function parseOrgKind(value: string): OrgKind {
  const kind = vocabularyValue(ORG_KINDS, value);
  if (!kind) throw new UsageError('invalidOrgKind', { value, allowed: ORG_KINDS.join(', ') });
  return kind;
}

/** A new organisation; its id is made from its name. Two organisations cannot share a name. */
export function newOrganisation(data: StoreData, input: OrganisationInput): Organisation {
  const problems = new Problems();
  const name = input.name === undefined ? null : parseFreeText(input.name, 200);
  if (name === null) problems.add(new UsageError('invalidOrgName', { value: input.name ?? '' }));
  else {
    const same = data.organisations.find((o) => searchKey(o.name) === searchKey(name));
    if (same) problems.add(new UsageError('orgTaken', { name, id: same.id }));
  }
  const kind = input.kind ? problems.check(() => parseOrgKind(input.kind!)) : 'other';
  let territory: string | null = null;
  if (input.territory !== undefined && input.territory.trim() !== '') {
    territory = parseFreeText(input.territory, 200);
    if (territory === null) problems.add(new UsageError('invalidText', { option: '--territory', value: input.territory }));
  }
  problems.throwIfAny();
  const taken = new Set(data.organisations.map((o) => o.id));
  return { id: uniqueId(slugify(name!), (id) => taken.has(id)), name: name!, kind: kind!, territory };
}
