// register --notify-refusal: a registration refused for the cotisation alone (R3) is not recorded,
// but the person is told what to do. Only this message is written, and only when asked.
import { appendLog } from '../domain/log';
import { notifyRefusal } from '../domain/outbox';
import { resolveMember } from '../domain/people';
import { parseReceivedAt } from '../domain/receivedAt';
import { RuleError } from '../errors';
import type { Deps } from './deps';
import { mailOptions } from './notify';
import type { RegisterInput } from './registrations';
import { requireSession } from './sessions';

const COTISATION_KEYS = new Set(['ruleCotisation']);

/** True when a registration was refused by R3 (the cotisation) and nothing else. */
function refusedForCotisationOnly(error: unknown): error is RuleError {
  return error instanceof RuleError && error.key === 'registrationRefused' && error.details.length > 0 && error.details.every((d) => d instanceof RuleError && COTISATION_KEYS.has(d.key));
}

/** Queues the refusal message when the registration was refused for the cotisation alone; returns the error to throw (with a line saying so). */
export async function queueRefusalMail(deps: Deps, input: RegisterInput, error: unknown): Promise<unknown> {
  if (!refusedForCotisationOnly(error) || !input.session || !input.member) return error;
  const queued = await deps.store.update((data) => {
    const session = requireSession(data, input.session!);
    const member = resolveMember(data, input.member!);
    const now = deps.clock();
    const receivedAt = parseReceivedAt(input.receivedAt, session.timeZone, now);
    const entry = notifyRefusal(data, session, member, receivedAt, mailOptions(deps));
    if (entry) appendLog(data, { at: now, user: deps.user, action: 'mail.refusal', target: member.id, details: { session: session.id, mail: entry.id } });
    return entry;
  });
  if (!queued) return error;
  return new RuleError(error.key as 'registrationRefused', error.params as never, [...error.details, new RuleError('mailRefusalQueued', { email: queued.to })]);
}
