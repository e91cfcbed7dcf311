import { UsageError } from '../errors';
import type { Member, Organisation, StoreData } from '../store/index';
import { editDistance, searchKey, wordsOf } from './text';

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

export type MemberMatch =
  | { kind: 'one'; member: Member }
  | { kind: 'many'; members: Member[] }
  | { kind: 'none'; suggestions: Member[] };

/** How many candidates an ambiguity or a "did you mean" lists at most. */
export const CANDIDATES_SHOWN = 10;

/**
 * Finds the person a REF names: an id, an e-mail (any case), or a full name compared without case,
 * accents, ligatures, apostrophe or hyphen forms, extra spaces or word order.
 *
 * A part of a name (a last name alone, "Bernard") never selects a person by itself: when it is
 * every word of several people's names they are all returned as candidates (`many`); when it
 * fits one person only, that person is suggested (`none`), so that nobody is picked by accident.
 */
export function matchMember(members: readonly Member[], ref: string): MemberMatch {
  const text = ref.normalize('NFC').trim();
  const byId = members.find((m) => m.id === text);
  if (byId) return { kind: 'one', member: byId };
  const lower = text.toLowerCase();
  const byEmail = members.find((m) => m.email === lower);
  if (byEmail) return { kind: 'one', member: byEmail };
  const words = wordsOf(text);
  if (words.length === 0) return { kind: 'none', suggestions: [] };
  const key = [...words].sort().join(' ');
  const keys = members.map((m) => searchKey(fullName(m)));
  const named = members.filter((_, i) => keys[i] === key);
  if (named.length === 1) return { kind: 'one', member: named[0]! };
  if (named.length > 1) return { kind: 'many', members: named };
  const partial = members.filter((_, i) => containsWords(keys[i]!.split(' '), words));
  if (partial.length > 1) return { kind: 'many', members: partial };
  const scored = members
    .map((m, i) => ({ m, d: editDistance(keys[i]!, key) }))
    .filter(({ m, d }) => d <= Math.max(2, Math.floor(key.length / 4)) && m !== partial[0])
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  return { kind: 'none', suggestions: [...partial, ...scored.map(({ m }) => m)] };
}

/** True when every word of `wanted` is one of `have` (each used once). */
function containsWords(have: readonly string[], wanted: readonly string[]): boolean {
  const left = [...have];
  for (const w of wanted) {
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/** Candidate lines under an error: at most CANDIDATES_SHOWN, then how many more. */
export function candidateLines(found: readonly Member[], organisations: readonly Organisation[]): string[] {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const lines = found.slice(0, CANDIDATES_SHOWN).map((m) => describeMember(m, orgs));
  if (found.length > CANDIDATES_SHOWN) lines.push(`… (+${found.length - CANDIDATES_SHOWN})`);
  return lines;
}

/** The one person REF names, or a UsageError listing the candidates or the closest names. */
export function resolveMember(data: StoreData, ref: string): Member {
  return resolveIn(data.members, data, ref);
}

/** The same among `members` only (e.g. the registrants of a session); candidates are described with `data`. */
export function resolveIn(members: readonly Member[], data: Pick<StoreData, 'organisations'>, ref: string): Member {
  const match = matchMember(members, ref);
  if (match.kind === 'one') return match.member;
  if (match.kind === 'many') {
    throw new UsageError('memberAmbiguous', { ref, count: match.members.length }, candidateLines(match.members, data.organisations));
  }
  throw new UsageError('memberNotFound', { ref }, candidateLines(match.suggestions, data.organisations));
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
