// caprural mail: what is due is queued (plan), read (log, preview) and sent one message at a time,
// each state saved as it goes (send, retry). The SMTP exchange itself is behind `Sender`.
import { resolveMemberOrErased } from '../domain/people';
import { MAX_TRIES, outboxOf, planDue } from '../domain/outbox';
import { CapruralError, UsageError } from '../errors';
import type { OutboxEntry, StoreData } from '../store/index';
import { unchanged, type Unchanged } from '../store/index';
import type { Deps } from './deps';
import { mailOptions } from './notify';
import { requireSession } from './sessions';

/** How an SMTP exchange failed: decides what becomes of the message. */
export type FailureKind =
  /** 4xx: tried again in a later run (MAX_TRIES in all). */
  | 'transient'
  /** 5xx: failed, with the server's words. */
  | 'permanent'
  /** The server could not be reached: this message and the rest stay queued; the run stops. */
  | 'connection'
  /** The connection broke after the message was handed over: it may have left (unknown, never resent by itself). */
  | 'unknown'
  /** The login was refused: nothing is counted against the message; the run stops. */
  | 'auth';

export class MailFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** One message to hand to the SMTP server. */
export interface Outgoing {
  entry: OutboxEntry;
  /** Replies go to the session's contact, when it has an e-mail. */
  replyTo: string | null;
  /** --test-to: the address it goes to instead, with the subject marked as a test. */
  testTo?: string;
  /** Documents made for this message (the certificate of completion of a thanks). */
  attachments?: readonly Attachment[];
}

/** A file attached to a message. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** The SMTP server, as the use cases see it. Throws MailFailure. */
export interface Sender {
  send(message: Outgoing): Promise<{ messageId: string }>;
}

export interface SendProgress {
  entry: OutboxEntry;
  outcome: 'sent' | 'retry' | 'failed' | 'unknown';
  reason: string | null;
}

function contactEmail(data: StoreData, entry: OutboxEntry): string | null {
  return data.sessions.find((s) => s.id === entry.sessionId)?.contact?.email ?? null;
}

/** mail plan: queues what is due now (convocations, reminders, thanks); sends nothing. */
export async function planMail(deps: Deps, input: { session?: string; convocationDays?: number; certificates?: boolean }): Promise<{ queued: OutboxEntry[]; waiting: OutboxEntry[] }> {
  return deps.store.update((data) => {
    if (input.session !== undefined) requireSession(data, input.session);
    const queued = planDue(data, { ...mailOptions(deps), sessionId: input.session, convocationDays: input.convocationDays, certificates: input.certificates });
    const waiting = outboxOf(data).filter((e) => e.state === 'queued' && (input.session === undefined || e.sessionId === input.session));
    return queued.length === 0 ? unchanged({ queued, waiting }) : { queued, waiting };
  });
}

/** The queued messages (of one session), in the order they will be sent. */
export async function queuedMail(deps: Deps, input: { session?: string } = {}): Promise<OutboxEntry[]> {
  const data = await deps.store.read();
  if (input.session !== undefined) requireSession(data, input.session);
  return (data.outbox ?? []).filter((e) => e.state === 'queued' && (input.session === undefined || e.sessionId === input.session));
}

/** mail log: every message, or those of one person or session, oldest first. */
export async function mailLog(deps: Deps, input: { member?: string; session?: string }): Promise<OutboxEntry[]> {
  const data = await deps.store.read();
  // Reading the messages of an erased person (their anonymous id) is allowed.
  const memberId = input.member !== undefined ? resolveMemberOrErased(data, input.member).id : undefined;
  if (input.session !== undefined) requireSession(data, input.session);
  return (data.outbox ?? []).filter((e) => (memberId === undefined || e.memberId === memberId) && (input.session === undefined || e.sessionId === input.session));
}

/**
 * Messages left `sending` by a run that died (its process is gone) become `unknown`: the SMTP
 * server may have taken them, so they are never sent again without `mail retry --unknown`.
 */
export async function recoverInterrupted(deps: Deps, isAlive: (pid: number) => boolean): Promise<OutboxEntry[]> {
  return deps.store.update((data) => {
    const found = outboxOf(data).filter((e) => e.state === 'sending' && (e.sendingPid === null || !isAlive(e.sendingPid)));
    if (found.length === 0) return unchanged(found);
    for (const e of found) {
      e.state = 'unknown';
      e.sendingPid = null;
      e.lastError = 'interrupted during the SMTP exchange';
    }
    return found;
  });
}

/** mail retry: failed and/or unknown messages are queued again (tries counted afresh). Returns their ids. */
export async function requeueMail(deps: Deps, input: { failed?: boolean; unknown?: boolean; session?: string; ids?: readonly string[] }): Promise<OutboxEntry[]> {
  if (!input.failed && !input.unknown) throw new UsageError('mailRetryWhich', {});
  return deps.store.update((data) => {
    if (input.session !== undefined) requireSession(data, input.session);
    const picked = outboxOf(data).filter(
      (e) =>
        ((input.failed && e.state === 'failed') || (input.unknown && e.state === 'unknown')) &&
        e.erasedAt === null &&
        (input.session === undefined || e.sessionId === input.session) &&
        (input.ids === undefined || input.ids.includes(e.id)),
    );
    if (picked.length === 0) return unchanged(picked);
    for (const e of picked) {
      e.state = 'queued';
      e.tries = 0;
    }
    return picked;
  });
}

/** The failed and/or unknown messages mail retry would queue again. */
export async function retryCandidates(deps: Deps, input: { failed?: boolean; unknown?: boolean; session?: string }): Promise<OutboxEntry[]> {
  if (!input.failed && !input.unknown) throw new UsageError('mailRetryWhich', {});
  const data = await deps.store.read();
  if (input.session !== undefined) requireSession(data, input.session);
  return (data.outbox ?? []).filter(
    (e) => ((input.failed && e.state === 'failed') || (input.unknown && e.state === 'unknown')) && e.erasedAt === null && (input.session === undefined || e.sessionId === input.session),
  );
}

type Result = { messageId: string } | MailFailure;
const stops = (r: Result) => r instanceof MailFailure && (r.kind === 'auth' || r.kind === 'connection');

/** Saves what became of one message. */
function saveResult(data: StoreData, deps: Deps, id: string, result: Result): SendProgress {
  const entry = outboxOf(data).find((e) => e.id === id)!;
  entry.sendingPid = null;
  let outcome: SendProgress['outcome'];
  if (!(result instanceof MailFailure)) {
    entry.state = 'sent';
    entry.sentAt = deps.clock().toISOString();
    entry.messageId = result.messageId;
    entry.lastError = null;
    outcome = 'sent';
  } else {
    entry.lastError = result.reason;
    if (result.kind === 'auth') {
      // The login, not the message, was refused: nothing is counted against it.
      entry.state = 'queued';
      entry.tries -= 1;
      outcome = 'retry';
    } else if (result.kind === 'unknown') {
      entry.state = 'unknown';
      outcome = 'unknown';
    } else {
      const permanent = result.kind === 'permanent' || entry.tries >= MAX_TRIES;
      entry.state = permanent ? 'failed' : 'queued';
      outcome = permanent ? 'failed' : 'retry';
    }
  }
  return { entry: structuredClone(entry), outcome, reason: entry.lastError };
}

/**
 * mail send: each queued message is claimed (`sending`, saved) before it is handed to the server,
 * and saved `sent` (or failed, with the server's words) after, in the same write that claims the
 * next one. One at a time: a crash loses at most the fate of one message, which is then
 * `unknown`, never sent twice.
 */
export async function sendQueued(
  deps: Deps,
  sender: Sender,
  input: { ids: readonly string[]; pid: number; onProgress?: (p: SendProgress) => void; attachments?: ReadonlyMap<string, readonly Attachment[]> },
): Promise<{ sent: number; retry: number; failed: number; unknown: number }> {
  const counts = { sent: 0, retry: 0, failed: 0, unknown: 0 };
  let pending: { id: string; result: Result } | null = null;
  let index = 0;
  for (;;) {
    const stop: boolean = pending !== null && stops(pending.result);
    const nextId: string | null = !stop && index < input.ids.length ? input.ids[index++]! : null;
    if (!pending && nextId === null) break;
    const done: { id: string; result: Result } | null = pending;
    type Step = { saved: SendProgress | null; claimed: Outgoing | null };
    const step: Step = await deps.store.update((data): Step | Unchanged<Step> => {
      const saved: SendProgress | null = done ? saveResult(data, deps, done.id, done.result) : null;
      const entry: OutboxEntry | undefined = nextId === null ? undefined : outboxOf(data).find((e) => e.id === nextId);
      let claimed: Outgoing | null = null;
      if (entry && entry.state === 'queued') {
        entry.state = 'sending';
        entry.tries += 1;
        entry.sendingPid = input.pid;
        claimed = { entry: structuredClone(entry), replyTo: contactEmail(data, entry), attachments: input.attachments?.get(entry.id) };
      }
      return saved || claimed ? { saved, claimed } : unchanged({ saved, claimed });
    });
    pending = null;
    if (step.saved && done) {
      counts[step.saved.outcome] += 1;
      input.onProgress?.(step.saved);
      if (done.result instanceof MailFailure && done.result.kind === 'auth') throw new UsageError('mailAuthFailed', { reason: done.result.reason });
      if (done.result instanceof MailFailure && done.result.kind === 'connection') {
        throw new CapruralError(1, 'mailConnectionFailed', { reason: done.result.reason, done: counts.sent });
      }
    }
    if (!step.claimed) continue;
    let result: Result;
    try {
      result = await sender.send(step.claimed);
    } catch (error) {
      // Anything else than an SMTP answer leaves the message `sending`: unknown at the next run.
      if (!(error instanceof MailFailure)) throw error;
      result = error;
    }
    pending = { id: step.claimed.entry.id, result };
  }
  return counts;
}

/** --test-to: one message of each kind (the first queued, else the newest) sent to the organiser; the outbox is not changed. */
export async function sendTests(
  deps: Deps,
  sender: Sender,
  to: string,
  input: { session?: string; attachments?: (entries: readonly OutboxEntry[]) => Promise<ReadonlyMap<string, readonly Attachment[]>> } = {},
): Promise<OutboxEntry[]> {
  const data = await deps.store.read();
  if (input.session !== undefined) requireSession(data, input.session);
  const usable = (data.outbox ?? []).filter((e) => e.erasedAt === null && e.state !== 'withdrawn' && (input.session === undefined || e.sessionId === input.session));
  const byKind = new Map<string, OutboxEntry>();
  for (const e of usable) if (e.state === 'queued' && !byKind.has(e.kind)) byKind.set(e.kind, e);
  for (const e of [...usable].reverse()) if (!byKind.has(e.kind)) byKind.set(e.kind, e);
  const sent: OutboxEntry[] = [];
  const attachments = (await input.attachments?.([...byKind.values()])) ?? new Map<string, readonly Attachment[]>();
  for (const entry of byKind.values()) {
    try {
      await sender.send({ entry, replyTo: contactEmail(data, entry), testTo: to, attachments: attachments.get(entry.id) });
    } catch (error) {
      if (error instanceof MailFailure && error.kind === 'auth') throw new UsageError('mailAuthFailed', { reason: error.reason });
      if (error instanceof MailFailure) throw new CapruralError(1, 'mailConnectionFailed', { reason: error.reason, done: sent.length });
      throw error;
    }
    sent.push(entry);
  }
  return sent;
}
