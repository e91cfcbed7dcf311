import { UsageError } from '../errors';
import { ROLES, vocabularyValue } from './vocabulary';
import type { Member, Role, StoreData } from '../store/index';
import { isAnonymousEmail, parseEmail, parsePhone } from './contact';
import { erasedError, orgNotFoundError } from './people';
import { scanPeople, type PeopleLookup } from './peopleIndex';
import { Problems } from './problems';
import { cleanText, firstForbiddenCharacter, parseName, uniqueId } from './text';
import { slugify } from './slugify';

/** Roles from repeated and/or comma-separated values; each must be one of the fixed list. */
export function parseRoles(values: readonly string[]): Role[] {
  const roles = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      // The code (any case) or the French word caprural shows for it (`autre`), as for --kind and --status.
      const role = vocabularyValue(ROLES, v);
      if (role === undefined) throw new UsageError('invalidRole', { value: v.toLowerCase(), allowed: ROLES.join(', ') });
      return role;
    });
  return [...new Set(roles)];
}

/**
 * A name typed for `option`; without `option`, a file's cell (the caller names its column). `what`
 * says which name it is (from --first / --last when not given), and the refusal says why.
 */
export function requireName(value: string | undefined, option?: string, what?: 'first' | 'last'): string {
  if (value === undefined) throw new UsageError('missingOption', { option: option ?? '' });
  const name = parseName(value);
  if (name === null) {
    const which = what ?? (option === '--first' ? 'first' : option === '--last' ? 'last' : 'name');
    throw new UsageError('invalidName', { ...(option === undefined ? {} : { option }), value, what: which, ...nameFault(value) });
  }
  return name;
}

/** Why a text is not a name: empty, a control or invisible character, too long, or a character no name holds. */
function nameFault(value: string): { fault: 'empty' | 'control' | 'long' | 'character'; char?: string } {
  const control = firstForbiddenCharacter(value);
  if (control !== undefined) return { fault: 'control', char: control };
  const name = cleanText(value);
  if (name === '') return { fault: 'empty' };
  if (name.length > 100) return { fault: 'long' };
  const odd = /^[^\p{L}\p{M}]|[^\p{L}\p{M} '’.-]/u.exec(name)?.[0];
  return odd === undefined ? { fault: 'character' } : { fault: 'character', char: odd };
}

export function requireEmail(value: string | undefined): string {
  if (value === undefined) throw new UsageError('missingOption', { option: '--email' });
  const email = parseEmail(value);
  if (email === null) throw new UsageError('invalidEmail', { value });
  if (isAnonymousEmail(email)) throw new UsageError('emailReserved', { value });
  return email;
}

export function requirePhone(value: string): string {
  const phone = parsePhone(value);
  if (phone === null) throw new UsageError('invalidPhone', { value });
  return phone;
}

/** Throws when another person (not `selfId`) already has this e-mail. */
export function requireUniqueEmail(index: PeopleLookup, email: string, selfId?: string): void {
  const other = index.emailOwner(email);
  if (other && other.id !== selfId) throw new UsageError('emailTaken', { email, id: other.id });
}

export interface MemberInput {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  organisation?: string;
  roles?: readonly string[];
}

/**
 * A new person from raw input, every field checked; all problems are reported together.
 * `index` (built from `data` when not given) is what a bulk import keeps up to date across rows.
 */
export function newMember(data: StoreData, input: MemberInput, now: Date, index: PeopleLookup = scanPeople(data), id?: string): Member {
  const problems = new Problems();
  const firstName = problems.check(() => requireName(input.firstName, '--first'));
  const lastName = problems.check(() => requireName(input.lastName, '--last'));
  const email = problems.check(() => requireEmail(input.email));
  if (email) problems.check(() => requireUniqueEmail(index, email));
  const phone = input.phone ? problems.check(() => requirePhone(input.phone!)) : null;
  let organisationId: string | null = null;
  if (input.organisation) {
    const org = index.findOrganisation(input.organisation);
    if (org) organisationId = org.id;
    else problems.add(orgNotFoundError(data, input.organisation));
  }
  const roles = problems.check(() => parseRoles(input.roles ?? [])) ?? [];
  problems.throwIfAny();
  return {
    id: id && !index.hasMemberId(id) ? id : uniqueId(slugify(`${firstName} ${lastName}`), (taken) => index.hasMemberId(taken)),
    firstName: firstName!,
    lastName: lastName!,
    email: email!,
    phone: phone ?? null,
    organisationId,
    roles,
    createdAt: now.toISOString(),
    anonymisedAt: null,
  };
}

/** Applies the given changes to a person, with the same checks as a new one. */
export function editMember(data: StoreData, member: Member, input: MemberInput, index: PeopleLookup = scanPeople(data)): Member {
  // An erased person's anonymous record takes no new data (member edit, an import's row).
  if (member.anonymisedAt != null) throw erasedError(member);
  const problems = new Problems();
  const next: Member = { ...member };
  if (input.firstName !== undefined) next.firstName = problems.check(() => requireName(input.firstName, '--first')) ?? member.firstName;
  if (input.lastName !== undefined) next.lastName = problems.check(() => requireName(input.lastName, '--last')) ?? member.lastName;
  if (input.email !== undefined) {
    const email = problems.check(() => requireEmail(input.email));
    if (email) {
      problems.check(() => requireUniqueEmail(index, email, member.id));
      next.email = email;
    }
  }
  if (input.phone !== undefined) next.phone = input.phone.trim() === '' ? null : (problems.check(() => requirePhone(input.phone!)) ?? member.phone);
  if (input.organisation !== undefined) {
    if (input.organisation.trim() === '') next.organisationId = null;
    else {
      const org = index.findOrganisation(input.organisation);
      if (org) next.organisationId = org.id;
      else problems.add(orgNotFoundError(data, input.organisation));
    }
  }
  if (input.roles !== undefined) next.roles = problems.check(() => parseRoles(input.roles!)) ?? member.roles;
  problems.throwIfAny();
  return next;
}
