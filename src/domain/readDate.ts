// The one date reader: every WHEN (--received-at, --starts, --ends, --closes, --on) and every date
// column of an import goes through readDate, so a form accepted in one place is accepted in all.

/** A calendar date and, when given, a clock time, as written; `offsetMinutes` when the text fixes the zone. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Null when only a day was written. */
  time: { hour: number; minute: number; second: number; millisecond: number } | null;
  /** Minutes east of UTC when the text says so (Z, +01:00); null: local to the session's zone. */
  offsetMinutes: number | null;
}

// Month names, French and English, full and abbreviated, without accents (the text is folded first).
const MONTHS: Record<string, number> = {};
const monthNames: Array<[number, string[]]> = [
  [1, ['janvier', 'janv', 'jan', 'january']],
  [2, ['fevrier', 'fevr', 'fev', 'february', 'feb']],
  [3, ['mars', 'mar', 'march']],
  [4, ['avril', 'avr', 'april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun']],
  [7, ['juillet', 'juil', 'july', 'jul']],
  [8, ['aout', 'august', 'aug']],
  [9, ['septembre', 'sept', 'sep', 'september']],
  [10, ['octobre', 'oct', 'october']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['decembre', 'dec', 'december']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+';
// A clock time: 14:30, 14:30:15, 14h30, 14h, 9h05 (optionally introduced by "à", "at" or a comma).
const TIME = '(?:\\s*,?\\s*(?:a|at|T)?\\s*(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,3}))?)?|h(\\d{2})?))?';
const OFFSET = '(Z|[+-]\\d{2}(?::?\\d{2})?)?';

const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,3}))?)?\\s*${OFFSET})?$`, 'i');
const NUMERIC = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${TIME}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(?:${WEEKDAY})?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+([a-z]+)\\.?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^(?:${WEEKDAY})?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function time(h?: string, mi?: string, s?: string, ms?: string, hMinutes?: string): DateParts['time'] {
  if (h === undefined) return null;
  return { hour: Number(h), minute: Number(mi ?? hMinutes ?? 0), second: Number(s ?? 0), millisecond: Number((ms ?? '0').padEnd(3, '0')) };
}

function offset(text: string | undefined): number | null {
  if (!text) return null;
  if (text.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** A two-digit year is in this century: 18 is 2018. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * The date (and time, and offset) a text writes, or null when it is not one of the accepted forms
 * or names a day or time that does not exist (31/02/2018, 24:00, 14h75).
 */
export function readDate(input: string): DateParts | null {
  const parts = readForm(input);
  if (!parts || !dayExists(parts.year, parts.month, parts.day)) return null;
  const t = parts.time;
  if (t && (t.hour > 23 || t.minute > 59 || t.second > 59)) return null;
  return parts;
}

/** Why a text written in an accepted form is not a date: a day that does not exist (31/02/2027), or a clock time that does not (24:00, 14h75). */
export type DateFault = { kind: 'day'; year: number; month: number; day: number; daysInMonth: number } | { kind: 'time' };

/** The fault of a text readDate refuses although it has an accepted form; null for any other form. */
export function dateFault(input: string): DateFault | null {
  const parts = readForm(input);
  if (!parts) return null;
  if (!dayExists(parts.year, parts.month, parts.day)) {
    const daysInMonth = parts.month >= 1 && parts.month <= 12 ? new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate() : 0;
    return { kind: 'day', year: parts.year, month: parts.month, day: parts.day, daysInMonth };
  }
  const t = parts.time;
  return t && (t.hour > 23 || t.minute > 59 || t.second > 59) ? { kind: 'time' } : null;
}

/** The parts a text writes in one of the accepted forms, whether or not that day and time exist. */
function readForm(input: string): DateParts | null {
  const text = fold(input);
  let parts: DateParts | null = null;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) {
    parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: time(m[4], m[5], m[6], m[7]), offsetMinutes: offset(m[8]) };
    if (parts.offsetMinutes !== null && parts.time === null) return null;
  } else if ((m = NUMERIC.exec(text))) {
    parts = { year: fullYear(m[3]!), month: Number(m[2]), day: Number(m[1]), time: time(m[4], m[5], m[6], m[7], m[8]), offsetMinutes: null };
  } else if ((m = DAY_MONTH_YEAR.exec(text)) && MONTHS[m[2]!]) {
    parts = { year: Number(m[3]), month: MONTHS[m[2]!]!, day: Number(m[1]), time: time(m[4], m[5], m[6], m[7], m[8]), offsetMinutes: null };
  } else if ((m = MONTH_DAY_YEAR.exec(text)) && MONTHS[m[1]!]) {
    parts = { year: Number(m[3]), month: MONTHS[m[1]!]!, day: Number(m[2]), time: time(m[4], m[5], m[6], m[7], m[8]), offsetMinutes: null };
  }
  return parts;
}

function dayExists(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time an instant shows in a zone, as if it were UTC (ms). */
function wallClock(ms: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    zoneFormats.set(timeZone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + (((ms % 1000) + 1000) % 1000);
}

/**
 * The instant the parts name: with their offset, or as a clock in `timeZone` shows it.
 * Returns null for a clock time skipped when summer time starts (25/03/2018 02:30 in Paris);
 * a time shown twice when it ends is the first of the two.
 */
export function instantOf(parts: DateParts, timeZone: string): Date | null {
  const t = parts.time ?? { hour: 0, minute: 0, second: 0, millisecond: 0 };
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, t.hour, t.minute, t.second, t.millisecond);
  if (parts.offsetMinutes !== null) return new Date(wall - parts.offsetMinutes * 60_000);
  // Two guesses of the zone's offset (before and after a change) and keep one that reads back.
  const first = wall - (wallClock(wall, timeZone) - wall);
  const candidates = [first - 3_600_000, first, wall - (wallClock(first, timeZone) - first)].sort((a, b) => a - b);
  for (const candidate of candidates) if (wallClock(candidate, timeZone) === wall) return new Date(candidate);
  return null;
}
