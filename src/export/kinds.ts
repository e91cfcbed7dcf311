import { formatDay, sessionHalfDays } from '../domain/halfDays';
import { inRegistrantOrder } from '../domain/registrations';
import { EXPORT_HEADERS_FR as HEADERS_FR, EXPORT_VALUES_FR as VALUES_FR, MEMBER_HEADERS } from '../i18n/exportHeaders';
import { countsAsPresent } from '../domain/registrationRules';
import { OFFICE_TIME_ZONE, sessionSpan } from '../time';
import { countBySession, sessionNotFound, sortSessions } from '../domain/sessions';
import { UsageError } from '../errors';
import { eligiblePeople, resolveRule, type EligiblePerson } from '../domain/eligibility';
import type { EligibilityRule, Member, Organisation, Registration, Session, StoreData } from '../store/index';
import type { Column, Table } from './table';

import type { ExportKind } from './kindNames';
export { EXPORT_KINDS, type ExportKind } from './kindNames';

export interface ExportFilters {
  session?: string;
  year?: number;
  rule?: string;
}

/** Lookups built once per export, so that every row is found in constant time. */
export class Index {
  readonly members: Map<string, Member>;
  readonly organisations: Map<string, Organisation>;
  readonly sessions: Map<string, Session>;
  private years?: Map<string, number[]>;

  constructor(readonly data: StoreData) {
    this.members = new Map(data.members.map((m) => [m.id, m]));
    this.organisations = new Map(data.organisations.map((o) => [o.id, o]));
    this.sessions = new Map(data.sessions.map((s) => [s.id, s]));
  }

  orgName(member: Member | undefined): string | null {
    return member?.organisationId ? (this.organisations.get(member.organisationId)?.name ?? null) : null;
  }

  /** Years a person is covered by a cotisation, their own or their organisation's. */
  cotisationYears(member: Member): number[] {
    if (!this.years) {
      this.years = new Map();
      for (const m of this.data.memberships) {
        const key = m.memberId ? `m:${m.memberId}` : `o:${m.organisationId}`;
        this.years.set(key, [...(this.years.get(key) ?? []), m.year]);
      }
    }
    const own = this.years.get(`m:${member.id}`) ?? [];
    const org = member.organisationId ? (this.years.get(`o:${member.organisationId}`) ?? []) : [];
    return [...new Set([...own, ...org])].sort();
  }
}

// The headers and values --excel writes in French (src/i18n/exportHeaders.ts); the default CSV and JSON keep the stable English codes.
const { registrationStatus: REGISTRATION_STATUS_FR, attendance: ATTENDANCE_FR, sessionStatus: SESSION_STATUS_FR, format: FORMAT_FR, override: OVERRIDE_FR, roles: ROLES_FR } = VALUES_FR;

type RegRow = { r: Registration; s: Session; m: Member | undefined; position: number | null };

const person = <R extends { m: Member | undefined }>(ix: Index): Array<Column<R>> => [
  { key: 'member_id', fr: HEADERS_FR.member_id, type: 'text', get: (x) => x.m?.id ?? null },
  { key: 'last_name', fr: HEADERS_FR.last_name, type: 'text', get: (x) => x.m?.lastName ?? null },
  { key: 'first_name', fr: HEADERS_FR.first_name, type: 'text', get: (x) => x.m?.firstName ?? null },
  { key: 'email', fr: HEADERS_FR.email, type: 'text', get: (x) => x.m?.email ?? null },
  { key: 'organisation', fr: HEADERS_FR.organisation, type: 'text', get: (x) => ix.orgName(x.m) },
];

function selectSessions(ix: Index, filters: ExportFilters): Session[] {
  if (filters.session) {
    const s = ix.sessions.get(filters.session.trim());
    if (!s) throw sessionNotFound(ix.data.sessions, filters.session);
    return [s];
  }
  return sortSessions(ix.data.sessions).filter((s) => filters.year === undefined || s.year === filters.year);
}

/** Registrations of the selected sessions, in each session's order (confirmed, waiting list, cancelled). */
function registrationRows(ix: Index, filters: ExportFilters, keep: (r: Registration) => boolean): RegRow[] {
  const sessions = selectSessions(ix, filters);
  // One lookup per registration: on national×10 (500,000) each lookup in a map that big is a
  // cache miss, and a second one (is the session wanted?) cost as much as the rest of the pass.
  const bySession = new Map<string, Registration[]>(sessions.map((s) => [s.id, []]));
  for (const r of ix.data.registrations) bySession.get(r.sessionId)?.push(r);
  const rows: RegRow[] = [];
  for (const s of sessions) {
    let position = 0;
    const list = inRegistrantOrder(bySession.get(s.id) ?? []);
    for (const r of list) {
      const row = { r, s, m: ix.members.get(r.memberId), position: r.status === 'waitlisted' ? ++position : null };
      if (keep(r)) rows.push(row);
    }
  }
  return rows;
}

const sessionCols: Array<Column<RegRow>> = [
  { key: 'session_id', fr: HEADERS_FR.session_id, type: 'text', get: (x) => x.s.id },
  { key: 'session_title', fr: HEADERS_FR.session_title, type: 'text', get: (x) => x.s.title },
];

function registrations(ix: Index, filters: ExportFilters): Table<RegRow> {
  return {
    columns: [
      ...sessionCols,
      ...person<RegRow>(ix),
      { key: 'status', fr: HEADERS_FR.status, type: 'text', frValues: REGISTRATION_STATUS_FR, get: (x) => x.r.status },
      { key: 'waitlist_position', fr: HEADERS_FR.waitlist_position, type: 'number', get: (x) => x.position },
      { key: 'received_at', fr: HEADERS_FR.received_at, type: 'instant', get: (x) => x.r.receivedAt },
      { key: 'attendance', fr: HEADERS_FR.attendance, type: 'text', frValues: ATTENDANCE_FR, get: (x) => x.r.attendance },
      { key: 'override_reason', fr: HEADERS_FR.override_reason, type: 'text', frValues: OVERRIDE_FR, get: (x) => x.r.override },
    ],
    rows: registrationRows(ix, filters, () => true),
    timeZone: (x) => x.s.timeZone,
  };
}

function attendees(ix: Index, filters: ExportFilters): Table<RegRow> {
  return {
    columns: [...sessionCols, ...person<RegRow>(ix)],
    rows: registrationRows(ix, filters, countsAsPresent),
    timeZone: (x) => x.s.timeZone,
  };
}

function waitlist(ix: Index, filters: ExportFilters): Table<RegRow> {
  return {
    columns: [
      sessionCols[0]!,
      { key: 'position', fr: HEADERS_FR.position, type: 'number', get: (x) => x.position },
      ...person<RegRow>(ix),
      { key: 'received_at', fr: HEADERS_FR.received_at, type: 'instant', get: (x) => x.r.receivedAt },
    ],
    rows: registrationRows(ix, filters, (r) => r.status === 'waitlisted'),
    timeZone: (x) => x.s.timeZone,
  };
}

type MemberRow = { m: Member };

function memberColumns(ix: Index): Array<Column<MemberRow>> {
  const get: Record<keyof typeof MEMBER_HEADERS, (x: MemberRow) => string | null> = {
    member_id: (x) => x.m.id,
    last_name: (x) => x.m.lastName,
    first_name: (x) => x.m.firstName,
    email: (x) => x.m.email,
    phone: (x) => x.m.phone,
    organisation_id: (x) => x.m.organisationId,
    organisation: (x) => ix.orgName(x.m),
    roles: (x) => x.m.roles.join(','),
    cotisation_years: (x) => ix.cotisationYears(x.m).join(','),
  };
  return (Object.keys(MEMBER_HEADERS) as Array<keyof typeof MEMBER_HEADERS>).map((key) => ({
    key,
    fr: MEMBER_HEADERS[key],
    type: 'text',
    get: get[key],
    ...(key === 'roles' ? { frValues: ROLES_FR, frList: true } : {}),
  }));
}

function members(ix: Index): Table<MemberRow> {
  // The people on file: an erased person's anonymous record is not one (registrations keep their rows).
  const rows = ix.data.members
    .filter((m) => m.anonymisedAt == null)
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr') || a.id.localeCompare(b.id))
    .map((m) => ({ m }));
  return { columns: memberColumns(ix), rows, timeZone: () => OFFICE_TIME_ZONE };
}

type SessionRow = { s: Session; confirmed: number; waitlisted: number };

function sessions(ix: Index, filters: ExportFilters): Table<SessionRow> {
  const counts = countBySession(ix.data.registrations);
  return {
    columns: [
      { key: 'session_id', fr: HEADERS_FR.session_id, type: 'text', get: (x) => x.s.id },
      { key: 'course_id', fr: HEADERS_FR.course_id, type: 'text', get: (x) => x.s.courseId },
      { key: 'title', fr: HEADERS_FR.title, type: 'text', get: (x) => x.s.title },
      { key: 'year', fr: HEADERS_FR.year, type: 'number', get: (x) => x.s.year },
      { key: 'format', fr: HEADERS_FR.format, type: 'text', frValues: FORMAT_FR, get: (x) => x.s.format },
      { key: 'starts_at', fr: HEADERS_FR.starts_at, type: 'instant', get: (x) => x.s.startsAt },
      { key: 'ends_at', fr: HEADERS_FR.ends_at, type: 'instant', get: (x) => x.s.endsAt },
      { key: 'time_zone', fr: HEADERS_FR.time_zone, type: 'text', get: (x) => x.s.timeZone },
      { key: 'registration_closes_at', fr: HEADERS_FR.registration_closes_at, type: 'instant', get: (x) => x.s.registrationClosesAt },
      { key: 'capacity', fr: HEADERS_FR.capacity, type: 'number', get: (x) => x.s.capacity },
      { key: 'confirmed', fr: HEADERS_FR.confirmed, type: 'number', get: (x) => x.confirmed },
      { key: 'waitlisted', fr: HEADERS_FR.waitlisted, type: 'number', get: (x) => x.waitlisted },
      { key: 'membership_year', fr: HEADERS_FR.membership_year, type: 'number', get: (x) => x.s.membershipYear },
      { key: 'status', fr: HEADERS_FR.status, type: 'text', frValues: SESSION_STATUS_FR, get: (x) => x.s.status },
    ],
    rows: selectSessions(ix, filters).map((s) => ({ s, ...(counts.get(s.id) ?? { confirmed: 0, waitlisted: 0 }) })),
    timeZone: (x) => x.s.timeZone,
  };
}

/** The half-days of a session's signature columns, as on the PDF sheet: "15/02/2018 matin", "… après-midi" (one blank without a date). */
export function halfDays(s: Session): string[] {
  const halves = sessionHalfDays(s);
  if (halves.length === 0) return [''];
  return halves.map((h) => `${formatDay(h.day, 'fr')} ${h.half === 'am' ? 'matin' : 'après-midi'}`);
}

function attendanceSheet(ix: Index, filters: ExportFilters): Table<RegRow> {
  if (!filters.session) throw new UsageError('missingOption', { option: '--session' });
  const [s] = selectSessions(ix, filters);
  const slots = halfDays(s!);
  const when = sessionSpan(s!, 'fr') ?? String(s!.year);
  return {
    preamble: [["Feuille d'émargement", s!.title], ['Session', s!.id], ['Date', when], ['Intervenants', s!.speakers.map((p) => p.name).join(', ')], []],
    columns: [
      ...person<RegRow>(ix).filter((c) => c.key !== 'member_id'),
      ...slots.map((slot, i): Column<RegRow> => ({ key: `signature_${i + 1}`, fr: `${HEADERS_FR.signature} ${slot}`.trim(), type: 'text', get: () => '' })),
    ],
    rows: registrationRows(ix, filters, (r) => r.status === 'confirmed').sort(
      (a, b) => (a.m?.lastName ?? '').localeCompare(b.m?.lastName ?? '', 'fr') || (a.m?.firstName ?? '').localeCompare(b.m?.firstName ?? '', 'fr'),
    ),
    timeZone: (x) => x.s.timeZone,
  };
}

type EligibleRow = EligiblePerson & { m: Member; rule: EligibilityRule };

/** People eligible under a rule (R11), each with the attended session that qualifies them. */
function eligible(ix: Index, filters: ExportFilters): Table<EligibleRow> {
  const rule = resolveRule(ix.data.rules, filters.rule);
  return {
    columns: [
      ...person<EligibleRow>(ix),
      { key: 'rule_id', fr: HEADERS_FR.rule_id, type: 'text', get: (x) => x.rule.id },
      { key: 'session_id', fr: HEADERS_FR.session_id_attended, type: 'text', get: (x) => x.session.id },
      { key: 'session_year', fr: HEADERS_FR.session_year, type: 'number', get: (x) => x.session.year },
      { key: 'session_starts_at', fr: HEADERS_FR.session_starts_at, type: 'instant', get: (x) => x.session.startsAt },
    ],
    // People who may ask for support: an erased person's anonymous record is no one (as in export members).
    rows: eligiblePeople(ix.data, rule)
      .filter((p) => p.member.anonymisedAt == null)
      .map((p) => ({ ...p, m: p.member, rule })),
    timeZone: (x) => x.session.timeZone,
  };
}

/** The table for one export kind. */
export function buildExport(data: StoreData, kind: ExportKind, filters: ExportFilters): Table<any> {
  const ix = new Index(data);
  switch (kind) {
    case 'registrations':
      return registrations(ix, filters);
    case 'attendees':
      return attendees(ix, filters);
    case 'waitlist':
      return waitlist(ix, filters);
    case 'members':
      return members(ix);
    case 'sessions':
      return sessions(ix, filters);
    case 'attendance-sheet':
      return attendanceSheet(ix, filters);
    case 'eligible':
      return eligible(ix, filters);
  }
}
