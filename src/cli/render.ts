import { formatInstant } from '../time';
import type { Session } from '../store/index';
import type { Context } from './context';

/** A session's date as the organiser reads it, in the session's own time zone. */
export function sessionDate(ctx: Context, s: Session): string {
  if (!s.startsAt) return ctx.t('dateUnknown', { year: s.year });
  const start = formatInstant(s.startsAt, s.timeZone, ctx.lang, s.dateOnly);
  if (!s.endsAt) return start;
  return `${start}-${formatInstant(s.endsAt, s.timeZone, ctx.lang).slice(-5)}`;
}

export function deadline(ctx: Context, s: Session): string {
  return s.registrationClosesAt ? formatInstant(s.registrationClosesAt, s.timeZone, ctx.lang) : ctx.t('noDeadline');
}

export function euros(cents: number | null): string {
  return cents === null ? '' : `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}
