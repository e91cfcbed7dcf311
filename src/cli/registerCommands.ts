import { cancelRegistration, importRegistrationFile, promoteRegistration, register as registerUseCase, type RegisterInput, type RegistrationOutcome } from '../app/registrations';
import { fullName } from '../domain/people';
import { ImportRowsError, mapColumns, type ImportedRow } from '../domain/registrationImport';
import type { Finding } from '../domain/registrationRules';
import { CapruralError, UsageError } from '../errors';
import type { Context } from './context';
import { lookAlikeJson, lookAlikeLines } from './lookAlikeLines';
import { noteEncoding } from './noteEncoding';
import { rowLine } from './renderError';
import { readCsvFile } from '../csv/readCsv';

interface RegisterFlags {
  session?: string;
  member?: string;
  receivedAt?: string;
  force?: boolean;
  reason?: string;
  /** commander's --no-waitlist */
  waitlist?: boolean;
  dryRun?: boolean;
  import?: string;
  /** --notify / --no-notify (participants' messages). */
  notify?: boolean;
  notifyRefusal?: boolean;
}

/** A rule's verdict in the user's language. */
export const findingText = (ctx: Context, f: Finding): string => ctx.t(f.key, f.params as never);
const findingJson = (ctx: Context, f: Finding) => ({ rule: f.rule, message: findingText(ctx, f) });

/** A registration made (by register or by one import row) as `--json` prints it. */
function madeJson(ctx: Context, o: Omit<ImportedRow, 'line'>) {
  return {
    ...o.registration,
    position: o.position,
    memberCreated: o.memberCreated,
    overridden: o.overridden.map((f) => f.rule),
    warnings: o.warnings.map((f) => findingJson(ctx, f)),
    notices: o.notices.map((f) => findingJson(ctx, f)),
  };
}

/** The registration as `register --json` prints it. */
export function registrationJson(ctx: Context, o: RegistrationOutcome) {
  return { ...madeJson(ctx, o), dryRun: o.dryRun };
}

/** The one line saying where the registration went (or would go). */
export function outcomeLine(ctx: Context, o: RegistrationOutcome): string {
  const name = fullName(o.member);
  const session = o.session.id;
  if (o.dryRun) {
    return o.registration.status === 'confirmed'
      ? ctx.t('wouldRegisterConfirmed', { name, session })
      : ctx.t('wouldRegisterWaitlisted', { name, session, position: o.position ?? 0 });
  }
  return o.registration.status === 'confirmed'
    ? ctx.t('registeredConfirmed', { name, session, id: o.registration.id })
    : ctx.t('registeredWaitlisted', { name, session, id: o.registration.id, position: o.position ?? 0 });
}

export async function register(ctx: Context, options: RegisterFlags): Promise<void> {
  if (options.import !== undefined) return importFile(ctx, options.import, options);
  let input: RegisterInput | null = {
    session: options.session,
    member: options.member,
    receivedAt: options.receivedAt,
    force: options.force,
    reason: options.reason,
    noWaitlist: options.waitlist === false,
    dryRun: options.dryRun,
    notify: options.notify !== false,
    notifyRefusal: options.notifyRefusal,
  };
  if (ctx.interactive && (!input.session || !input.member)) {
    const { askRegistration } = await import('../prompts/registerPrompts');
    input = await askRegistration(ctx, input);
    if (!input) return ctx.note(ctx.t('notRecorded'));
  }
  const outcome = await registerUseCase(ctx.deps, input);
  for (const line of lookAlikeLines(ctx, outcome.lookAlikes)) ctx.warn(line);
  if (outcome.memberCreated && !outcome.dryRun) ctx.note(ctx.t('personCreated', { name: fullName(outcome.member), id: outcome.member.id }));
  if (outcome.overridden.length > 0) {
    ctx.note(ctx.t('overrideRecorded', { rules: outcome.overridden.map((f) => f.rule).join(', '), reason: outcome.registration.override ?? '' }));
  }
  for (const f of [...outcome.warnings, ...outcome.notices]) ctx.note(findingText(ctx, f));
  if (outcome.dryRun) ctx.note(ctx.t('dryRun'));
  if (ctx.json) return ctx.printJson(registrationJson(ctx, outcome));
  ctx.out(outcomeLine(ctx, outcome));
}

export async function cancel(ctx: Context, options: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<void> {
  const result = await cancelRegistration(ctx.deps, options);
  if (result.forcedReason !== null) ctx.note(ctx.t('cancelForced', { reason: result.forcedReason }));
  if (ctx.json) {
    return ctx.printJson({
      ...result.registration,
      was: result.was,
      promoted: result.promoted ? { ...result.promoted.registration, name: fullName(result.promoted.member) } : null,
      seatFreedAfterStart: result.seatFreedAfterStart,
    });
  }
  const lines = [ctx.t('cancelledRegistration', { name: fullName(result.member), session: result.session.id, was: result.was })];
  if (result.promoted) lines.push(ctx.t('promoted', { name: fullName(result.promoted.member), id: result.promoted.registration.id }));
  else if (result.seatFreedAfterStart) {
    lines.push(result.waiting > 0 ? ctx.t('seatFreedStarted', { session: result.session.id, waiting: result.waiting }) : ctx.t('seatFreedStartedEmpty'));
  } else if (result.was === 'confirmed' && result.session.capacity !== null) lines.push(ctx.t('nobodyToPromote'));
  ctx.out(lines.join('\n'));
}

/** `caprural promote --session ID [--member REF] [--force --reason TEXT]`: the explicit promotion from the waiting list (R6). */
export async function promote(ctx: Context, options: { session?: string; member?: string; force?: boolean; reason?: string; notify?: boolean }): Promise<void> {
  const result = await promoteRegistration(ctx.deps, options);
  if (result.overCapacity !== null) ctx.note(ctx.t('promoteOverCapacity', { reason: result.overCapacity }));
  if (ctx.json) return ctx.printJson({ ...result.registration, name: fullName(result.member), position: result.position, overCapacity: result.overCapacity !== null });
  ctx.out(ctx.t('promotedExplicitly', { name: fullName(result.member), session: result.session.id, id: result.registration.id, position: result.position }));
}

async function importFile(ctx: Context, file: string, options: RegisterFlags): Promise<void> {
  if (options.session !== undefined || options.member !== undefined || options.receivedAt !== undefined) throw new UsageError('importWithOthers', {});
  const { header, rows, encoding } = await readCsvFile(file);
  noteEncoding(ctx, file, encoding);
  const columns = mapColumns(header);
  if (rows.length === 0) throw new UsageError('importEmpty', { path: file });
  let summary;
  try {
    summary = await importRegistrationFile(ctx.deps, {
      file,
      header,
      rows,
      columns,
      force: options.force,
      reason: options.reason,
      noWaitlist: options.waitlist === false,
      dryRun: options.dryRun,
      notify: options.notify === true,
    });
  } catch (error) {
    if (!(error instanceof ImportRowsError)) throw error;
    // Every bad row, with its line, in the user's language.
    const lines = error.rows.map((r) => rowLine(ctx.t, r.line, r.error));
    throw new CapruralError(error.exitCode, error.key, error.params, lines);
  }
  for (const line of lookAlikeLines(ctx, summary.lookAlikes)) ctx.warn(line);
  for (const row of summary.rows) {
    if (row.memberCreated) ctx.note(ctx.t('importRowNote', { line: row.line, message: ctx.t('personCreated', { name: fullName(row.member), id: row.member.id }) }));
    if (row.overridden.length > 0) {
      ctx.note(ctx.t('importRowNote', { line: row.line, message: ctx.t('overrideRecorded', { rules: row.overridden.map((f) => f.rule).join(', '), reason: row.registration.override ?? '' }) }));
    }
    for (const f of [...row.warnings, ...row.notices]) ctx.note(ctx.t('importRowNote', { line: row.line, message: findingText(ctx, f) }));
  }
  const counts = { count: summary.rows.length, confirmed: summary.confirmed, waitlisted: summary.waitlisted, created: summary.created };
  if (ctx.json) {
    return ctx.printJson({
      dryRun: summary.dryRun,
      imported: counts.count,
      confirmed: counts.confirmed,
      waitlisted: counts.waitlisted,
      created: counts.created,
      lookAlikes: summary.lookAlikes.map(lookAlikeJson),
      registrations: summary.rows.map((r) => ({ line: r.line, ...madeJson(ctx, r) })),
    });
  }
  ctx.out(ctx.t(summary.dryRun ? 'importWould' : 'importDone', counts));
}
