import { importRegistrationFile, register as registerUseCase, type RegisterInput, type RegistrationOutcome } from '../app/registrations';
import { addMember } from '../app/members';
import { fullName } from '../domain/people';
import { ImportRowsError, mapColumns } from '../domain/registrationImport';
import { countBySession, isOpen, sortSessions } from '../domain/sessions';
import { CapruralError, RuleError, UsageError } from '../errors';
import { personRef } from './arguments';
import type { Context } from './context';
import { rulesText } from './words';
import { findingText, madeJson, outcomeLine, registrationJson, registrationSummary } from './registerTexts';
import { lookAlikeJson, lookAlikeLines } from './lookAlikeLines';
import { deadline } from './render';
import { noteEncoding } from './noteEncoding';
import { renderError, rowLine } from './renderError';

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
  /** --sheet: the sheet of an .xlsx import. */
  sheet?: string;
  /** --notify / --no-notify (participants' messages). */
  notify?: boolean;
  notifyRefusal?: boolean;
}

export async function registerCommand(ctx: Context, options: RegisterFlags): Promise<void> {
  if (options.import !== undefined) return importFile(ctx, options.import, options);
  if (options.sheet !== undefined) throw new UsageError('missingOption', { option: '--import' });
  let input: RegisterInput | null = {
    session: options.session,
    member: await personRef(ctx, options.member),
    receivedAt: options.receivedAt,
    force: options.force,
    reason: options.reason,
    noWaitlist: options.waitlist === false,
    dryRun: options.dryRun,
    notify: options.notify !== false,
    notifyRefusal: options.notifyRefusal,
  };
  if (ctx.interactive && (!input.session || !input.member)) {
    input = await completeAtTerminal(ctx, input);
    if (!input) return ctx.note(ctx.t('notRecorded'));
  }
  const outcome = await registerUseCase(ctx.deps, input);
  for (const line of lookAlikeLines(ctx, outcome.lookAlikes)) ctx.warn(line);
  if (outcome.memberCreated && !outcome.dryRun) ctx.note(ctx.t('personCreated', { name: fullName(outcome.member), id: outcome.member.id }));
  if (outcome.overridden.length > 0) {
    ctx.note(
      ctx.t('overrideRecorded', {
        rules: rulesText(
          ctx,
          outcome.overridden.map((f) => f.rule),
        ),
        reason: outcome.registration.override ?? '',
      }),
    );
  }
  for (const f of [...outcome.warnings, ...outcome.notices]) ctx.note(findingText(ctx, f));
  if (outcome.dryRun) ctx.note(ctx.t('dryRun'));
  if (ctx.json) return ctx.printJson(registrationJson(ctx, outcome));
  if (outcome.dryRun) ctx.out(outcomeLine(ctx, outcome));
  else ctx.ok(outcomeLine(ctx, outcome));
}

/**
 * A registration refused for a person typed in at the prompt: the person is recorded all the same
 * (their details are not lost, and the fix the refusal gives, e.g. `membership pay <id>`, works).
 * Returns the error to throw: the refusal itself when nobody new was typed in; otherwise one saying
 * the registration was refused and the person kept (never "nothing was written"), with the refused
 * rules under it unless they were already shown before the override question.
 */
async function keepNewPerson(ctx: Context, input: RegisterInput, refusal: RuleError, alreadyShown: boolean): Promise<RuleError> {
  if (!input.newMember) return alreadyShown ? new RuleError('notRecorded', {}) : refusal;
  const { member, lookAlikes } = await addMember(ctx.deps, input.newMember);
  for (const line of lookAlikeLines(ctx, lookAlikes)) ctx.warn(line);
  return new RuleError('registrationRefusedPersonKept', { name: fullName(member), id: member.id, session: input.session ?? '' }, alreadyShown ? [] : refusal.details);
}

/**
 * Asks for what flags left out: a session among the open ones (seats left and deadline shown),
 * then a person (search by name or e-mail, or a new one asked like `member add`), then shows the
 * checks the rules make (a dry run of the same use case) and asks for confirmation.
 * Returns the input for the real registration, or null when the organiser declines.
 */
async function completeAtTerminal(ctx: Context, given: RegisterInput): Promise<RegisterInput | null> {
  const prompts = await import('../prompts/registerPrompts');
  const data = await ctx.deps.store.read();
  const now = ctx.deps.clock();
  let session = given.session;
  if (!session) {
    const counts = countBySession(data.registrations);
    const open = sortSessions(data.sessions).filter((s) => isOpen(s, now));
    if (open.length === 0) throw new UsageError('noOpenSession', {});
    session = await prompts.askSessionToRegister(
      ctx,
      open.map((s) => ({
        name: ctx.t('sessionChoice', {
          title: s.title,
          id: s.id,
          left: s.capacity === null ? ctx.t('seatsUnlimited') : ctx.t('seatsLeft', { left: Math.max(0, s.capacity - (counts.get(s.id)?.confirmed ?? 0)) }),
          closes: deadline(ctx, s),
        }),
        value: s.id,
      })),
    );
  }
  let input: RegisterInput = { ...given, session };
  if (!given.member) {
    const choice = await prompts.askRegistrant(ctx, data.members, new Map(data.organisations.map((o) => [o.id, o])));
    if (choice === prompts.NEW_PERSON) {
      const person = await prompts.askNewRegistrant(ctx, data);
      input = 'member' in person ? { ...input, member: person.member } : { ...input, member: undefined, newMember: person.newMember };
    } else input = { ...input, member: choice };
  }

  let outcome: RegistrationOutcome;
  try {
    outcome = await registerUseCase(ctx.deps, { ...input, dryRun: true });
  } catch (error) {
    // Refused: show why; when every refusal may be overridden (R8), offer to do so with a reason.
    if (!(error instanceof RuleError)) throw error;
    if (input.force || error.details.some((d) => d instanceof CapruralError && d.key === 'ruleStatus')) throw await keepNewPerson(ctx, input, error, false);
    // A person typed in is kept whatever the answer: do not say "nothing was written" about them.
    const shown = input.newMember && error.key === 'registrationRefused' ? new RuleError('registrationRefusedAtPrompt', error.params as never, error.details) : error;
    ctx.note(renderError(shown, ctx.t));
    const reason = await prompts.askOverrideReason(ctx);
    if (reason === null) throw await keepNewPerson(ctx, input, error, true);
    input = { ...input, force: true, reason };
    outcome = await registerUseCase(ctx.deps, { ...input, dryRun: true });
  }
  ctx.note(registrationSummary(ctx, outcome));
  if (given.dryRun) return input;
  return (await prompts.askConfirmRegistration(ctx)) ? input : null;
}

async function importFile(ctx: Context, file: string, options: RegisterFlags): Promise<void> {
  if (options.session !== undefined || options.member !== undefined || options.receivedAt !== undefined) throw new UsageError('importWithOthers', {});
  // Loaded only for an import: the reader brings the encodings (iconv-lite, about 500 kB) that a single registration never needs.
  const { readCsvFile } = await import('../csv/readCsv');
  const { header, rows, encoding } = await readCsvFile(file, { sheet: options.sheet });
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
    const lines = error.rows.map((r) => rowLine(ctx.t, r.line, r.error, r.column));
    throw new CapruralError(error.exitCode, error.key, error.params, lines);
  }
  for (const line of lookAlikeLines(ctx, summary.lookAlikes)) ctx.warn(line);
  for (const row of summary.rows) {
    if (row.memberCreated) ctx.note(ctx.t('importRowNote', { line: row.line, message: ctx.t('personCreated', { name: fullName(row.member), id: row.member.id }) }));
    if (row.overridden.length > 0) {
      ctx.note(
        ctx.t('importRowNote', {
          line: row.line,
          message: ctx.t('overrideRecorded', {
            rules: rulesText(
              ctx,
              row.overridden.map((f) => f.rule),
            ),
            reason: row.registration.override ?? '',
          }),
        }),
      );
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
