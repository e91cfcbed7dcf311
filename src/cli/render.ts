import { formatInstant, sessionSpan } from '../time';
import type { Session } from '../store/index';
import type { Context } from './context';

/** A session's date as the organiser reads it, in the session's own time zone. */
export function sessionDate(ctx: Context, s: Session): string {
  return sessionSpan(s, ctx.lang) ?? ctx.t('dateUnknown', { year: s.year });
}

export function deadline(ctx: Context, s: Session): string {
  return s.registrationClosesAt ? formatInstant(s.registrationClosesAt, s.timeZone, ctx.lang) : ctx.t('noDeadline');
}

export function euros(cents: number | null): string {
  return cents === null ? '' : `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}
