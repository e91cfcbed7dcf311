// The figures of `caprural report`: pure functions of the store's data, the scope and the time
// given. Funders, the board and Qualiopi (bilan pédagogique et financier) ask for these.
import { dayIn } from '../time';
import { attendedOn } from './eligibility';
import { countsAsPresent } from './registrationRules';
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
  const minutes = end > start && end - start < DAY_MS && dayNumberAt(start, session.timeZone) === dayNumberAt(end, session.timeZone) ? (end - start) / 60_000 : scheduledMinutes(session);
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

/** Counts one registration of a session in its figures. */
function tally(f: SessionFigures, r: Registration): void {
  if (r.status === 'cancelled') f.cancelled += 1;
  else if (r.status === 'waitlisted') f.waitlisted += 1;
  else {
    f.confirmed += 1;
    if (r.attendance === 'present') f.present += 1;
    else if (r.attendance === 'absent') f.absent += 1;
    else f.notRecorded += 1;
  }
}

/** The rates and hours-trainees of a session's figures, once every registration is counted. */
function finish(f: SessionFigures): SessionFigures {
  f.fillRate = rate(f.confirmed, f.capacity);
  f.attendanceRate = rate(f.present, f.present + f.absent);
  f.noShows = f.absent;
  f.hoursTrainees = f.hours === null ? null : Math.round(f.present * f.hours * 100) / 100;
  return f;
}

/** Figures of each session from its registrations (one pass). */
export function figuresBySession(sessions: readonly Session[], registrations: readonly Registration[]): SessionFigures[] {
  const byId = new Map(sessions.map((s) => [s.id, emptyFigures(s)]));
  for (const r of registrations) {
    const f = byId.get(r.sessionId);
    if (f) tally(f, r);
  }
  return [...byId.values()].map(finish);
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** For each zone: its offset from UTC (ms) at the start of each UTC day looked up so far. */
const dayStartOffsets = new Map<string, Map<number, number>>();

/** The offset of `timeZone` from UTC at instant `ms`, in ms (Europe/Paris in winter: 3,600,000). */
function offsetAt(ms: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    wallClocks.set(timeZone, format);
  }
  // The wall clock's numbers in order (day, month, year, hours, minutes, seconds): what
  // formatToParts gives, without an object per part.
  const n = format.format(ms).match(/\d+/g)!.map(Number);
  const wall = Date.UTC(n[2]!, n[1]! - 1, n[0]!, n[3]!, n[4]!, n[5]!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The calendar day of an instant in `timeZone`. The zone's offset is looked up once per UTC day
 * (at its start; the day is uniform when the next day starts with the same offset); the day is
 * then plain arithmetic, except on a day the offset changes, which asks Intl for each instant.
 */
function dayOf(iso: string, timeZone: string): string {
  return dayName(dayNumberAt(Date.parse(iso), timeZone));
}

const dayNames = new Map<number, string>();

/** yyyy-MM-dd of a day counted from 1970-01-01 (day 0), named once. */
function dayName(day: number): string {
  let name = dayNames.get(day);
  if (name === undefined) dayNames.set(day, (name = new Date(day * DAY_MS).toISOString().slice(0, 10)));
  return name;
}

/** The offset of `timeZone` all through the UTC day of `ms`, or null on a day the clocks change. */
function dayOffset(ms: number, timeZone: string): number | null {
  const utcDay = Math.floor(ms / DAY_MS);
  let zone = dayStartOffsets.get(timeZone);
  if (!zone) dayStartOffsets.set(timeZone, (zone = new Map()));
  let start = zone.get(utcDay);
  if (start === undefined) zone.set(utcDay, (start = offsetAt(utcDay * DAY_MS, timeZone)));
  let next = zone.get(utcDay + 1);
  if (next === undefined) zone.set(utcDay + 1, (next = offsetAt((utcDay + 1) * DAY_MS, timeZone)));
  // A change at the very start of the next day makes this one look changing too: Intl is then
  // asked for each instant, which is right, only slower.
  return start === next ? start : null;
}

/** An instant as a clock in `timeZone` shows it: "2018-02-15T10:00" (yyyy-MM-ddTHH:mm). */
export function localDateTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const offset = dayOffset(ms, timeZone) ?? offsetAt(ms, timeZone);
  return new Date(ms + offset).toISOString().slice(0, 16);
}

/** The local calendar day of instant `ms` in `timeZone`, counted in days from 1970-01-01. */
function dayNumberAt(ms: number, timeZone: string): number {
  const offset = dayOffset(ms, timeZone);
  if (offset === null) return Date.parse(`${dayIn(new Date(ms), timeZone)}T00:00:00Z`) / DAY_MS;
  return Math.floor((ms + offset) / DAY_MS);
}

/** A session's timeline from the registrations counted per local day number. */
function timelineOf(session: Session, days: Map<number, number>): SessionTimeline {
  let cumulative = 0;
  const points = [...days.entries()].sort(([a], [b]) => a - b).map(([day, received]) => ({ day: dayName(day), received, cumulative: (cumulative += received) }));
  return {
    sessionId: session.id,
    capacity: session.capacity,
    registrationClosesAt: session.registrationClosesAt,
    deadlineDay: session.registrationClosesAt ? dayOf(session.registrationClosesAt, session.timeZone) : null,
    points,
  };
}

/** Adds one registration (confirmed or waitlisted now) to the count of the local day it was received. */
function countDay(days: Map<number, number>, r: Registration, timeZone: string): void {
  const day = dayNumberAt(Date.parse(r.receivedAt), timeZone);
  days.set(day, (days.get(day) ?? 0) + 1);
}

/** Cumulative registrations (confirmed or waitlisted now) by the day received, in the session's zone. */
export function registrationTimeline(session: Session, registrations: readonly Registration[]): SessionTimeline {
  const days = new Map<number, number>();
  for (const r of registrations) if (r.sessionId === session.id && r.status !== 'cancelled') countDay(days, r, session.timeZone);
  return timelineOf(session, days);
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

/** Who paid which year: organisations and people (for themselves), from the cotisations. */
interface Payers {
  orgsByYear: Map<number, Set<string>>;
  peopleByYear: Map<number, Set<string>>;
  /** Everyone who paid for themselves, any year. */
  people: Set<string>;
}

function payers(memberships: StoreData['memberships']): Payers {
  const orgsByYear = new Map<number, Set<string>>();
  const peopleByYear = new Map<number, Set<string>>();
  const people = new Set<string>();
  const add = (map: Map<number, Set<string>>, year: number, id: string) => {
    let set = map.get(year);
    if (!set) map.set(year, (set = new Set()));
    set.add(id);
  };
  for (const m of memberships) {
    if (m.organisationId) add(orgsByYear, m.year, m.organisationId);
    else if (m.memberId) {
      add(peopleByYear, m.year, m.memberId);
      people.add(m.memberId);
    }
  }
  return { orgsByYear, peopleByYear, people };
}

/**
 * The cotisation figures from the payers, the number of people of each organisation and the
 * organisation of each person who paid for themselves (people unknown there are not counted).
 */
function cotisationFigures(paid: Payers, membersOf: Map<string, number>, organisationOf: Map<string, string | null>, alsoYear: number | null): CotisationYear[] {
  const years = new Set([...paid.orgsByYear.keys(), ...paid.peopleByYear.keys()]);
  if (alsoYear !== null) years.add(alsoYear);
  // A year's people are the members of the organisations that paid it, plus those who paid for
  // themselves without their organisation having paid: each counted once.
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const orgs = paid.orgsByYear.get(year) ?? new Set<string>();
      const own = paid.peopleByYear.get(year) ?? new Set<string>();
      let people = 0;
      for (const org of orgs) people += membersOf.get(org) ?? 0;
      for (const id of own) {
        const org = organisationOf.get(id);
        if (org !== undefined && (org === null || !orgs.has(org))) people += 1;
      }
      return { year, people, organisations: orgs.size, individuals: own.size };
    });
}

/** People covered by a cotisation for each year paid (and `alsoYear`, even if nobody paid it). */
export function cotisationsByYear(data: Pick<StoreData, 'members' | 'memberships'>, alsoYear: number | null): CotisationYear[] {
  const paid = payers(data.memberships);
  const membersOf = new Map<string, number>();
  const organisationOf = new Map<string, string | null>();
  for (const member of data.members) {
    if (member.organisationId !== null) membersOf.set(member.organisationId, (membersOf.get(member.organisationId) ?? 0) + 1);
    if (paid.people.has(member.id)) organisationOf.set(member.id, member.organisationId);
  }
  return cotisationFigures(paid, membersOf, organisationOf, alsoYear);
}

/** The sessions that count for `rule` (R11): its course, its years, not cancelled. */
function ruleSessions(sessions: readonly Session[], rule: EligibilityRule): Map<string, Session> {
  const years = new Set(rule.years);
  return new Map(sessions.filter((s) => s.courseId === rule.courseId && years.has(s.year) && s.status !== 'cancelled').map((s) => [s.id, s]));
}

/**
 * How many people are eligible under `rule` (R11): the people `eligiblePeople` lists, counted
 * without sorting them (test/domain/reportFigures.test.ts checks they agree).
 */
export function countEligible(data: Pick<StoreData, 'sessions' | 'members' | 'registrations'>, rule: EligibilityRule): number {
  const sessions = ruleSessions(data.sessions, rule);
  const attended = new Set<string>();
  for (const r of data.registrations) if (attendedOn(r, sessions.get(r.sessionId))) attended.add(r.memberId);
  let count = 0;
  for (const member of data.members) if (attended.has(member.id)) count += 1;
  return count;
}

/**
 * Every figure of the report. Cancelled sessions are left out of all figures (only counted);
 * `now` dates the report. One pass over the registrations and one over the people gives every
 * figure (the same as figuresBySession, registrationTimeline, cotisationsByYear and countEligible
 * give one by one: test/domain/reportFigures.test.ts checks they agree).
 */
export function computeReport(data: StoreData, scope: ReportScope, now: Date): ReportFigures {
  const inScope = sessionsInScope(data.sessions, scope);
  const kept = inScope.filter((s) => s.status !== 'cancelled');
  const figuresOf = new Map<string, SessionFigures>();
  const daysOf = new Map<string, Map<number, number>>();
  for (const s of kept) {
    figuresOf.set(s.id, emptyFigures(s));
    daysOf.set(s.id, new Map());
  }
  const rules = data.rules.map((rule) => ({ rule, sessions: ruleSessions(data.sessions, rule), attended: new Set<string>() }));

  const registrants = new Set<string>();
  const participants = new Set<string>();
  for (const r of data.registrations) {
    // R11, for every rule: present at one of its sessions (attendedOn).
    if (countsAsPresent(r)) for (const x of rules) if (x.sessions.has(r.sessionId)) x.attended.add(r.memberId);
    const f = figuresOf.get(r.sessionId);
    if (f === undefined) continue;
    tally(f, r);
    if (r.status === 'cancelled') continue;
    countDay(daysOf.get(r.sessionId)!, r, f.timeZone);
    if (r.status !== 'confirmed') continue;
    registrants.add(r.memberId);
    if (r.attendance === 'present') participants.add(r.memberId);
  }
  const sessions = [...figuresOf.values()].map(finish);

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

  // One pass over the people: their organisation's kind and territory (registrants), the people
  // of each organisation and of those who paid for themselves (cotisations), the eligible (rules).
  const organisations = new Map(data.organisations.map((o) => [o.id, o]));
  const paid = payers(data.memberships);
  const membersOf = new Map<string, number>();
  const organisationOf = new Map<string, string | null>();
  const eligible = rules.map(() => 0);
  const kindOf = new Map<string, string | null>();
  const territoryOf = new Map<string, string | null>();
  for (const m of data.members) {
    if (m.organisationId !== null) membersOf.set(m.organisationId, (membersOf.get(m.organisationId) ?? 0) + 1);
    if (paid.people.has(m.id)) organisationOf.set(m.id, m.organisationId);
    for (let i = 0; i < rules.length; i += 1) if (rules[i]!.attended.has(m.id)) eligible[i]! += 1;
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
    timelines: kept.map((s) => timelineOf(s, daysOf.get(s.id)!)),
    byOrganisationKind,
    byTerritory,
    cotisations: cotisationFigures(paid, membersOf, organisationOf, year),
    eligibility: rules.map(({ rule }, i) => ({ ruleId: rule.id, label: rule.label, courseId: rule.courseId, years: [...rule.years], eligible: eligible[i]! })),
  };
}
