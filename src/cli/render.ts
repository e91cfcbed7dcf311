import { formatInstant, sessionSpan } from '../time';
import type { Session } from '../store/index';
import type { Context } from './context';

/** A session's date as the organiser reads it, in the session's own time zone. */
export function sessionDate(ctx: Context, s: Session): string {
  return sessionSpan(s, ctx.lang) ?? ctx.t('dateUnknown', { year: s.year });
}

/** When registration closes (R2): the deadline, else the session's start, said so; "—" when neither is known. */
export function deadline(ctx: Context, s: Session): string {
  if (s.registrationClosesAt) return formatInstant(s.registrationClosesAt, s.timeZone, ctx.lang);
  if (s.startsAt) return ctx.t('closesAtStart', { at: formatInstant(s.startsAt, s.timeZone, ctx.lang, s.dateOnly) });
  return ctx.t('noDeadline');
}

export function euros(cents: number | null): string {
  return cents === null ? '' : `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}
