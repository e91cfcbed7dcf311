import { tz } from '@date-fns/tz';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import { UsageError } from '../errors';
import { formatTime } from '../time';

const LOCAL_FORMATS: ReadonlyArray<[RegExp, string]> = [
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd'],
  [/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, "yyyy-MM-dd'T'HH:mm"],
  [/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}$/, "yyyy-MM-dd'T'HH:mm:ss"],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'd/M/yyyy'],
  [/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}[:h]\d{2}$/, 'd/M/yyyy H:mm'],
];

/**
 * Reads an instant the way the organiser types it: ISO 8601 with an offset or Z, or a local
 * date/time (2018-02-07, 2018-02-07T23:59, 07/02/2018 23:59) read in `timeZone`, whatever the
 * machine's own zone. An impossible date (31/02/2018) is a UsageError naming the option.
 */
export function parseInstant(input: string, timeZone: string, option: string): Date {
  const text = input.trim();
  let date: Date | undefined;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text)) {
    date = parseISO(text.toUpperCase());
  } else {
    for (const [shape, format] of LOCAL_FORMATS) {
      if (!shape.test(text)) continue;
      const normalised = text.replace(' ', format.includes("'T'") ? 'T' : ' ').replace('h', ':');
      date = parse(normalised, format, new Date(0), { in: tz(timeZone) });
      // A clock time skipped when summer time starts (25/03/2018 02:30 in Paris) does not exist:
      // read back, it is not the time typed, and guessing an hour is worse than asking.
      if (!Number.isNaN(date.getTime()) && format.includes('H') && !sameClockTime(date, normalised, timeZone)) {
        throw new UsageError('nonexistentTime', { option, value: input, timeZone });
      }
      break;
    }
  }
  if (!date || Number.isNaN(date.getTime())) throw new UsageError('invalidDate', { option, value: input });
  return new Date(date.getTime());
}


/** Whether `date`, shown in `timeZone`, has the hours and minutes written in `text`. */
function sameClockTime(date: Date, text: string, timeZone: string): boolean {
  const typed = /(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!typed) return true;
  return formatTime(date.toISOString(), timeZone) === `${typed[1]!.padStart(2, '0')}:${typed[2]}`;
}
