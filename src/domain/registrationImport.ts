import { CapruralError, UsageError } from '../errors';
import { Problems } from './problems';
import { mapHeader, REGISTRATION_COLUMNS, type CsvRecord } from './csvColumns';
import type { MessageKey } from '../i18n/messages';
import type { Member, Organisation, Registration, Session, StoreData } from '../store/index';
import { isAnonymousEmail, parseEmail } from './contact';
import { parseInstant } from './parseInstant';
import { appendLog } from './log';
import { parseRoles, requireName } from './members';
import { erasedError } from './people';
import { addToIndex, indexRegistrations, judgeRegistration, type Finding } from './registrationRules';
import { logRegistration, newRegistration, waitingPositions } from './registrations';
import { sessionNotFound } from './sessions';
import { requireReceivedAt } from './receivedAt';
import { searchKey, uniqueId } from './text';
import { slugify } from './slugify';

export type ImportColumn = keyof typeof REGISTRATION_COLUMNS;

const REQUIRED: readonly ImportColumn[] = ['session', 'email', 'received_at'];

/** Where each known column is in the header; a missing required column is a UsageError. */
export function mapColumns(header: readonly string[]): Partial<Record<ImportColumn, number>> {
  const map = mapHeader(header, REGISTRATION_COLUMNS);
  const missing = REQUIRED.filter((c) => map[c] === undefined);
  if (missing.length > 0) throw new UsageError('importMissingColumns', { missing: missing.join(', '), found: header.join(', ') || '—' });
  return map;
}

/** A problem on one line of the file (in one of its cells: the column's header as the file writes it). */
export interface RowProblem {
  line: number;
  column?: string;
  error: CapruralError;
}

/**
 * An import refused as a whole: every bad row (exit 2) or every row a rule refuses (exit 1),
 * each with its line number. The CLI renders the rows in the user's language.
 */
export class ImportRowsError extends CapruralError {
  constructor(
    exitCode: 1 | 2,
    key: MessageKey,
    params: object,
    readonly rows: readonly RowProblem[],
  ) {
    super(
      exitCode,
      key,
      params,
      rows.map((r) => r.error),
    );
  }
}

export interface ImportOptions {
  /** The file name, for messages and the log. */
  file: string;
  /** The header line as written: a bad cell is named by its column. */
  header?: readonly string[];
  force: boolean;
  reason: string | null;
  noWaitlist: boolean;
}

export interface ImportedRow {
  line: number;
  registration: Registration;
  member: Member;
  memberCreated: boolean;
  /** Place on the waiting list (1 = next to be promoted), null when confirmed. */
  position: number | null;
  overridden: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

export interface ImportSummary {
  rows: ImportedRow[];
  confirmed: number;
  waitlisted: number;
  created: number;
}

interface PreparedRow {
  line: number;
  session: Session;
  receivedAt: Date;
  member: Member;
  isNew: boolean;
}

/**
 * Applies a registrations file to `data` (mutated; the caller runs this inside one store
 * update, or on a throwaway copy for --dry-run). Every row is checked first: any bad row
 * refuses the whole file (exit 2) listing every bad line. Then rows are taken in order of
 * time received (file order on ties) and judged by the same rules as `caprural register`;
 * any refusal refuses the whole file (exit 1) unless `force` overrides it.
 * Indexes are built once: no scan of the store inside the per-row loop.
 */
export function importRegistrations(data: StoreData, rows: readonly CsvRecord[], columns: Partial<Record<ImportColumn, number>>, options: ImportOptions, now: Date, user: string): ImportSummary {
  const index = indexRegistrations(data);
  const byEmail = new Map(data.members.map((m) => [m.email, m]));
  const memberIds = new Set(data.members.map((m) => m.id));
  const orgById = new Map<string, Organisation>(data.organisations.map((o) => [o.id, o]));
  const orgByName = new Map<string, Organisation>(data.organisations.map((o) => [searchKey(o.name), o]));
  const cell = (row: CsvRecord, column: ImportColumn) => {
    const i = columns[column];
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  };
  /** A column as the file's header names it. */
  const headerOf = (column: ImportColumn) => {
    const i = columns[column];
    return (i === undefined ? undefined : options.header?.[i]?.replace(/^\uFEFF/, '').trim()) || column;
  };

  // 1. Input: every row checked, every problem kept.
  const invalid: RowProblem[] = [];
  const prepared: PreparedRow[] = [];
  const pending = new Map<string, Member>();
  for (const row of rows) {
    const problems = new Problems();
    const sessionRef = cell(row, 'session');
    const session = index.sessions.get(sessionRef);
    if (!session) problems.add(sessionRef ? sessionNotFound([...index.sessions.values()], sessionRef) : new UsageError('cellEmpty', {}), headerOf('session'));
    const rawEmail = cell(row, 'email');
    const email = parseEmail(rawEmail);
    if (email === null) problems.add(rawEmail ? new UsageError('invalidEmail', { value: rawEmail }) : new UsageError('cellEmpty', {}), headerOf('email'));
    const rawReceived = cell(row, 'received_at');
    let receivedAt: Date | undefined;
    if (!rawReceived) problems.add(new UsageError('cellEmpty', {}), headerOf('received_at'));
    else if (session) receivedAt = problems.check(() => requireReceivedAt(parseInstant(rawReceived, session.timeZone), rawReceived, session.timeZone, now), headerOf('received_at'));
    let member: Member | undefined;
    let isNew = false;
    if (email !== null) {
      member = byEmail.get(email) ?? pending.get(email);
      // An erased person's anonymous record (its e-mail anonyme-N@anonyme.invalid) is never registered.
      // No one else may have the address of an erased person's record either: the domain is reserved.
      const erased = member?.anonymisedAt != null || (!member && isAnonymousEmail(email));
      if (member?.anonymisedAt != null) problems.add(erasedError(member), headerOf('email'));
      else if (erased) problems.add(new UsageError('emailReserved', { value: rawEmail }), headerOf('email'));
      const first = cell(row, 'first_name');
      const last = cell(row, 'last_name');
      if (member && pending.has(email) && (first || last) && (searchKey(first) !== searchKey(member.firstName) || searchKey(last) !== searchKey(member.lastName))) {
        problems.add(
          new UsageError('importNameMismatch', { email, first: member.firstName, last: member.lastName }),
          headerOf(searchKey(first) !== searchKey(member.firstName) ? 'first_name' : 'last_name'),
        );
      }
      if (!member && !erased) {
        if (!first && !last) problems.add(new UsageError('importUnknownPerson', { email }));
        else {
          const firstName = problems.check(() => requireName(first, undefined, 'first'), headerOf('first_name'));
          const lastName = problems.check(() => requireName(last, undefined, 'last'), headerOf('last_name'));
          const orgRef = cell(row, 'organisation');
          let organisationId: string | null = null;
          if (orgRef) {
            const org = orgById.get(orgRef) ?? orgByName.get(searchKey(orgRef));
            if (org) organisationId = org.id;
            else problems.add(new UsageError('orgNotFound', { ref: orgRef }), headerOf('organisation'));
          }
          const roles = problems.check(() => parseRoles([cell(row, 'roles')]), headerOf('roles'));
          if (firstName && lastName && roles) {
            const id = uniqueId(slugify(`${firstName} ${lastName}`), (x) => memberIds.has(x));
            memberIds.add(id);
            member = { id, firstName, lastName, email, phone: null, organisationId, roles, createdAt: now.toISOString(), anonymisedAt: null };
            pending.set(email, member);
            isNew = true;
          }
        }
      }
    }
    if (problems.all.length > 0) invalid.push(...problems.located.map((p) => ({ line: row.line, ...p })));
    else prepared.push({ line: row.line, session: session!, receivedAt: receivedAt!, member: member!, isNew });
  }
  if (invalid.length > 0) {
    throw new ImportRowsError(2, 'importInvalid', { count: new Set(invalid.map((p) => p.line)).size, path: options.file }, invalid);
  }

  // 2. Rules, row by row in order of time received, against the store and the rows before.
  prepared.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.line - b.line);
  const refused: RowProblem[] = [];
  const imported: ImportedRow[] = [];
  const touched = new Set<string>();
  let created = 0;
  for (const row of prepared) {
    const judgement = judgeRegistration(data, { session: row.session, member: row.member, force: options.force, noWaitlist: options.noWaitlist }, row.receivedAt, index);
    if (judgement.blocking.length > 0) {
      // A person this file would create cannot pay before the file is accepted: say what does work.
      const explain = (f: Finding) =>
        f.rule === 'R3' && row.isNew && !row.member.organisationId
          ? new CapruralError(1, 'ruleCotisationNewPerson', { name: f.params.name!, year: f.params.year! })
          : new CapruralError(1, f.key, f.params);
      refused.push(...judgement.blocking.map((f) => ({ line: row.line, error: explain(f) })));
      continue;
    }
    if (refused.length > 0) continue; // the file is refused anyway: no need to build more
    if (row.isNew) {
      data.members.push(row.member);
      byEmail.set(row.member.email, row.member);
      appendLog(data, { at: now, user, action: 'member.add', target: row.member.id, details: { source: options.file, line: row.line } });
      created += 1;
      row.isNew = false; // later rows of the same person reuse it
    }
    const registration = newRegistration(index, row.session, row.member, row.receivedAt, now, judgement.status, judgement.overridden.length > 0 ? options.reason : null);
    data.registrations.push(registration);
    addToIndex(index, registration);
    touched.add(row.session.id);
    logRegistration(data, registration, judgement.overridden, judgement.warnings, judgement.notices, options.reason, now, user, { source: options.file, line: row.line });
    imported.push({ line: row.line, registration, member: row.member, memberCreated: pending.get(row.member.email) === row.member, position: null, ...pick(judgement) });
  }
  if (refused.length > 0) {
    throw new ImportRowsError(1, 'importRefused', { count: new Set(refused.map((p) => p.line)).size }, refused);
  }

  // 3. Waiting-list positions of the sessions touched, in one pass.
  const positions = waitingPositions(data.registrations, touched);
  for (const row of imported) row.position = positions.get(row.registration) ?? null;
  imported.sort((a, b) => a.line - b.line);
  const summary: ImportSummary = {
    rows: imported,
    confirmed: imported.filter((r) => r.registration.status === 'confirmed').length,
    waitlisted: imported.filter((r) => r.registration.status === 'waitlisted').length,
    created,
  };
  appendLog(data, {
    at: now,
    user,
    action: 'registration.import',
    target: null,
    details: { file: options.file, rows: imported.length, confirmed: summary.confirmed, waitlisted: summary.waitlisted, created, ...(options.force ? { override: options.reason } : {}) },
  });
  return summary;
}

const pick = (j: { overridden: Finding[]; warnings: Finding[]; notices: Finding[] }) => ({ overridden: j.overridden, warnings: j.warnings, notices: j.notices });
