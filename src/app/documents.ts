// Use cases of `caprural doc`: what goes on the attendance sheet and on the certificates.
import { attendanceSheet, type AttendanceSheet } from '../domain/attendanceSheet';
import { markIssued, planCertificates, type CertificatesPlan } from '../domain/certificates';
import { appendLog } from '../domain/log';
import type { Deps } from './deps';

/** The attendance sheet of a session, from one read of the store. */
export async function sheetOf(deps: Deps, sessionId: string): Promise<AttendanceSheet> {
  return attendanceSheet(await deps.store.read(), sessionId);
}

/** Who gets a certificate of completion at a session (or only `memberRef`), from one read of the store. */
export async function certificatesOf(deps: Deps, sessionId: string, options: { memberRef?: string; hours?: number }): Promise<CertificatesPlan> {
  return planCertificates(await deps.store.read(), sessionId, options);
}

/**
 * Records, after the files are written, that these certificates were issued now: on each
 * registration (listed by `member export`) and in the log (ids only).
 */
export async function recordCertificates(deps: Deps, sessionId: string, registrationIds: readonly string[]): Promise<void> {
  const at = deps.clock();
  await deps.store.update((data) => {
    const done = markIssued(data, registrationIds, at);
    appendLog(data, { at, user: deps.user, action: 'certificate.issue', target: sessionId, details: { registrations: done } });
  });
}
