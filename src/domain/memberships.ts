import { RuleError, UsageError } from '../errors';
import type { Membership, StoreData } from '../store/index';
import { parseDay, parseYear } from './dates';
import { candidateLines, closestOrganisations, fullName, matchMember, memberMatchError, findOrganisation } from './people';
import { parseFreeText } from './text';

export type Payer = { kind: 'organisation'; id: string; name: string } | { kind: 'member'; id: string; name: string };

/**
 * Who pays: an organisation (id or name) or a person (id, e-mail or name); both matching is ambiguous.
 * An erased person's anonymous record is refused (memberErased) unless `erased` allows it (removing a cotisation).
 */
export function resolvePayer(data: StoreData, ref: string, erased: 'refuse' | 'allow' = 'refuse'): Payer {
  const org = findOrganisation(data.organisations, ref);
  const found = matchMember(data.members, ref);
  const person = found.kind === 'erased' && erased === 'allow' ? { kind: 'one' as const, member: found.member, by: 'id' as const } : found;
  if (org && person.kind === 'one') {
    throw new UsageError('payerAmbiguous', { ref }, [`${org.name} (${org.id})`, `${fullName(person.member)} (${person.member.id})`]);
  }
  if (org) return { kind: 'organisation', id: org.id, name: org.name };
  if (person.kind === 'one') return { kind: 'member', id: person.member.id, name: fullName(person.member) };
  if (person.kind === 'many' || person.kind === 'erased') throw memberMatchError(person, data, ref);
  // Nobody: the organisations and people closest to what was typed; just one is asked about.
  const orgs = closestOrganisations(data, ref);
  const people = candidateLines(person.suggestions, data.organisations);
  if (orgs.length + people.length === 1) {
    const [candidate, id] = orgs.length === 1 ? [`${orgs[0]!.name} (${orgs[0]!.id})`, orgs[0]!.id] : [people[0]!, person.suggestions[0]!.id];
    throw new UsageError('payerDidYouMean', { ref, candidate, id });
  }
  throw new UsageError('payerNotFound', { ref }, [...orgs.map((o) => `${o.name} (${o.id})`), ...people]);
}

/** "120", "120,50", "120.50 €" -> cents. */
export function parseAmount(input: string): number {
  const match = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur|euros?)?\s*$/i.exec(input);
  if (!match) throw new UsageError('invalidAmount', { value: input });
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export interface MembershipInput {
  payer: string;
  year?: string | number;
  paidOn?: string;
  amount?: string;
  reference?: string;
}

/** A cotisation's reference (`--reference`, or typed): free text on one line, at most 200 characters; "" is none. */
export function parseReference(input: string): string | null {
  if (input.trim() === '') return null;
  const reference = parseFreeText(input, 200);
  if (reference === null) throw new UsageError('invalidText', { option: '--reference', value: input });
  return reference;
}

/** A cotisation payment; the same payer cannot pay the same year twice. */
export function newMembership(data: StoreData, input: MembershipInput, today: string): Membership {
  const payer = resolvePayer(data, input.payer);
  if (input.year === undefined) throw new UsageError('missingOption', { option: '--year' });
  const year = parseYear(input.year, '--year');
  const paidOn = input.paidOn ? parseDay(input.paidOn, '--on') : today;
  const amountCents = input.amount ? parseAmount(input.amount) : null;
  const reference = input.reference ? parseReference(input.reference) : null;
  const payerKey = payer.kind === 'organisation' ? 'organisationId' : 'memberId';
  const already = data.memberships.find((m) => m[payerKey] === payer.id && m.year === year);
  if (already) throw new RuleError('membershipAlreadyPaid', { payer: payer.name, year, paidOn: already.paidOn, id: payer.id });
  const next = data.memberships.reduce((max, m) => Math.max(max, Number(m.id.replace(/^\D+/, '')) || 0), 0) + 1;
  return {
    id: `cot-${next}`,
    organisationId: payer.kind === 'organisation' ? payer.id : null,
    memberId: payer.kind === 'member' ? payer.id : null,
    year,
    paidOn,
    amountCents,
    reference,
  };
}

/** The cotisation a payer recorded for a year (exit 2 when there is none: the command to list them is given). */
export function findMembership(data: StoreData, payerRef: string, yearInput: string | number | undefined, erased: 'refuse' | 'allow' = 'refuse'): { membership: Membership; payer: Payer } {
  const payer = resolvePayer(data, payerRef, erased);
  if (yearInput === undefined) throw new UsageError('missingOption', { option: '--year' });
  const year = parseYear(yearInput, '--year');
  const payerKey = payer.kind === 'organisation' ? 'organisationId' : 'memberId';
  const membership = data.memberships.find((m) => m[payerKey] === payer.id && m.year === year);
  if (!membership) throw new UsageError('membershipNotFound', { payer: payer.name, year });
  return { membership, payer };
}

export interface MembershipEdit {
  paidOn?: string;
  /** Euros; "" clears the amount. */
  amount?: string;
  /** "" clears the reference. */
  reference?: string;
}

/** A cotisation corrected: paid on, amount, reference (each checked like `membership pay`); the fields that changed. */
export function editMembership(membership: Membership, input: MembershipEdit): { next: Membership; changed: string[] } {
  const next: Membership = { ...membership };
  if (input.paidOn !== undefined) next.paidOn = parseDay(input.paidOn, '--on');
  if (input.amount !== undefined) next.amountCents = input.amount.trim() === '' ? null : parseAmount(input.amount);
  if (input.reference !== undefined) next.reference = parseReference(input.reference);
  const changed = (['paidOn', 'amountCents', 'reference'] as const).filter((k) => next[k] !== membership[k]);
  return { next, changed };
}
