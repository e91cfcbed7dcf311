// Use cases of `caprural doc`: what goes on the attendance sheet and on the certificates.
import { attendanceSheet, type AttendanceSheet } from '../domain/attendanceSheet';
import type { Deps } from './deps';

/** The attendance sheet of a session, from one read of the store. */
export async function sheetOf(deps: Deps, sessionId: string): Promise<AttendanceSheet> {
  return attendanceSheet(await deps.store.read(), sessionId);
}
