// Calendar days and years typed by the organiser. Showing instants is src/time.ts (a leaf module);
// instants typed by the organiser are read by parseInstant.ts (date-fns), loaded with the commands that need it.
import { UsageError } from '../errors';

/** Reads a calendar day (2018-02-07 or 07/02/2018) as yyyy-MM-dd, checking that it exists. */
export function parseDay(input: string, option: string): string {
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    const [y, m, d] = text.includes('/') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return probe.toISOString().slice(0, 10);
    }
  }
  throw new UsageError('invalidDay', { option, value: input });
}

/** Parses a year between 2000 and 2100. */
export function parseYear(input: string | number, option: string): number {
  const year = typeof input === 'number' ? input : Number(String(input).trim());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('invalidYear', { option, value: String(input) });
  return year;
}

// Showing instants moved to the leaf src/time.ts (so that i18n/ can use it without importing
// domain/); these re-exports keep code written before the move compiling. Import from '../time'.
export { dayIn, formatInstant, formatTime, isTimeZone } from '../time';
