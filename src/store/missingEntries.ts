// Entries missing from the history file (a line removed by hand): readLogEntries puts a placeholder
// in their place, so that entry N stays at index N-1 (src/store/logFile.ts). Kept apart, without
// imports, so that the store contract can say which entries are placeholders without loading the file code.
import type { LogEntry } from './schema';

/** The action of the placeholder standing for an entry missing from the file (its `details.seq` says which). */
export const MISSING_ACTION = 'log.missing';

const placeholders = new WeakSet<LogEntry>();

/** A placeholder for entry `seq`, dated `at` (the entry after it): never written back to the file. */
export function missingEntry(seq: number, at: unknown): LogEntry {
  const entry = { at, user: '', action: MISSING_ACTION, target: null, details: { seq } } as LogEntry;
  placeholders.add(entry);
  return entry;
}

/** Whether `entry` stands for an entry missing from the file (a gap), not one read from it. */
export const isMissingEntry = (entry: LogEntry): boolean => placeholders.has(entry);
