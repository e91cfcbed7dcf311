import type { LogEntry, StoreData } from '../store/index';

/** Appends one entry to the store's history (append-only: nothing ever edits an entry). */
export function appendLog(data: StoreData, entry: { at: Date; user: string; action: string; target: string | null; details?: Record<string, unknown> }): LogEntry {
  const record: LogEntry = { at: entry.at.toISOString(), user: entry.user, action: entry.action, target: entry.target, details: entry.details ?? {} };
  data.log.push(record);
  return record;
}
