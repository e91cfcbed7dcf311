// R7, read apart from the rest of the registration code: it needs the date reader, which commands
// that only list or order registrations should not load.
import { UsageError } from '../errors';
import { parseInstant } from './parseInstant';

/**
 * R7: the time a registration was received. `value` (`--received-at`) is read in the
 * session's time zone; absent, it is `now`. A time after `now` is a UsageError.
 */
export function parseReceivedAt(value: string | undefined, timeZone: string, now: Date, option = '--received-at'): Date {
  if (value === undefined) return now;
  return requireReceivedAt(parseInstant(value, timeZone, option), value, timeZone, now);
}

/** Refuses a time received after `now`: nobody received a registration in the future. */
export function requireReceivedAt(date: Date, value: string, timeZone: string, now: Date): Date {
  if (date.getTime() > now.getTime()) throw new UsageError('receivedInFuture', { value, now: now.toISOString(), timeZone });
  return date;
}
