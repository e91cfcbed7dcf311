// The figures of `caprural report`: pure functions of the store's data, the scope and the time
// given. Funders, the board and Qualiopi (bilan pédagogique et financier) ask for these.
import { dayIn } from '../time';
import { attendedOn } from './eligibility';
import { scheduledMinutes } from './halfDays';
import { sortSessions } from './sessions';
import { compareAscii } from './text';
import type { EligibilityRule, OrgKind, Registration, Session, StoreData } from '../store/index';
import { ORG_KINDS } from './vocabulary';

const DAY_MS = 86_400_000;

/** What the report covers: every session of a year, or one session. */
export type ReportScope = { kind: 'year'; year: number } | { kind: 'session'; sessionId: string };

/** `part / whole`, or null when the whole is zero (no capacity, nothing recorded): never NaN or Infinity. */
export function rate(part: number, whole: number | null): number | null {
  if (whole === null || whole <= 0) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * A session's length in hours, when its start and end times are known (null for a day-only or
 * undated session): the scheduled hours day by day, as on the certificates of completion
 * (09:00 on the 1st to 17:00 on the 2nd is 2 × 8 hours, not 32).
 */
export function sessionHours(session: Pick<Session, 'startsAt' | 'endsAt' | 'dateOnly' | 'timeZone'>): number | null {
  if (!session.startsAt || !session.endsAt || session.dateOnly) return null;
  const start = Date.parse(session.startsAt);
  const end = Date.parse(session.endsAt);
  // Within one local day (the usual case): the time between start and end.
  const minutes = end > start && end - start < DAY_MS && dayAt(start, session.timeZone) === dayAt(end, session.timeZone) ? (end - start) / 60_000 : scheduledMinutes(session);
  return minutes !== null && minutes > 0 ? Math.round((minutes / 60) * 100) / 100 : null;
}

export interface SessionFigures {
  id: string;
  title: string;
  courseId: string;
  year: number;
  status: Session['status'];
  startsAt: string | null;
  endsAt: string | null;
  dateOnly: boolean;
  timeZone: string;
  registrationClosesAt: string | null;
  /** Seats; null when no limit is recorded (past editions). */
  capacity: number | null;
  confirmed: number;
  /** confirmed / capacity; null without a capacity. */
  fillRate: number | null;
  waitlisted: number;
  /** Registrations cancelled (by the person or the organiser). */
  cancelled: number;
  /** Of the confirmed registrations: recorded present, recorded absent, not recorded. */
  present: number;
  absent: number;
  notRecorded: number;
  /** present / (present + absent): over recorded attendance only; null when none is recorded. */
  attendanceRate: number | null;
  /** Confirmed and recorded absent: held a seat and did not come (nor cancel). */
  noShows: number;
  /** Length of the session in hours; null when its times are not known. */
  hours: number | null;
  /** present × hours (heures-stagiaires); null when the hours are not known. */
  hoursTrainees: number | null;
}

export interface TimelinePoint {
  /** A calendar day in the session's time zone (yyyy-MM-dd). */
  day: string;
  /** Registrations received that day (confirmed or waitlisted now). */
  received: number;
  /** Received that day or before. */
  cumulative: number;
}

/** Registrations over time for one session, against its deadline and capacity. */
export interface SessionTimeline {
  sessionId: string;
  capacity: number | null;
  registrationClosesAt: string | null;
  /** The day of the deadline in the session's time zone (the first day refused), or null. */
  deadlineDay: string | null;
  /** Only the days on which registrations were received, in order. */
  points: TimelinePoint[];
}

/** People from one kind of organisation or one territory. `key` is null for "none recorded". */
export interface GroupCount {
  key: string | null;
  /** Distinct people with a confirmed registration to a session in scope. */
  registrants: number;
  /** Distinct people recorded present at a session in scope. */
  participants: number;
}

export interface CotisationYear {
  year: number;
  /** People covered: they or their (current) organisation paid the year. */
  people: number;
  organisations: number;
  /** People who paid for themselves. */
  individuals: number;
}

export interface RuleFigure {
  ruleId: string;
  label: string;
  courseId: string;
  years: number[];
  /** People eligible under the rule now (R11: attended, as recorded). */
  eligible: number;
}

export interface ReportTotals {
  /** Sessions in scope, cancelled ones left out. */
  sessions: number;
  sessionsHeld: number;
  /** Sessions of the scope that were cancelled (left out of every other figure). */
  sessionsCancelled: number;
  capacity: number;
  confirmed: number;
  /** Confirmed / capacity over the sessions that have a capacity; null when none has. */
  fillRate: number | null;
  waitlisted: number;
  cancelled: number;
  present: number;
  absent: number;
  notRecorded: number;
  attendanceRate: number | null;
  noShows: number;
  /** Distinct people with a confirmed registration. */
  uniqueRegistrants: number;
  /** Distinct people recorded present at least once. */
  uniqueParticipants: number;
  /** Sum over the sessions whose length is known. */
  hoursTrainees: number;
  /** Sessions with people present but no known length: their hours are not in hoursTrainees. */
  sessionsWithoutHours: number;
}

export interface ReportFigures {
  scope: { year: number | null; sessionId: string | null };
  generatedAt: string;
  totals: ReportTotals;
  sessions: SessionFigures[];
  timelines: SessionTimeline[];
  byOrganisationKind: GroupCount[];
  byTerritory: GroupCount[];
  cotisations: CotisationYear[];
  eligibility: RuleFigure[];
}

/** The sessions a scope covers (cancelled ones included, for the count), in catalogue order. */
export function sessionsInScope(sessions: readonly Session[], scope: ReportScope): Session[] {
  return sortSessions(sessions.filter((s) => (scope.kind === 'year' ? s.year === scope.year : s.id === scope.sessionId)));
}

function emptyFigures(s: Session): SessionFigures {
  return {
    id: s.id,
    title: s.title,
    courseId: s.courseId,
    year: s.year,
    status: s.status,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    dateOnly: s.dateOnly,
    timeZone: s.timeZone,
    registrationClosesAt: s.registrationClosesAt,
    capacity: s.capacity,
    confirmed: 0,
    fillRate: null,
    waitlisted: 0,
    cancelled: 0,
    present: 0,
    absent: 0,
    notRecorded: 0,
    attendanceRate: null,
    noShows: 0,
    hours: sessionHours(s),
    hoursTrainees: null,
  };
}

/** Figures of each session from its registrations (one pass). */
export function figuresBySession(sessions: readonly Session[], registrations: readonly Registration[]): SessionFigures[] {
  const byId = new Map(sessions.map((s) => [s.id, emptyFigures(s)]));
  for (const r of registrations) {
    const f = byId.get(r.sessionId);
    if (!f) continue;
    if (r.status === 'cancelled') f.cancelled += 1;
    else if (r.status === 'waitlisted') f.waitlisted += 1;
    else {
      f.confirmed += 1;
      if (r.attendance === 'present') f.present += 1;
      else if (r.attendance === 'absent') f.absent += 1;
      else f.notRecorded += 1;
    }
  }
  for (const f of byId.values()) {
    f.fillRate = rate(f.confirmed, f.capacity);
    f.attendanceRate = rate(f.present, f.present + f.absent);
    f.noShows = f.absent;
    f.hoursTrainees = f.hours === null ? null : Math.round(f.present * f.hours * 100) / 100;
  }
  return [...byId.values()];
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** For each zone and UTC day: the zone's offset from UTC (ms) when it is the same all day, else null (a DST change). */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** The offset of `timeZone` from UTC at instant `ms`, in ms (Europe/Paris in winter: 3,600,000). */
function offsetAt(ms: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    wallClocks.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The calendar day of an instant in `timeZone`. The zone's offset is looked up once per UTC day
 * (twice: at its start and end); the day is then plain arithmetic, except on a day the offset
 * changes, which asks Intl for each instant.
 */
function dayOf(iso: string, timeZone: string): string {
  return dayAt(Date.parse(iso), timeZone);
}

const dayNames = new Map<number, string>();

/** The offset of `timeZone` all through the UTC day of `ms`, or null on a day the clocks change. */
function dayOffset(ms: number, timeZone: string): number | null {
  const utcDay = Math.floor(ms / DAY_MS);
  let zone = dayOffsets.get(timeZone);
  if (!zone) dayOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(utcDay);
  if (offset === undefined) {
    const start = offsetAt(utcDay * DAY_MS, timeZone);
    offset = start === offsetAt((utcDay + 1) * DAY_MS - 1000, timeZone) ? start : null;
    zone.set(utcDay, offset);
  }
  return offset;
}

/** An instant as a clock in `timeZone` shows it: "2018-02-15T10:00" (yyyy-MM-ddTHH:mm). */
export function localDateTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const offset = dayOffset(ms, timeZone) ?? offsetAt(ms, timeZone);
  return new Date(ms + offset).toISOString().slice(0, 16);
}

function dayAt(ms: number, timeZone: string): string {
  const offset = dayOffset(ms, timeZone);
  if (offset === null) return dayIn(new Date(ms), timeZone);
  // The local calendar day as a number, named once.
  const local = Math.floor((ms + offset) / DAY_MS);
  let name = dayNames.get(local);
  if (name === undefined) dayNames.set(local, (name = new Date(local * DAY_MS).toISOString().slice(0, 10)));
  return name;
}

/** Cumulative registrations (confirmed or waitlisted now) by the day received, in the session's zone. */
export function registrationTimeline(session: Session, registrations: readonly Registration[]): SessionTimeline {
  const days = new Map<string, number>();
  for (const r of registrations) {
    if (r.sessionId !== session.id || r.status === 'cancelled') continue;
    const day = dayOf(r.receivedAt, session.timeZone);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  let cumulative = 0;
  const points = [...days.entries()].sort(([a], [b]) => compareAscii(a, b)).map(([day, received]) => ({ day, received, cumulative: (cumulative += received) }));
  return {
    sessionId: session.id,
    capacity: session.capacity,
    registrationClosesAt: session.registrationClosesAt,
    deadlineDay: session.registrationClosesAt ? dayOf(session.registrationClosesAt, session.timeZone) : null,
    points,
  };
}

function groupCounts(keys: Map<string, string | null>, registrants: Set<string>, participants: Set<string>, order: (a: GroupCount, b: GroupCount) => number): GroupCount[] {
  const groups = new Map<string | null, GroupCount>();
  const bump = (memberId: string, field: 'registrants' | 'participants') => {
    const key = keys.get(memberId) ?? null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, registrants: 0, participants: 0 }));
    g[field] += 1;
  };
  for (const id of registrants) bump(id, 'registrants');
  for (const id of participants) bump(id, 'participants');
  return [...groups.values()].sort(order);
}

/** People covered by a cotisation for each year paid (and `alsoYear`, even if nobody paid it). */
export function cotisationsByYear(data: Pick<StoreData, 'members' | 'memberships'>, alsoYear: number | null): CotisationYear[] {
  const orgsByYear = new Map<number, Set<string>>();
  const peopleByYear = new Map<number, Set<string>>();
  const add = (map: Map<number, Set<string>>, year: number, id: string) => {
    let set = map.get(year);
    if (!set) map.set(year, (set = new Set()));
    set.add(id);
  };
  for (const m of data.memberships) {
    if (m.organisationId) add(orgsByYear, m.year, m.organisationId);
    else if (m.memberId) add(peopleByYear, m.year, m.memberId);
  }
  const years = new Set([...orgsByYear.keys(), ...peopleByYear.keys()]);
  if (alsoYear !== null) years.add(alsoYear);
  // People per organisation, counted once: a year's people are the members of the organisations
  // that paid it, plus those who paid for themselves without their organisation having paid.
  const membersOf = new Map<string, number>();
  const organisationOf = new Map<string, string | null>();
  for (const member of data.members) {
    organisationOf.set(member.id, member.organisationId);
    if (member.organisationId !== null) membersOf.set(member.organisationId, (membersOf.get(member.organisationId) ?? 0) + 1);
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const orgs = orgsByYear.get(year) ?? new Set<string>();
      const own = peopleByYear.get(year) ?? new Set<string>();
      let people = 0;
      for (const org of orgs) people += membersOf.get(org) ?? 0;
      for (const id of own) {
        const org = organisationOf.get(id);
        if (org !== undefined && (org === null || !orgs.has(org))) people += 1;
      }
      return { year, people, organisations: orgs.size, individuals: own.size };
    });
}

/**
 * How many people are eligible under `rule` (R11): the people `eligiblePeople` lists, counted
 * without sorting them (test/domain/reportFigures.test.ts checks they agree).
 */
export function countEligible(data: Pick<StoreData, 'sessions' | 'members' | 'registrations'>, rule: EligibilityRule): number {
  const years = new Set(rule.years);
  const sessions = new Map(data.sessions.filter((s) => s.courseId === rule.courseId && years.has(s.year) && s.status !== 'cancelled').map((s) => [s.id, s]));
  const attended = new Set<string>();
  for (const r of data.registrations) if (attendedOn(r, sessions.get(r.sessionId))) attended.add(r.memberId);
  let count = 0;
  for (const member of data.members) if (attended.has(member.id)) count += 1;
  return count;
}

/**
 * Every figure of the report. Cancelled sessions are left out of all figures (only counted);
 * `now` dates the report. Linear in the size of the store.
 */
export function computeReport(data: StoreData, scope: ReportScope, now: Date): ReportFigures {
  const inScope = sessionsInScope(data.sessions, scope);
  const kept = inScope.filter((s) => s.status !== 'cancelled');
  const keptIds = new Set(kept.map((s) => s.id));
  const registrations = data.registrations.filter((r) => keptIds.has(r.sessionId));
  const bySession = new Map<string, Registration[]>(kept.map((s) => [s.id, []]));
  for (const r of registrations) bySession.get(r.sessionId)!.push(r);
  const sessions = figuresBySession(kept, registrations);

  const registrants = new Set<string>();
  const participants = new Set<string>();
  for (const r of registrations) {
    if (r.status !== 'confirmed') continue;
    registrants.add(r.memberId);
    if (r.attendance === 'present') participants.add(r.memberId);
  }
  const sum = (pick: (f: SessionFigures) => number) => sessions.reduce((n, f) => n + pick(f), 0);
  const withCapacity = sessions.filter((f) => f.capacity !== null);
  const present = sum((f) => f.present);
  const absent = sum((f) => f.absent);
  const totals: ReportTotals = {
    sessions: sessions.length,
    sessionsHeld: sessions.filter((f) => f.status === 'held').length,
    sessionsCancelled: inScope.length - kept.length,
    capacity: withCapacity.reduce((n, f) => n + f.capacity!, 0),
    confirmed: sum((f) => f.confirmed),
    fillRate: rate(
      withCapacity.reduce((n, f) => n + f.confirmed, 0),
      withCapacity.length === 0 ? null : withCapacity.reduce((n, f) => n + f.capacity!, 0),
    ),
    waitlisted: sum((f) => f.waitlisted),
    cancelled: sum((f) => f.cancelled),
    present,
    absent,
    notRecorded: sum((f) => f.notRecorded),
    attendanceRate: rate(present, present + absent),
    noShows: sum((f) => f.noShows),
    uniqueRegistrants: registrants.size,
    uniqueParticipants: participants.size,
    hoursTrainees: Math.round(sum((f) => f.hoursTrainees ?? 0) * 100) / 100,
    sessionsWithoutHours: sessions.filter((f) => f.hours === null && f.present > 0).length,
  };

  const organisations = new Map(data.organisations.map((o) => [o.id, o]));
  const kindOf = new Map<string, string | null>();
  const territoryOf = new Map<string, string | null>();
  for (const m of data.members) {
    if (!registrants.has(m.id)) continue;
    const org = m.organisationId ? organisations.get(m.organisationId) : undefined;
    kindOf.set(m.id, org?.kind ?? null);
    territoryOf.set(m.id, org?.territory ?? null);
  }
  const kindRank = (key: string | null) => (key === null ? ORG_KINDS.length : ORG_KINDS.indexOf(key as OrgKind));
  const byOrganisationKind = groupCounts(kindOf, registrants, participants, (a, b) => kindRank(a.key) - kindRank(b.key));
  const byTerritory = groupCounts(
    territoryOf,
    registrants,
    participants,
    (a, b) => (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || b.registrants - a.registrants || b.participants - a.participants || compareAscii(a.key ?? '', b.key ?? ''),
  );

  const year = scope.kind === 'year' ? scope.year : (inScope[0]?.membershipYear ?? null);
  return {
    scope: { year: scope.kind === 'year' ? scope.year : null, sessionId: scope.kind === 'session' ? scope.sessionId : null },
    generatedAt: now.toISOString(),
    totals,
    sessions,
    timelines: kept.map((s) => registrationTimeline(s, bySession.get(s.id)!)),
    byOrganisationKind,
    byTerritory,
    cotisations: cotisationsByYear(data, year),
    eligibility: data.rules.map((rule) => ({ ruleId: rule.id, label: rule.label, courseId: rule.courseId, years: [...rule.years], eligible: countEligible(data, rule) })),
  };
}
