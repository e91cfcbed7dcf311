import { UsageError } from '../errors';
import { dateFault, instantOf, readDate } from './readDate';

/**
 * Reads an instant the way the organiser types it (every form of readDate): ISO 8601 with an
 * offset or Z, or a local date/time read in `timeZone`, whatever the machine's own zone. An
 * impossible date (31/02/2018) or an unknown form is a UsageError naming the option (none for a
 * file's cell: the caller names its column) and listing
 * the accepted forms; a clock time skipped when summer time starts is refused too.
 */
export function parseInstant(input: string, timeZone: string, option?: string): Date {
  const parts = readDate(input);
  if (!parts) throw notADate(input, option, 'invalidDate');
  const date = instantOf(parts, timeZone);
  if (!date) throw new UsageError('nonexistentTime', { option, value: input, timeZone });
  return date;
}

/**
 * The error for a text that is not a date: a day that does not exist (31/02/2027) or a clock time
 * that does not (24:00) is said as such; any other text gets the list of accepted forms (`key`).
 */
export function notADate(input: string, option: string | undefined, key: 'invalidDate' | 'invalidDay'): UsageError {
  const fault = dateFault(input);
  const named = option === undefined ? {} : { option };
  if (fault?.kind === 'day') return new UsageError('dayDoesNotExist', { ...named, value: input, day: fault.day, month: fault.month, year: fault.year, daysInMonth: fault.daysInMonth });
  if (fault?.kind === 'time') return new UsageError('timeDoesNotExist', { ...named, value: input });
  return new UsageError(key, { ...named, value: input });
}
