// The values of webconference reports: durations and join/leave times as each tool writes them.

/** The unit of a bare number in a duration column ("Duration (Minutes)": minutes; Livestorm: seconds). */
export type DurationUnit = 'minutes' | 'seconds';

const UNIT_SECONDS: Array<[RegExp, number]> = [
  [/^(?:d|j|days?|jours?)$/, 86400],
  [/^(?:h|hr|hrs|hours?|heures?)$/, 3600],
  [/^(?:m|mn|min|mins|minutes?)$/, 60],
  [/^(?:s|sec|secs|seconds?|secondes?)$/, 1],
];

/**
 * A duration in seconds, as the tools write it: a number in `unit` (`122`, `6,5`), `HH:MM:SS`
 * or `H:MM` (BigBlueButton, Blackboard), units in words or letters (`1h 3m 45s` Teams, `2 hr 11 min`
 * Meet, `1 hour 3 minutes` GoTo, `1 h 03 min`, `1h03`, `2 heures`). Null for an empty cell or a
 * dash (`--`, `-`: did not come); undefined when the text is not a duration.
 */
export function parseDuration(text: string, unit: DurationUnit = 'minutes'): number | null | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\u00a0/g, ' ');
  if (t === '' || /^[-–—]+$/.test(t)) return null;
  const number = /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
  if (Number.isFinite(number)) return Math.round(number * (unit === 'minutes' ? 60 : 1));
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,]\d+)?)?$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  const hhmm = /^(\d+)\s*h\s*(\d{1,2})$/.exec(t); // "1h03", French
  if (hhmm) return Number(hhmm[1]) * 3600 + Number(hhmm[2]) * 60;
  const token = /(\d+(?:[.,]\d+)?)\s*([a-zé]+)\.?/g;
  if (
    t
      .replace(token, ' ')
      .replace(/\b(?:and|et)\b|,/g, ' ')
      .trim() !== ''
  )
    return undefined;
  let seconds = 0;
  let found = false;
  for (const m of t.matchAll(token)) {
    const factor = UNIT_SECONDS.find(([re]) => re.test(m[2]!))?.[1];
    if (factor === undefined) return undefined;
    seconds += Number(m[1]!.replace(',', '.')) * factor;
    found = true;
  }
  if (!found) return undefined;
  return Math.round(seconds);
}

/** The order of day and month in a date written with slashes. */
export type DateOrder = 'mdy' | 'dmy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MOIS = ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];

/** A moment in a report: wall-clock milliseconds (as if UTC), or a time of day alone (Meet's "9:51 AM"). */
export interface ReportTime {
  ms: number;
  /** No date was given: only differences within one day mean something. */
  timeOnly: boolean;
}

/**
 * A join or leave time as the tools write it: `02/15/2018 09:51:40 AM` (Zoom), `2/15/18, 9:51:40 AM`
 * (Teams), `15/02/2018 09:51:40` (BigBlueButton in French), ISO 8601 (`2018-02-15T09:51:40Z`),
 * `Feb 15, 2018 09:51 AM CET` (GoTo), `15 févr. 2018 09:51`, or a time alone (`9:51 AM`, `10:05`).
 * Slashed dates are read in `order`. Only differences between two times are used, so the time
 * zone a tool writes in does not matter, except that an explicit offset is applied. Null when blank
 * or a dash; undefined when not a time.
 */
export function parseReportTime(text: string, order: DateOrder): ReportTime | null | undefined {
  const t = text.trim().replace(/\u00a0|\u202f/g, ' ');
  if (t === '' || /^[-–—]+$/.test(t)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    let ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0));
    if (zone && zone.toUpperCase() !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      ms -= sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000;
    }
    return valid(ms, false);
  }
  const time = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?\s*m\.?)?(?:\s+[A-Za-z]{2,5}(?:[+-]\d{1,2})?)?`;
  const slashed = new RegExp(String.raw`^(\d{1,4})[/.](\d{1,2})[/.](\d{2,4}),?\s+${time}$`, 'i').exec(t);
  if (slashed) {
    const [, a, b, c, h, mi, s, ampm] = slashed;
    let [y, mo, d] = a!.length === 4 ? [+a!, +b!, +c!] : order === 'mdy' ? [+c!, +a!, +b!] : [+c!, +b!, +a!];
    if (a!.length !== 4 && mo > 12 && d <= 12) [mo, d] = [d, mo];
    if (y < 100) y += 2000;
    return dated(y, mo, d, +h!, +mi!, +(s ?? 0), ampm);
  }
  const named = new RegExp(String.raw`^(?:(\d{1,2})\s+([A-Za-zéû]+)\.?|([A-Za-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4}),?\s+(?:à\s+)?${time}$`, 'i').exec(t);
  if (named) {
    const [, d1, m1, m2, d2, y, h, mi, s, ampm] = named;
    const name = (m1 ?? m2)!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    let mo = MONTHS.findIndex((m) => name.startsWith(m));
    if (mo < 0) mo = MOIS.findIndex((m) => name.startsWith(m));
    if (mo < 0) return undefined;
    return dated(+y!, mo + 1, +(d1 ?? d2)!, +h!, +mi!, +(s ?? 0), ampm);
  }
  const alone = new RegExp(String.raw`^${time}$`, 'i').exec(t);
  if (alone) {
    const [, h, mi, s, ampm] = alone;
    const hours = to24(+h!, ampm);
    if (hours === undefined || +mi! > 59 || +(s ?? 0) > 59) return undefined;
    return { ms: (hours * 3600 + +mi! * 60 + +(s ?? 0)) * 1000, timeOnly: true };
  }
  return undefined;
}

function to24(h: number, ampm: string | undefined): number | undefined {
  if (!ampm) return h <= 23 ? h : undefined;
  if (h < 1 || h > 12) return undefined;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

function dated(y: number, mo: number, d: number, h: number, mi: number, s: number, ampm: string | undefined): ReportTime | undefined {
  const hours = to24(h, ampm);
  if (hours === undefined || mo < 1 || mo > 12 || d < 1 || d > 31 || mi > 59 || s > 59) return undefined;
  return valid(Date.UTC(y, mo - 1, d, hours, mi, s), false);
}

function valid(ms: number, timeOnly: boolean): ReportTime | undefined {
  return Number.isFinite(ms) ? { ms, timeOnly } : undefined;
}

/** Yes/No as the tools write it (`Yes`, `No`, `true`, `false`, `Oui`, `Non`, `1`, `0`, `Y`, `N`); null when blank, undefined otherwise. */
export function parseYesNo(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (['yes', 'y', 'true', 'oui', 'o', 'vrai', '1', 'x', 'present', 'présent', 'présente', 'présent·e', 'attended'].includes(t)) return true;
  if (['no', 'n', 'false', 'non', 'faux', '0', '--', '-', 'absent', 'absente', 'absent·e', 'no show'].includes(t)) return false;
  return undefined;
}
