import { ERASED } from '../domain/anonymise';
import type { Context } from './context';
import { euros } from './render';
import { attendanceText, dayText, fieldsText, officeTime, registrationStatusText, rulesText } from './words';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = new Set(['confirmed', 'waitlisted', 'cancelled', 'announced', 'scheduled', 'held']);

/** A status of a registration or a session, as its word. */
const statusWord = (ctx: Context, code: unknown) => (typeof code === 'string' && STATUSES.has(code) ? registrationStatusText(ctx, code) : String(code));

/** One value of a log entry as a person reads it: words for codes, dates in Paris time, counts for lists of changes. */
function valueText(ctx: Context, action: string, key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return ctx.t('logValue', { value: String(value) });
  if (typeof value === 'number') return key === 'amountCents' ? euros(value) : String(value);
  if (typeof value === 'string') {
    // The marker an erasure left (stored in English, as JSON and CSV keep it), in the reader's language.
    if (value === ERASED) return ctx.t('logValue', { value });
    if (INSTANT.test(value)) return officeTime(ctx, value);
    if (DAY.test(value)) return dayText(ctx, value);
    if (key === 'status' || key === 'was') return statusWord(ctx, value);
    if (key === 'attendance') return attendanceText(ctx, value);
    // Codes the commands write (source of attendance, a walk-in's override, promotion by capacity); other reasons are the organiser's words.
    if (key === 'source' || key === 'override' || (key === 'reason' && action === 'registration.promote')) return ctx.t('logValue', { value });
    return value;
  }
  if (Array.isArray(value)) {
    // An empty list is counted, never left blank ("changements : 0", not "changements :  ;").
    if (value.length === 0) return '0';
    // The entries a restore undid, first and last: "3–5" (one: "4").
    if (key === 'undone' && value.length === 2) return value[0] === value[1] ? String(value[0]) : `${value[0]}–${value[1]}`;
    if (key === 'fields') return fieldsText(ctx, value.map(String));
    if (key === 'rules' || key === 'warnings' || key === 'notices') return rulesText(ctx, value.map(String));
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
    return String(value.length);
  }
  if (typeof value === 'object' && 'from' in value && 'to' in value) return `${statusWord(ctx, value.from)} → ${statusWord(ctx, value.to)}`;
  return JSON.stringify(value);
}

/** A log entry's details in words: "session : …, statut : en liste d'attente, reçue : 07/02/2018 23:59". */
export function logDetailsText(ctx: Context, action: string, details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${ctx.t('logKey', { key })}${ctx.t('colon')} ${valueText(ctx, action, key, value)}`)
    .join(ctx.lang === 'fr' ? ' ; ' : '; ');
}
