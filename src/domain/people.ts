import { UsageError } from '../errors';
import type { Member, Organisation, StoreData } from '../store/index';
import { PersonMatcher, type MemberMatch } from './personMatch';
import { closestValues } from './suggest';
import { closeOrganisations } from './closeOrganisations';
import { searchKey } from './text';

/** "Véronique Bernard". */
export function fullName(m: Pick<Member, 'firstName' | 'lastName'>): string {
  return `${m.firstName} ${m.lastName}`;
}

/** One line per candidate, so the organiser can tell namesakes apart: name, e-mail, organisation, id. */
export function describeMember(m: Member, organisations: ReadonlyMap<string, Organisation> | readonly Organisation[]): string {
  const orgs = organisations instanceof Map ? organisations : new Map((organisations as Organisation[]).map((o) => [o.id, o]));
  const org = m.organisationId ? ` — ${orgs.get(m.organisationId)?.name ?? m.organisationId}` : '';
  return `${fullName(m)} <${m.email}>${org} (${m.id})`;
}

export type { MemberMatch } from './personMatch';

/** How many candidates an ambiguity or a "did you mean" lists at most. */
export const CANDIDATES_SHOWN = 10;

/**
 * Finds the person a REF names (see PersonMatcher): an id, an e-mail (any case), a full name in
 * any order, case, accents, apostrophes, hyphens or spaces inside names, or initials ("V. Bernard").
 *
 * A part of a name (a last name alone, "Bernard") never selects a person by itself: when it fits
 * several people they are all returned as candidates (`many`); when it fits one person only, that
 * person is suggested (`none`), so that nobody is picked by accident. Typos are suggested too.
 */
export function matchMember(members: readonly Member[], ref: string): MemberMatch {
  return PersonMatcher.exact(members, ref) ?? new PersonMatcher(members).match(ref);
}

/** Candidate lines under an error: at most CANDIDATES_SHOWN, then how many more. */
export function candidateLines(found: readonly Member[], organisations: readonly Organisation[]): string[] {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const lines = found.slice(0, CANDIDATES_SHOWN).map((m) => describeMember(m, orgs));
  if (found.length > CANDIDATES_SHOWN) lines.push(`… (+${found.length - CANDIDATES_SHOWN})`);
  return lines;
}

/**
 * The one person REF names, or a UsageError listing the candidates or the closest names. An erased
 * person's anonymous record (anonyme-N) is refused (memberErased, exit 2): nothing may be added to
 * it or done in its name. Only what reads or removes (member show, member export, member forget,
 * cancelling a seat it still holds) takes it, through resolveMemberOrErased.
 */
export function resolveMember(data: StoreData, ref: string): Member {
  return resolveIn(data.members, data, ref);
}

/** The same, but an erased person's anonymous record named by its id is returned (reading, erasing again, freeing a seat). */
export function resolveMemberOrErased(data: StoreData, ref: string): Member {
  const match = matchMember(data.members, ref);
  return match.kind === 'erased' ? match.member : memberOrThrow(match, data, ref);
}

/** The same among `members` only (e.g. the registrants of a session); candidates are described with `data`. */
export function resolveIn(members: readonly Member[], data: Pick<StoreData, 'organisations'>, ref: string): Member {
  return memberOrThrow(matchMember(members, ref), data, ref);
}

/** The person of a match, or the UsageError (exit 2) saying who it could be: several, one "did you mean", or the closest. */
export function memberOrThrow(match: MemberMatch, data: Pick<StoreData, 'organisations'>, ref: string): Member {
  if (match.kind === 'one') return match.member;
  throw memberMatchError(match, data, ref);
}

/** The error for a REF that names nobody or several people, with the candidates. */
export function memberMatchError(match: Exclude<MemberMatch, { kind: 'one' }>, data: Pick<StoreData, 'organisations'>, ref: string): UsageError {
  if (match.kind === 'erased') return erasedError(match.member);
  if (match.kind === 'many') {
    return new UsageError('memberAmbiguous', { ref, count: match.members.length }, candidateLines(match.members, data.organisations));
  }
  if (match.suggestions.length === 1) {
    return new UsageError('memberDidYouMean', { ref, candidate: describeMember(match.suggestions[0]!, data.organisations), id: match.suggestions[0]!.id });
  }
  if (match.suggestions.length > 1) return new UsageError('memberNotFoundClosest', { ref }, candidateLines(match.suggestions, data.organisations));
  return new UsageError('memberNotFound', { ref });
}

/** The refusal of an erased person's anonymous record (exit 2), the same on every path. */
export function erasedError(member: Pick<Member, 'id'>): UsageError {
  return new UsageError('memberErased', { id: member.id });
}

/** The organisation REF names: its id or its name (compared like people's names). */
export function findOrganisation(organisations: readonly Organisation[], ref: string): Organisation | undefined {
  const text = ref.normalize('NFC').trim();
  const key = searchKey(text);
  return organisations.find((o) => o.id === text) ?? organisations.find((o) => searchKey(o.name) === key);
}

/** The organisations a mistyped REF most likely means: by its words ("PNR des Baronies"), else by its whole name within a few typos. */
export function closestOrganisations(data: Pick<StoreData, 'organisations'>, ref: string): Organisation[] {
  const byWords = closeOrganisations(data.organisations, ref);
  if (byWords.length > 0) return byWords;
  return closestValues(
    data.organisations.map((o) => o.name),
    ref,
  ).map((name) => data.organisations.find((x) => x.name === name)!);
}

/** No organisation is REF: the closest ones proposed ("Vouliez-vous dire …"), else what to do. */
export function orgNotFoundError(data: Pick<StoreData, 'organisations'>, ref: string): UsageError {
  const close = closestOrganisations(data, ref).map((o) => `${o.name} (${o.id})`);
  return close.length > 0 ? new UsageError('orgDidYouMean', { ref, suggestions: close }) : new UsageError('orgNotFound', { ref });
}

export function resolveOrganisation(data: StoreData, ref: string): Organisation {
  const org = findOrganisation(data.organisations, ref);
  if (!org) {
    // The closest names, as for people and sessions.
    throw orgNotFoundError(data, ref);
  }
  return org;
}
