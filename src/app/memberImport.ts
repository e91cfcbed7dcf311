import { emailKey } from '../domain/contact';
import { appendLog } from '../domain/log';
import type { LookAlike } from '../domain/lookAlike';
import { editMember, newMember, parseRoles, requireEmail, requireName, requirePhone, type MemberInput } from '../domain/members';
import { Problems } from '../domain/problems';
import { newOrganisation } from '../domain/organisations';
import { PeopleIndex } from '../domain/peopleIndex';
import { CapruralError, UsageError, type Detail } from '../errors';
import type { CsvTable } from '../csv/readCsv';
import { mapHeader, MEMBER_COLUMNS } from '../domain/csvColumns';
import { unneutralise } from '../export/neutralise';
import { changedFields } from '../domain/changedFields';
import type { Member, StoreData } from '../store/index';
import { fullName } from '../domain/people';
import { searchKey, wordsOf } from '../domain/text';
import { lettersOf, outsideLetters } from '../domain/letterFilter';
import type { Deps } from './deps';
import { isMadeIdShape } from '../domain/text';
import { isAnonymousId } from '../domain/anonymise';

/** An id given in a file follows the rules of the ids caprural makes: lower-case letters and digits joined by single hyphens, at most 80 characters; anonyme-N is reserved. */
function requireImportedId(value: string): void {
  if (!isMadeIdShape(value) || isAnonymousId(value)) throw new UsageError('invalidImportedId', { value });
}

/** A person the import updates: the fields changed, and for a move to another organisation, from which to which (names). */
export interface MemberImportChange {
  id: string;
  fields: string[];
  /** The cotisation the person had through the organisation left (its last year) that the new one has not paid: their next registration for that year is refused (R3). */
  organisation?: { from: string | null; to: string | null; unpaidYear?: number };
}

/** A key of MEMBER_COLUMNS. */
type MemberColumn = keyof typeof MEMBER_COLUMNS;

export interface MemberImportReport {
  rows: number;
  created: string[];
  updated: string[];
  /** The fields changed, person by person (those updated). */
  changes: MemberImportChange[];
  unchanged: number;
  organisationsCreated: string[];
  /** The organisations created, with their names. */
  newOrganisations: Array<{ id: string; name: string }>;
  /** The file's headers that name no column caprural reads (a French list's `Fonction`), as written: said, never dropped silently. */
  columnsNotRead: string[];
  dryRun: boolean;
}

/**
 * The rows as cells keyed by column (MEMBER_COLUMNS: the English keys and French headers of `export
 * members`, and the usual synonyms: Courriel, Prénom…), and the headers of the other columns (not read).
 */
function keyedRows(table: CsvTable): { headers: string[]; written: Record<string, string>; notRead: string[]; rows: Array<{ line: number; cells: Record<string, string> }> } {
  const columns = Object.entries(mapHeader(table.header, MEMBER_COLUMNS)) as Array<[string, number]>;
  const rows = table.rows.map(({ line, cells }) => {
    const keyed: Record<string, string> = {};
    for (const [key, i] of columns) if (cells[i] !== undefined) keyed[key] = unneutralise(cells[i]);
    return { line, cells: keyed };
  });
  const read = new Set(columns.map(([, i]) => i));
  const notRead = table.header.filter((h, i) => !read.has(i) && h.replace(/^\uFEFF/, '').trim() !== '');
  const written = Object.fromEntries(columns.map(([key, i]) => [key, table.header[i]!.replace(/^\uFEFF/, '').trim() || key]));
  return { headers: columns.map(([key]) => key), written, notRead, rows };
}

/**
 * Applies a members CSV to the data: a row whose member_id or e-mail is known updates that
 * person, any other row adds one; an unknown organisation named in a row is created. Every
 * bad row is collected; if there is any, nothing is applied and all are reported with their line.
 */
function applyImport(data: StoreData, table: CsvTable, file: string, now: Date, user: string): Omit<MemberImportReport, 'dryRun'> {
  const { headers, written, notRead, rows } = keyedRows(table);
  /** A column as the file's header names it: a bad cell is named by it. */
  const headerOf = (key: MemberColumn) => written[key] ?? key;
  const missing = ['last_name', 'first_name', 'email'].filter((k) => !headers.includes(k));
  if (missing.length > 0) throw new UsageError('csvMissingColumns', { file, columns: missing.join(', ') });
  const index = new PeopleIndex(data);
  const byId = new Map(data.members.map((m, i) => [m.id, i]));
  const report = {
    rows: rows.length,
    created: [] as string[],
    updated: [] as string[],
    changes: [] as MemberImportChange[],
    unchanged: 0,
    organisationsCreated: [] as string[],
    newOrganisations: [] as Array<{ id: string; name: string }>,
    columnsNotRead: notRead,
  };
  // Only the columns the file has are applied: an absent column leaves the field as it is; an
  // empty cell in a present column clears it (phone, organisation, roles).
  const has = new Set(headers);
  const column = (key: string, cells: Record<string, string>) => (has.has(key) ? (cells[key] ?? '') : undefined);
  const problems: Detail[] = [];
  const seen = new Map<string, number>();
  // A move to another organisation, said with the names and the cotisation it leaves behind.
  let paid: Map<string, Set<number>> | undefined;
  const paidBy = (payer: string) => {
    paid ??= data.memberships.reduce((map, m) => {
      const key = m.organisationId ?? `member:${m.memberId}`;
      return map.set(key, (map.get(key) ?? new Set()).add(m.year));
    }, new Map<string, Set<number>>());
    return paid.get(payer) ?? new Set<number>();
  };
  const orgName = (id: string | null) => (id === null ? null : (index.orgById.get(id)?.name ?? id));
  const move = (before: Member, after: Member): NonNullable<MemberImportChange['organisation']> => {
    const own = paidBy(`member:${after.id}`);
    const now = after.organisationId === null ? new Set<number>() : paidBy(after.organisationId);
    const lost = before.organisationId === null ? [] : [...paidBy(before.organisationId)].filter((y) => !now.has(y) && !own.has(y));
    const from = orgName(before.organisationId);
    const to = orgName(after.organisationId);
    return lost.length > 0 ? { from, to, unpaidYear: Math.max(...lost) } : { from, to };
  };
  for (const { line, cells } of rows) {
    // Every cell checked first, each fault named by its column (newMember and editMember name the flags).
    const cellProblems = new Problems();
    const present = (key: MemberColumn) => has.has(key) && cells[key] !== undefined;
    for (const key of ['first_name', 'last_name'] as const) cellProblems.check(() => requireName(cells[key] ?? '', undefined, key === 'first_name' ? 'first' : 'last'), headerOf(key));
    const validEmail = cellProblems.check(() => requireEmail(cells.email ?? ''), headerOf('email'));
    if (present('phone') && cells.phone!.trim() !== '') cellProblems.check(() => requirePhone(cells.phone!), headerOf('phone'));
    if (present('roles') && cells.roles!.trim() !== '') cellProblems.check(() => parseRoles([cells.roles!]), headerOf('roles'));
    // An id that names no one yet would be given to a new record: it must be one caprural could have made.
    if (cells.member_id && !byId.has(cells.member_id)) cellProblems.check(() => requireImportedId(cells.member_id!), headerOf('member_id'));
    if (cells.organisation_id && !index.orgById.has(cells.organisation_id)) cellProblems.check(() => requireImportedId(cells.organisation_id!), headerOf('organisation_id'));
    // A row updates a person known before the import; twice the same e-mail in one file is a mistake.
    const email = emailKey(cells.email ?? '');
    if (validEmail === undefined) {
      /* said above */
    } else if (seen.has(email)) cellProblems.add(new UsageError('duplicateInFile', { email, line: seen.get(email)! }), headerOf('email'));
    else seen.set(email, line);
    if (cellProblems.all.length > 0) {
      problems.push(...cellProblems.located.map((p) => ({ line, ...p })));
      continue;
    }
    try {
      let organisation = cells.organisation_id || cells.organisation || undefined;
      if (organisation && !index.findOrganisation(organisation) && cells.organisation) {
        const org = newOrganisation(data, { name: cells.organisation, kind: 'other' });
        if (cells.organisation_id && !index.orgById.has(cells.organisation_id)) org.id = cells.organisation_id;
        data.organisations.push(org);
        index.addOrganisation(org);
        report.organisationsCreated.push(org.id);
        report.newOrganisations.push({ id: org.id, name: org.name });
        organisation = org.id;
      }
      const orgColumn = has.has('organisation_id') || has.has('organisation');
      const roles = column('roles', cells);
      const input: MemberInput = {
        firstName: column('first_name', cells),
        lastName: column('last_name', cells),
        email: column('email', cells),
        phone: column('phone', cells),
        organisation: orgColumn ? (organisation ?? '') : undefined,
        roles: roles === undefined ? undefined : roles.trim() ? [roles] : [],
      };
      const known = (cells.member_id && byId.has(cells.member_id) ? data.members[byId.get(cells.member_id)!] : undefined) ?? index.byEmail.get(email);
      if (known) {
        const next = editMember(data, known, input, index);
        const changed = changedFields(known, next);
        if (changed.length === 0) {
          report.unchanged += 1;
          continue;
        }
        data.members[byId.get(known.id)!] = next;
        index.replaceMember(known, next);
        report.updated.push(next.id);
        report.changes.push(known.organisationId === next.organisationId ? { id: next.id, fields: changed } : { id: next.id, fields: changed, organisation: move(known, next) });
      } else {
        const member = newMember(data, { ...input, phone: input.phone || undefined, organisation: input.organisation || undefined }, now, index, cells.member_id || undefined);
        byId.set(member.id, data.members.length);
        data.members.push(member);
        index.addMember(member);
        report.created.push(member.id);
      }
    } catch (error) {
      if (!(error instanceof CapruralError)) throw error;
      // What only the whole record shows: an e-mail already someone else's, an organisation id unknown.
      const column =
        error.key === 'emailTaken'
          ? headerOf('email')
          : error.key === 'orgNotFound' || error.key === 'orgDidYouMean'
            ? headerOf(has.has('organisation_id') ? 'organisation_id' : 'organisation')
            : undefined;
      problems.push(column === undefined ? { line, error } : { line, column, error });
      for (const more of error.details) if (more instanceof CapruralError) problems.push({ line, error: more });
    }
  }
  if (problems.length > 0) throw new UsageError('memberImportInvalid', { file, count: new Set(problems.map((p) => (p as { line: number }).line)).size }, problems);
  appendLog(data, {
    at: now,
    user,
    action: 'member.import',
    target: null,
    details: {
      file,
      created: report.created.length,
      updated: report.updated.length,
      unchanged: report.unchanged,
      organisationsCreated: report.organisationsCreated,
      changes: report.changes.map((c) => [c.id, ...c.fields]),
    },
  });
  return report;
}

/** A person the import creates although someone (on file, or earlier in the file) already has the same full name. */
export interface ImportNamesake {
  member: Member;
  /** The others with that name: a different e-mail, so the import could not know they are one person. */
  existing: Member[];
}

/**
 * The people created whose full name (compared as the person matcher compares names: case, accents
 * and punctuation aside, searchKey) someone else already has. One pass over everyone, so a
 * 20,000-row import stays linear. `member add` asks about a namesake; an import cannot, so it says.
 * `targets`: the people created, when the caller has them (else found by id).
 */
export function importNamesakes(members: readonly Member[], created: ReadonlySet<string>, targets = members.filter((m) => created.has(m.id))): ImportNamesake[] {
  if (created.size === 0) return [];
  const keyOf = new Map(targets.map((m) => [m, searchKey(fullName(m))]));
  const keys = new Set(keyOf.values());
  // Only people each of whose letters is a letter of a created person's name can share a name
  // with them: the others are skipped on one scan of their name (src/domain/letterFilter.ts).
  const skip = outsideLetters(lettersOf(targets.flatMap((m) => wordsOf(fullName(m)))), (c) => c.toLowerCase());
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    if (m.anonymisedAt !== null || skip?.test(m.firstName) || skip?.test(m.lastName)) continue;
    const key = searchKey(fullName(m));
    if (!keys.has(key)) continue;
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  return targets.map((m) => ({ member: m, existing: (byName.get(keyOf.get(m)!) ?? []).filter((o) => o.id !== m.id) })).filter((n) => n.existing.length > 0);
}

/** `member import`: one locked write for the whole file, or none if any row is bad (or with dryRun). */
export async function importMembers(
  deps: Deps,
  table: CsvTable,
  file: string,
  options: { dryRun?: boolean } = {},
): Promise<MemberImportReport & { lookAlikes: LookAlike[]; namesakes: ImportNamesake[] }> {
  const { findLookAlikes } = await import('../domain/lookAlike');
  // The people created, checked against everyone (those of the file included) for look-alikes.
  const apply = (data: StoreData) => {
    const report = applyImport(data, table, file, deps.clock(), deps.user);
    const created = new Set(report.created);
    return {
      ...report,
      lookAlikes: findLookAlikes(
        data.members,
        data.members.filter((m) => created.has(m.id)),
      ),
      namesakes: importNamesakes(data.members, created),
    };
  };
  if (options.dryRun) return { ...apply(await deps.store.read()), dryRun: true };
  const report = await deps.store.update(apply);
  return { ...report, dryRun: false };
}
