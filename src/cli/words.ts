import { WALK_IN } from '../domain/attendance';
import { jour } from '../i18n/french';
import { formatInstant, OFFICE_TIME_ZONE } from '../time';
import type { Context } from './context';

// The words a person reads where the store keeps codes: roles, attendance, fields, rules, days.
// `--json` and CSV keep the codes; every human line goes through these.

/** "agent de développement LEADER, membre du comité de programmation". */
export const rolesText = (ctx: Context, roles: readonly string[]): string => roles.map((r) => ctx.t(`role_${r}` as 'role_agent')).join(', ');

/** Roles in a narrow column: "agent LEADER, comité de prog.". */
export const rolesShortText = (ctx: Context, roles: readonly string[]): string => roles.map((role) => ctx.t('roleShort', { role })).join(', ');

/** "présent·e", "absent·e", "non renseignée". */
export const attendanceText = (ctx: Context, attendance: string | null | undefined): string =>
  ctx.t(attendance === 'present' || attendance === 'absent' ? `attendance_${attendance}` : 'attendance_none');

/** A registration's status: "confirmée", "en liste d'attente", "annulée". */
export const registrationStatusText = (ctx: Context, status: string): string => ctx.t(`status_${status}` as 'status_confirmed');

/** The override kept on a registration: the organiser's reason, or "venu·e sans inscription" for a walk-in. */
export const overrideText = (ctx: Context, override: string): string => (override === WALK_IN ? ctx.t('logValue', { value: WALK_IN }) : override);

/** "capacité, début, fin": the fields a change touched. */
export const fieldsText = (ctx: Context, fields: readonly string[]): string => fields.map((field) => ctx.t('fieldName', { field })).join(', ');

/** "date limite (R2), cotisation (R3)": rules by their names, their numbers in brackets. */
export const rulesText = (ctx: Context, rules: readonly string[]): string => rules.map((rule) => ctx.t('ruleName', { rule })).join(', ');

/** A calendar day (yyyy-MM-dd) as the person reads it: 15/01/2018 in French. */
export const dayText = (ctx: Context, day: string): string => (ctx.lang === 'fr' ? jour(day) : day);

/** An instant in the office's time (Paris): the log, backups. */
export const officeTime = (ctx: Context, instant: string | Date): string => formatInstant(instant, OFFICE_TIME_ZONE, ctx.lang);

/** A kind of organisation: GAL, PNR, EPCI, association, autre. */
export const orgKindText = (ctx: Context, kind: string): string => ctx.t('orgKind', { kind });
