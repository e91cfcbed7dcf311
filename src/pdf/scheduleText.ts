// The dates and times of a session as printed on the documents.
import { OFFICE_TIME_ZONE } from '../time';
import { formatDay, type HalfDay } from '../domain/halfDays';
import type { AttendanceSheet } from '../domain/attendanceSheet';
import type { DocumentWords } from '../i18n/documents';

/** Minutes from midnight as "09:00" (1440, the end of a day, is "24:00"). */
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * "15/02/2018 10:00–12:00", one day after the other ("; "); three days or more in a row with the
 * same hours as one range ("du 07/06/2018 au 12/06/2018, 09:00–17:00 chaque jour"); the time
 * zone named unless Paris.
 */
export function scheduleLine(days: AttendanceSheet['days'], timeZone: string, words: DocumentWords, lang: 'fr' | 'en'): string {
  if (days.length === 0) return words.noDate;
  const hours = (d: AttendanceSheet['days'][number]) => (d.from === null || d.to === null ? `(${words.hoursUnknown})` : `${hhmm(d.from)}–${hhmm(d.to)}`);
  const sameHours = days.every((d) => hours(d) === hours(days[0]!));
  const text =
    days.length >= 3 && sameHours
      ? words.daysRange(formatDay(days[0]!.day, lang), formatDay(days[days.length - 1]!.day, lang), hours(days[0]!))
      : days.map((d) => `${formatDay(d.day, lang)} ${hours(d)}`).join(' ; ');
  return timeZone === OFFICE_TIME_ZONE ? text : `${text} (${timeZone})`;
}

/** "15/02/2018 matin". */
export function halfDayLabel(h: HalfDay, words: DocumentWords, lang: 'fr' | 'en'): [string, string] {
  return [formatDay(h.day, lang), h.half === 'am' ? words.am : words.pm];
}

/** "2", "7,5" (fr) or "7.5" (en): hours with at most two decimals. */
export function formatHours(hours: number, lang: 'fr' | 'en'): string {
  const text = String(Math.round(hours * 100) / 100);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
