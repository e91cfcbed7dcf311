import { RuleError, UsageError } from '../errors';
import { SESSION_FORMATS, SESSION_STATUSES, vocabularyValue } from './vocabulary';
import type { Session, StoreData } from '../store/index';
import { parseYear } from './dates';
import { dayIn, isTimeZone, OFFICE_TIME_ZONE } from '../time';
import { parseInstant } from './parseInstant';
import { parseRoles } from './members';
import { Problems } from './problems';
import { countBySession } from './sessions';
import { parseLink, parsePlace } from './sessionLink';
import { freeTextError, parseFreeText, uniqueId } from './text';

export interface SessionInput {
  course?: string;
  title?: string;
  year?: string;
  format?: string;
  starts?: string;
  ends?: string;
  closes?: string;
  timeZone?: string;
  capacity?: string;
  membershipYear?: string;
  audience?: readonly string[];
  status?: string;
  /** Joining link (webconference); "" clears it. */
  link?: string;
  /** Place (in person); "" clears it. */
  place?: string;
}

function oneOf<T extends string>(values: readonly T[], value: string, option: string): T {
  const found = vocabularyValue(values, value);
  if (!found) throw new UsageError('invalidChoice', { option, value, allowed: values.join(', ') });
  return found;
}

function parseCapacity(value: string): number | null {
  // No seat limit: empty, `none`, or the French `aucune` / `illimitée`.
  if (['', 'none', 'aucune', 'illimitee', 'illimitée'].includes(value.trim().toLowerCase())) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new UsageError('invalidCapacity', { value });
  return n;
}

/** Applies the input's fields over `base` (a new session's defaults or the one being edited), checking each. */
function applyFields(data: StoreData, base: Session, input: SessionInput): Session {
  const problems = new Problems();
  const next: Session = { ...base };
  if (input.timeZone !== undefined) {
    if (isTimeZone(input.timeZone.trim())) next.timeZone = input.timeZone.trim();
    else problems.add(new UsageError('invalidTimeZone', { value: input.timeZone }));
  }
  if (input.title !== undefined) {
    const title = parseFreeText(input.title, 300);
    if (title) next.title = title;
    else problems.add(freeTextError('--title', input.title, 300));
  }
  if (input.year !== undefined) next.year = problems.check(() => parseYear(input.year!, '--year')) ?? next.year;
  if (input.membershipYear !== undefined) next.membershipYear = problems.check(() => parseYear(input.membershipYear!, '--membership-year')) ?? next.membershipYear;
  if (input.format !== undefined) next.format = problems.check(() => oneOf(SESSION_FORMATS, input.format!, '--format')) ?? next.format;
  if (input.status !== undefined) next.status = problems.check(() => oneOf(SESSION_STATUSES, input.status!, '--status')) ?? next.status;
  if (input.capacity !== undefined) next.capacity = problems.check(() => parseCapacity(input.capacity!)) ?? null;
  if (input.link !== undefined) problems.check(() => (next.link = parseLink(input.link!)));
  if (input.place !== undefined) problems.check(() => (next.place = parsePlace(input.place!)));
  if (input.audience !== undefined) next.audience = problems.check(() => parseRoles(input.audience!)) ?? next.audience;
  const instant = (value: string | undefined, option: string, current: string | null) => {
    if (value === undefined) return current;
    if (value.trim() === '') return null;
    return problems.check(() => parseInstant(value, next.timeZone, option).toISOString()) ?? current;
  };
  next.startsAt = instant(input.starts, '--starts', next.startsAt);
  next.endsAt = instant(input.ends, '--ends', next.endsAt);
  next.registrationClosesAt = instant(input.closes, '--closes', next.registrationClosesAt);
  if (input.starts !== undefined) next.dateOnly = false;
  if (next.startsAt && next.endsAt && next.endsAt <= next.startsAt) problems.add(new UsageError('endsBeforeStarts', {}));
  // Registrations cannot close after the session has started (R2 would accept them too late).
  if (next.startsAt && next.registrationClosesAt && next.registrationClosesAt > next.startsAt) problems.add(new UsageError('closesAfterStarts', {}));
  problems.throwIfAny();
  if (next.startsAt) {
    const startYear = Number(dayIn(new Date(next.startsAt), next.timeZone).slice(0, 4));
    if (input.year === undefined && input.starts !== undefined) next.year = startYear;
    else if (next.year !== startYear) throw new UsageError('yearNotStartYear', { year: next.year, startYear });
  }
  // R14: the cotisation year follows the session's year (moved by --year or by --starts) unless it
  // was set explicitly: given now, or already different from the year.
  if (input.membershipYear === undefined && base.membershipYear === base.year) next.membershipYear = next.year;
  const counts = countBySession(data.registrations).get(next.id);
  if (next.capacity !== null && counts && counts.confirmed > next.capacity) {
    throw new RuleError('capacityBelowConfirmed', { capacity: next.capacity, confirmed: counts.confirmed });
  }
  return next;
}

/** A new session of an existing course; its id is `<course>-<year>` (made unique). */
export function newSession(data: StoreData, input: SessionInput): Session {
  if (!input.course) throw new UsageError('missingOption', { option: '--course' });
  const course = data.courses.find((c) => c.id === input.course!.trim());
  if (!course) throw new UsageError('courseNotFound', { ref: input.course, known: data.courses.map((c) => c.id).join(', ') });
  if (input.year === undefined && !input.starts) throw new UsageError('missingOption', { option: '--year' });
  const base: Session = {
    id: '',
    courseId: course.id,
    title: course.title,
    year: 0,
    format: 'webconference',
    startsAt: null,
    endsAt: null,
    dateOnly: false,
    timeZone: OFFICE_TIME_ZONE,
    capacity: 12,
    registrationClosesAt: null,
    membershipYear: 0,
    audience: ['agent', 'coprog', 'coop-group'],
    speakers: [],
    contact: null,
    status: 'announced',
  };
  const session = applyFields(data, base, { ...input, status: input.status ?? (input.starts ? 'scheduled' : 'announced') });
  if (input.membershipYear === undefined) session.membershipYear = session.year;
  const taken = new Set(data.sessions.map((s) => s.id));
  session.id = uniqueId(`${course.id}-${session.year}`, (id) => taken.has(id));
  return session;
}

export function editSession(data: StoreData, session: Session, input: SessionInput): Session {
  if (input.course !== undefined) throw new UsageError('courseNotEditable', {});
  return applyFields(data, session, input);
}
