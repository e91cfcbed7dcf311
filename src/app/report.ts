import { parseYear } from '../domain/dates';
import { dayIn, OFFICE_TIME_ZONE } from '../time';
import { computeReport, type ReportFigures, type ReportScope } from '../domain/reportFigures';
import { findSession, sessionNotFound } from '../domain/sessions';
import { UsageError } from '../errors';
import type { Deps } from './deps';

export interface ReportInput {
  year?: string | number;
  session?: string;
}

/**
 * `caprural report`: the figures of a year (default: the current year in Paris) or of one
 * session. A cancelled session has no report of its own (cancelled sessions are left out).
 */
export async function buildReport(deps: Deps, input: ReportInput): Promise<ReportFigures> {
  if (input.year !== undefined && input.session !== undefined) throw new UsageError('reportYearOrSession', {});
  const year = input.year === undefined ? undefined : parseYear(input.year, '--year');
  const data = await deps.store.read();
  const now = deps.clock();
  let scope: ReportScope;
  if (input.session !== undefined) {
    const session = findSession(data, input.session);
    if (!session) throw sessionNotFound(data.sessions, input.session);
    if (session.status === 'cancelled') throw new UsageError('reportSessionCancelled', { id: session.id });
    scope = { kind: 'session', sessionId: session.id };
  } else {
    scope = { kind: 'year', year: year ?? Number(dayIn(now, OFFICE_TIME_ZONE).slice(0, 4)) };
  }
  return computeReport(data, scope, now);
}
