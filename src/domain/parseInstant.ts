import { tz } from '@date-fns/tz';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import { UsageError } from '../errors';

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
    date = parseISO(text);
  } else {
    for (const [shape, format] of LOCAL_FORMATS) {
      if (!shape.test(text)) continue;
      const normalised = text.replace(' ', format.includes("'T'") ? 'T' : ' ').replace('h', ':');
      date = parse(normalised, format, new Date(0), { in: tz(timeZone) });
      break;
    }
  }
  if (!date || Number.isNaN(date.getTime())) throw new UsageError('invalidDate', { option, value: input });
  return new Date(date.getTime());
}

