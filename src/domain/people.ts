import { UsageError } from '../errors';
import type { Member, Organisation, StoreData } from '../store/schema';
import { editDistance, searchKey } from './text';

/** "Véronique Bernard". */
export function fullName(m: Pick<Member, 'firstName' | 'lastName'>): string {
  return `${m.firstName} ${m.lastName}`;
}

/** One line per candidate, so the organiser can tell namesakes apart: name, e-mail, organisation, id. */
export function describeMember(m: Member, organisations: ReadonlyMap<string, Organisation> | readonly Organisation[]): string {
  const orgs = organisations instanceof Map ? organisations : new Map((organisations as Organisation[]).map((o) => [o.id, o]));
  const org = m.organisationId ? orgs.get(m.organisationId)?.name ?? m.organisationId : '—';
  return `${fullName(m)} <${m.email}> — ${org} (${m.id})`;
}

export type MemberMatch =
  | { kind: 'one'; member: Member }
  | { kind: 'many'; members: Member[] }
  | { kind: 'none'; suggestions: Member[] };

/**
 * Finds the person a REF names: an id, an e-mail (any case), or a name compared without case,
 * accents, ligatures, apostrophe or hyphen forms, extra spaces or word order.
 */
export function matchMember(members: readonly Member[], ref: string): MemberMatch {
  const text = ref.normalize('NFC').trim();
  const byId = members.find((m) => m.id === text);
  if (byId) return { kind: 'one', member: byId };
  const lower = text.toLowerCase();
  const byEmail = members.find((m) => m.email === lower);
  if (byEmail) return { kind: 'one', member: byEmail };
  const key = searchKey(text);
  const named = members.filter((m) => searchKey(fullName(m)) === key);
  if (named.length === 1) return { kind: 'one', member: named[0]! };
  if (named.length > 1) return { kind: 'many', members: named };
  const scored = members
    .map((m) => ({ m, d: editDistance(searchKey(fullName(m)), key) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(key.length / 4)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  return { kind: 'none', suggestions: scored.map(({ m }) => m) };
}

/** The one person REF names, or a UsageError listing the candidates or the closest names. */
export function resolveMember(data: StoreData, ref: string): Member {
  const match = matchMember(data.members, ref);
  if (match.kind === 'one') return match.member;
  if (match.kind === 'many') {
    throw new UsageError('memberAmbiguous', { ref, count: match.members.length }, match.members.map((m) => describeMember(m, data.organisations)));
  }
  throw new UsageError('memberNotFound', { ref }, match.suggestions.map((m) => describeMember(m, data.organisations)));
}

/** The organisation REF names: its id or its name (compared like people's names). */
export function findOrganisation(organisations: readonly Organisation[], ref: string): Organisation | undefined {
  const text = ref.normalize('NFC').trim();
  const key = searchKey(text);
  return organisations.find((o) => o.id === text) ?? organisations.find((o) => searchKey(o.name) === key);
}

export function resolveOrganisation(data: StoreData, ref: string): Organisation {
  const org = findOrganisation(data.organisations, ref);
  if (!org) throw new UsageError('orgNotFound', { ref });
  return org;
}
