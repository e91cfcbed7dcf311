// The half-days a session covers, read in its own time zone: the columns of the attendance sheet
// (one signature per trainee per half-day) and the hours on the certificate of completion.
import { dayIn, formatTime } from '../time';
import type { Session } from '../store/index';

export type Half = 'am' | 'pm';

export interface HalfDay {
  /** The calendar day in the session's time zone, yyyy-MM-dd. */
  day: string;
  half: Half;
}

type Schedule = Pick<Session, 'startsAt' | 'endsAt' | 'timeZone' | 'dateOnly'>;

const NOON = 12 * 60;
/** A day that ends after 13:00 has an afternoon; one that starts before noon has a morning. */
const AFTERNOON_FROM = 13 * 60;
const DAY = 24 * 60;

const minutesOfDay = (iso: string, timeZone: string) => {
  const [h, m] = formatTime(iso, timeZone).split(':').map(Number);
  return h! * 60 + m!;
};

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Each day of the session with the time it runs, in minutes from midnight (session zone).
 * Over several days, each day runs the hours of the first day's start to the last day's end
 * (09:00 on the 1st to 17:00 on the 2nd: 09:00-17:00 each day); when the end's time is not after
 * the start's, the first day runs to midnight and the last from midnight. Empty without dates;
 * whole days (no hours known) when `dateOnly` or without an end.
 */
export function sessionDays(s: Schedule): Array<{ day: string; from: number | null; to: number | null }> {
  if (!s.startsAt) return [];
  const firstDay = dayIn(new Date(s.startsAt), s.timeZone);
  if (s.dateOnly || !s.endsAt) {
    const lastDay = s.endsAt ? dayIn(new Date(s.endsAt), s.timeZone) : firstDay;
    const days = [];
    for (let d = firstDay; d <= lastDay; d = nextDay(d)) days.push({ day: d, from: null, to: null });
    return days;
  }
  const start = minutesOfDay(s.startsAt, s.timeZone);
  let end = minutesOfDay(s.endsAt, s.timeZone);
  let lastDay = dayIn(new Date(s.endsAt), s.timeZone);
  // Ending at midnight ends the day before.
  if (end === 0 && lastDay > firstDay) {
    end = DAY;
    lastDay = dayIn(new Date(Date.parse(s.endsAt) - 60_000), s.timeZone);
  }
  if (lastDay === firstDay) return [{ day: firstDay, from: start, to: end }];
  const sameHours = start < end;
  const days = [];
  for (let d = firstDay; d <= lastDay; d = nextDay(d)) {
    const from = d === firstDay || sameHours ? start : 0;
    const to = d === lastDay || sameHours ? end : DAY;
    days.push({ day: d, from, to });
  }
  return days;
}

/**
 * The half-days of a session, in order: a morning when a day starts before 12:00, an afternoon
 * when it ends after 13:00 (10:00-12:00 is one morning, 09:00-12:30 too, 09:00-17:00 two
 * half-days, two such days four). A day whose hours are unknown counts both halves.
 */
export function sessionHalfDays(s: Schedule): HalfDay[] {
  const out: HalfDay[] = [];
  for (const { day, from, to } of sessionDays(s)) {
    let am = from === null || from < NOON;
    let pm = to === null || to > AFTERNOON_FROM;
    if (!am && !pm) pm = true;
    if (am) out.push({ day, half: 'am' });
    if (pm) out.push({ day, half: 'pm' });
  }
  return out;
}

/** The scheduled length in minutes, day by day (null when hours are not known). Lunch breaks are not known, hence included. */
export function scheduledMinutes(s: Schedule): number | null {
  const days = sessionDays(s);
  if (days.length === 0 || days.some((d) => d.from === null || d.to === null)) return null;
  return days.reduce((sum, d) => sum + (d.to! - d.from!), 0);
}

/** "15/02/2018" (fr) or "2018-02-15" (en). */
export function formatDay(day: string, lang: 'fr' | 'en'): string {
  const [y, m, d] = day.split('-');
  return lang === 'fr' ? `${d}/${m}/${y}` : day;
}
