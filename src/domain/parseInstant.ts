import { UsageError } from '../errors';
import { instantOf, readDate } from './readDate';

/**
 * Reads an instant the way the organiser types it (every form of readDate): ISO 8601 with an
 * offset or Z, or a local date/time read in `timeZone`, whatever the machine's own zone. An
 * impossible date (31/02/2018) or an unknown form is a UsageError naming the option (none for a
 * file's cell: the caller names its column) and listing
 * the accepted forms; a clock time skipped when summer time starts is refused too.
 */
export function parseInstant(input: string, timeZone: string, option?: string): Date {
  const parts = readDate(input);
  if (!parts) throw new UsageError('invalidDate', { option, value: input });
  const date = instantOf(parts, timeZone);
  if (!date) throw new UsageError('nonexistentTime', { option, value: input, timeZone });
  return date;
}
