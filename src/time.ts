// Instants shown and calendar days read in a time zone, with Intl only: no date library on the
// start-up path. A leaf: it imports nothing of the project, so domain/, i18n/ and the CLI share it.
// Instants typed by the organiser are read by domain/parseInstant.ts (date-fns), loaded with the commands that need it.

/** The time zone of Cap Rural's office: the log, payment days, "this year", sessions created without one. */
export const OFFICE_TIME_ZONE = 'Europe/Paris';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The parts of an instant as a clock in `timeZone` shows them (one formatter per zone: building one costs more than using it). */
function partsIn(iso: string | Date, timeZone: string): Record<string, string> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** "15/02/2018 10:00" (fr) or "2018-02-15 10:00" (en), in the session's time zone; the day alone when `dateOnly`. */
export function formatInstant(iso: string | Date, timeZone: string, lang: 'fr' | 'en', dateOnly = false): string {
  const p = partsIn(iso, timeZone);
  const day = lang === 'fr' ? `${p.day}/${p.month}/${p.year}` : `${p.year}-${p.month}-${p.day}`;
  return dateOnly ? day : `${day} ${p.hour}:${p.minute}`;
}

/** "10:00" in the session's time zone. */
export function formatTime(iso: string, timeZone: string): string {
  const p = partsIn(iso, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** True when `timeZone` is an IANA zone this Node knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (yyyy-MM-dd) of an instant in `timeZone`. */
export function dayIn(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * When a session takes place, in its own time zone: "15/02/2018 10:00-12:00" on one day,
 * "17/06/2019 09:00 - 18/06/2019 17:00" over several (both dates, everywhere); the day alone when
 * only the day is known. Null when it has no start.
 */
export function sessionSpan(s: { startsAt: string | null; endsAt: string | null; dateOnly: boolean; timeZone: string }, lang: 'fr' | 'en'): string | null {
  if (!s.startsAt) return null;
  const startDay = formatInstant(s.startsAt, s.timeZone, lang, true);
  const endDay = s.endsAt ? formatInstant(s.endsAt, s.timeZone, lang, true) : startDay;
  if (s.dateOnly) return endDay === startDay ? startDay : `${startDay} - ${endDay}`;
  const start = formatInstant(s.startsAt, s.timeZone, lang);
  if (!s.endsAt) return start;
  return endDay === startDay ? `${start}-${formatTime(s.endsAt, s.timeZone)}` : `${start} - ${formatInstant(s.endsAt, s.timeZone, lang)}`;
}
