// What a new session of a course is offered by default when the organiser types it in: the
// choices of the course's latest edition (format, seats, length, how long before the start
// registrations close, the place), so that `session add` at a terminal is mostly Enter.
import type { Session } from '../store/index';
import { dayIn, formatTime } from '../time';
import { instantOf } from './readDate';
import { compareAscii } from './text';
import type { SESSION_FORMATS } from './vocabulary';

export interface SessionDefaults {
  format: (typeof SESSION_FORMATS)[number];
  /** Seats; null: no limit recorded. */
  capacity: number | null;
  /** How long the latest dated edition lasted, in minutes; null when none had a start and an end. */
  durationMinutes: number | null;
  /** Registrations closed this many calendar days before the start day, at `closesAt` o'clock; null when no edition had both. */
  closesDaysBefore: number | null;
  closesAt: { hour: number; minute: number } | null;
  /** The place of the latest edition given in person. */
  place: string | null;
}

/** The defaults of a session created without a previous edition to follow (as `session add` with flags only). */
export const FALLBACK_DEFAULTS: SessionDefaults = { format: 'webconference', capacity: 12, durationMinutes: null, closesDaysBefore: null, closesAt: null, place: null };

/** Latest first: by start when dated, else by year; a cancelled edition only after every other. */
function latestFirst(a: Session, b: Session): number {
  const cancelled = Number(a.status === 'cancelled') - Number(b.status === 'cancelled');
  return cancelled || compareAscii(b.startsAt ?? `${b.year}`, a.startsAt ?? `${a.year}`) || b.year - a.year || compareAscii(b.id, a.id);
}

const DAY_MS = 86_400_000;

/** Whole calendar days from day `a` to day `b` (yyyy-MM-dd). */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** What a new session of `courseId` is offered, from the course's editions among `sessions` (each value from the latest edition that has it). */
export function sessionDefaults(courseId: string, sessions: readonly Session[]): SessionDefaults {
  const editions = sessions.filter((s) => s.courseId === courseId).sort(latestFirst);
  const latest = editions[0];
  const seated = editions.find((s) => s.capacity !== null);
  const timed = editions.find((s) => s.startsAt && s.endsAt && !s.dateOnly);
  const closing = editions.find((s) => s.startsAt && s.registrationClosesAt && !s.dateOnly);
  const placed = editions.find((s) => s.format === 'in-person' && s.place);
  let closesDaysBefore: number | null = null;
  let closesAt: SessionDefaults['closesAt'] = null;
  if (closing) {
    const closes = new Date(closing.registrationClosesAt!);
    closesDaysBefore = daysBetween(dayIn(closes, closing.timeZone), dayIn(new Date(closing.startsAt!), closing.timeZone));
    const [hour, minute] = formatTime(closing.registrationClosesAt!, closing.timeZone).split(':').map(Number);
    closesAt = { hour: hour!, minute: minute! };
  }
  return {
    format: latest?.format ?? FALLBACK_DEFAULTS.format,
    capacity: seated ? seated.capacity : FALLBACK_DEFAULTS.capacity,
    durationMinutes: timed ? Math.round((Date.parse(timed.endsAt!) - Date.parse(timed.startsAt!)) / 60_000) : null,
    closesDaysBefore,
    closesAt,
    place: placed?.place ?? null,
  };
}

/** The end offered for a session starting at `start`: the same length as the latest edition; null when unknown. */
export function defaultEnd(start: Date, defaults: Pick<SessionDefaults, 'durationMinutes'>): Date | null {
  return defaults.durationMinutes === null ? null : new Date(start.getTime() + defaults.durationMinutes * 60_000);
}

/**
 * The registration deadline offered for a session starting at `start` in `timeZone`: as many
 * calendar days before the start day, at the same clock time, as the latest edition ("avant le
 * 8 février" for a 15 February start: 7 days before, at 00:00); null when unknown or not before the start.
 */
export function defaultCloses(start: Date, timeZone: string, defaults: Pick<SessionDefaults, 'closesDaysBefore' | 'closesAt'>): Date | null {
  if (defaults.closesDaysBefore === null || defaults.closesAt === null) return null;
  const day = new Date(Date.parse(`${dayIn(start, timeZone)}T00:00:00Z`) - defaults.closesDaysBefore * DAY_MS);
  const closes = instantOf(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), time: { ...defaults.closesAt, second: 0, millisecond: 0 }, offsetMinutes: null },
    timeZone,
  );
  return closes && closes.getTime() <= start.getTime() ? closes : null;
}
