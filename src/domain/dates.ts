// Calendar days and years typed by the organiser (read by readDate.ts, the one reader of every
// WHEN and date column). Showing instants is src/time.ts, a leaf module.
import { UsageError } from '../errors';
import { notADate } from './parseInstant';
import { readDate } from './readDate';

/** Reads a calendar day (any date form of readDate, without a time) as yyyy-MM-dd, checking that it exists. */
export function parseDay(input: string, option: string): string {
  const parts = readDate(input);
  if (!parts) throw notADate(input, option, 'invalidDay');
  if (parts.time !== null) throw new UsageError('invalidDay', { option, value: input });
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** Parses a year between 2000 and 2100. */
export function parseYear(input: string | number, option: string): number {
  const year = typeof input === 'number' ? input : Number(String(input).trim());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('invalidYear', { option, value: String(input) });
  return year;
}

// Showing instants moved to the leaf src/time.ts (so that i18n/ can use it without importing
// domain/); these re-exports keep code written before the move compiling. Import from '../time'.
export { dayIn, formatInstant, formatTime, isTimeZone, sessionSpan } from '../time';
