// The outbox (caprural mail): one entry per message to a participant, queued inside the write
// that caused it (register, cancel, promotion, session change) or by `mail plan` when due, and
// sent afterwards. Each entry has a key (kind/session/person/revision): a key is queued once,
// so neither a second run nor a repeated change sends the same message twice. Pure.
import type { mailTexts, whenText, MailKind, MailView } from '../i18n/mailTexts';
import type { spanText } from '../i18n/rules';
import type { Member, OutboxEntry, Registration, Session, StoreData } from '../store/index';
import { calendarInvitation, invitationUid } from './calendar';
import { dayIn, formatInstant, formatTime } from '../time';
import { fullName } from './people';
import { waitingPositions } from './registrations';

/** Transient failures (4xx, network) are tried again in later runs, this many times in all. */
export const MAX_TRIES = 5;
/** Convocations are queued this many days before the session, by default. */
export const CONVOCATION_DAYS = 7;
/** Thanks go to those present in sessions that ended at most this many days ago (no surprise mail for old sessions). */
export const THANKS_WITHIN_DAYS = 14;

export interface MailOptions {
  lang: 'fr' | 'en';
  now: Date;
  /** The messages' sentences (src/i18n/mail.ts), passed in: domain/ imports no i18n/ value. */
  texts: { mail: typeof mailTexts; when: typeof whenText; span: typeof spanText };
}

/** The outbox of a store (absent in stores written before it existed). */
export function outboxOf(data: StoreData): OutboxEntry[] {
  data.outbox ??= [];
  return data.outbox;
}

/** The key of one message: nothing with the same key is ever queued again. */
export function mailKey(kind: MailKind, sessionId: string, memberId: string, revision: string): string {
  return `${kind}/${sessionId}/${memberId}/${revision}`;
}

const sequenceOf = (s: Session) => s.sequence ?? 0;

function contactText(s: Session): string | null {
  if (!s.contact) return null;
  return [s.contact.name, ...s.contact.phones, s.contact.email].filter(Boolean).join(', ');
}

function view(session: Session, member: Member, options: MailOptions, extra: Partial<MailView>): MailView {
  const { lang } = options;
  const s = session;
  const hasTime = Boolean(s.startsAt) && !s.dateOnly;
  const day = s.startsAt ? formatInstant(s.startsAt, s.timeZone, 'fr', true) : null;
  let when: string | null = null;
  const endDay = s.endsAt ? formatInstant(s.endsAt, s.timeZone, 'fr', true) : day;
  if (s.startsAt && day && endDay !== day) {
    // Over several days: both dates (issue 13).
    when = hasTime
      ? options.texts.span(lang, day, formatTime(s.startsAt, s.timeZone), endDay!, formatTime(s.endsAt!, s.timeZone), s.timeZone)
      : options.texts.span(lang, day, null, endDay!, null, null);
  } else if (s.startsAt && day) {
    when = hasTime ? options.texts.when(lang, day, formatTime(s.startsAt, s.timeZone), s.endsAt ? formatTime(s.endsAt, s.timeZone) : null, s.timeZone) : `${lang === 'fr' ? 'le' : 'on'} ${day}`;
  }
  return {
    firstName: member.firstName,
    title: s.title,
    when,
    start: s.startsAt ? formatInstant(s.startsAt, s.timeZone, 'fr', s.dateOnly) : null,
    format: s.format,
    link: s.link ?? null,
    place: s.place ?? null,
    contact: contactText(s),
    position: null,
    year: s.membershipYear,
    update: false,
    calendar: false,
    certificate: false,
    ...extra,
  };
}

export interface QueueInput {
  kind: MailKind;
  session: Session;
  member: Member;
  registration: Registration | null;
  revision: string;
  position?: number | null;
  update?: boolean;
  /** Attach a calendar invitation (REQUEST) or cancellation (CANCEL). */
  calendar?: 'REQUEST' | 'CANCEL';
  /** Attach the certificate of completion, made when the message is sent (thanks). */
  certificate?: boolean;
}

/** The keys and the highest id of an outbox, kept while messages are queued into it (an import may queue thousands). */
const indexes = new WeakMap<OutboxEntry[], { length: number; keys: Set<string>; max: number }>();

function indexOf(outbox: OutboxEntry[]): { length: number; keys: Set<string>; max: number } {
  let index = indexes.get(outbox);
  // Rebuilt when the outbox changed other than through queueMail.
  if (!index || index.length !== outbox.length) {
    index = {
      length: outbox.length,
      keys: new Set(outbox.map((e) => e.key)),
      max: outbox.reduce((m, e) => Math.max(m, Number(/^mail-(\d+)$/.exec(e.id)?.[1] ?? 0)), 0),
    };
    indexes.set(outbox, index);
  }
  return index;
}

/** Queues one message unless its key is already in the outbox (or the person was erased). Returns it, or null. */
export function queueMail(data: StoreData, input: QueueInput, options: MailOptions): OutboxEntry | null {
  const outbox = outboxOf(data);
  const { session, member, registration } = input;
  if (member.anonymisedAt !== null) return null;
  // A session already under way or held gets no message but the thanks: recording history
  // (a past edition's registrations) must not write to people about it.
  const started = session.status === 'held' || (session.startsAt !== null && new Date(session.startsAt) <= options.now);
  if (started && input.kind !== 'thanks') return null;
  const key = mailKey(input.kind, session.id, member.id, input.revision);
  const index = indexOf(outbox);
  if (index.keys.has(key)) return null;
  let ics: string | null = null;
  if (input.calendar && registration) {
    const v = view(session, member, options, { calendar: false });
    ics = calendarInvitation({
      method: input.calendar,
      uid: invitationUid(session.id, registration.id),
      // A cancellation comes after every version of the invitation.
      sequence: sequenceOf(session) + (input.calendar === 'CANCEL' ? 1 : 0),
      session,
      description: [v.link ? `${options.lang === 'fr' ? 'Lien de connexion' : 'Joining link'}: ${v.link}` : null, v.contact].filter(Boolean).join('\n'),
      location: session.place ?? session.link ?? null,
      organizer: session.contact?.email ? { name: session.contact.name, email: session.contact.email } : null,
      attendee: { name: fullName(member), email: member.email },
      stamp: options.now,
    });
  }
  const text = options.texts.mail[options.lang][input.kind](
    view(session, member, options, { position: input.position ?? null, update: Boolean(input.update), calendar: ics !== null, certificate: Boolean(input.certificate) }),
  );
  const entry: OutboxEntry = {
    id: `mail-${index.max + 1}`,
    key,
    kind: input.kind,
    sessionId: session.id,
    memberId: member.id,
    registrationId: registration?.id ?? null,
    lang: options.lang,
    to: member.email,
    subject: text.subject,
    text: text.body,
    ics,
    ...(input.certificate ? { attach: ['certificate' as const] } : {}),
    state: 'queued',
    tries: 0,
    lastError: null,
    queuedAt: options.now.toISOString(),
    sentAt: null,
    messageId: null,
    sendingPid: null,
    erasedAt: null,
  };
  outbox.push(entry);
  index.keys.add(key);
  index.max += 1;
  index.length = outbox.length;
  return entry;
}

const memberOf = (data: StoreData, id: string) => data.members.find((m) => m.id === id);
const sessionOf = (data: StoreData, id: string) => data.sessions.find((s) => s.id === id);

/** Queued messages no longer to send (a convocation replaced, a registration cancelled) are withdrawn. */
function withdraw(data: StoreData, pick: (e: OutboxEntry) => boolean): void {
  for (const e of outboxOf(data)) if (e.state === 'queued' && pick(e)) e.state = 'withdrawn';
}

/** A calendar invitation of this registration may have reached the person (sent, or its fate unknown). */
function invitationMayHaveLeft(data: StoreData, registrationId: string): boolean {
  return outboxOf(data).some((e) => e.kind === 'convocation' && e.registrationId === registrationId && (e.state === 'sent' || e.state === 'sending' || e.state === 'unknown'));
}

/** Registrations made in bulk (register --import --notify): each one's message, the waiting list counted once. */
export function notifyRegistrations(data: StoreData, registrations: readonly Registration[], options: MailOptions): void {
  const positions = waitingPositions(data.registrations, new Set(registrations.map((r) => r.sessionId)));
  const members = new Map(data.members.map((m) => [m.id, m]));
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  for (const registration of registrations) {
    const session = sessions.get(registration.sessionId);
    const member = members.get(registration.memberId);
    if (!session || !member || registration.status === 'cancelled') continue;
    const kind = registration.status === 'confirmed' ? 'confirmation' : 'waitlist';
    queueMail(data, { kind, session, member, registration, revision: registration.id, position: positions.get(registration) ?? null }, options);
  }
}

/** A new registration: confirmation, or the waiting list with its position (`position`: already counted by the caller). */
export function notifyRegistration(data: StoreData, registration: Registration, options: MailOptions, position?: number | null): OutboxEntry | null {
  const session = sessionOf(data, registration.sessionId);
  const member = memberOf(data, registration.memberId);
  if (!session || !member || registration.status === 'cancelled') return null;
  if (registration.status === 'confirmed') return queueMail(data, { kind: 'confirmation', session, member, registration, revision: registration.id }, options);
  const at = position !== undefined ? position : (waitingPositions(data.registrations, new Set([session.id])).get(registration) ?? null);
  return queueMail(data, { kind: 'waitlist', session, member, registration, revision: registration.id, position: at }, options);
}

/** Registrations confirmed from the waiting list. */
export function notifyPromotions(data: StoreData, promoted: readonly Registration[], options: MailOptions): OutboxEntry[] {
  const queued: OutboxEntry[] = [];
  for (const registration of promoted) {
    const session = sessionOf(data, registration.sessionId);
    const member = memberOf(data, registration.memberId);
    if (!session || !member) continue;
    const entry = queueMail(data, { kind: 'promotion', session, member, registration, revision: registration.id }, options);
    if (entry) queued.push(entry);
  }
  return queued;
}

/** A registration cancelled (by the person): their message, with a calendar cancellation if an invitation left; then the promotions. */
export function notifyCancellation(data: StoreData, registration: Registration, promoted: readonly Registration[], options: MailOptions): OutboxEntry[] {
  const session = sessionOf(data, registration.sessionId);
  const member = memberOf(data, registration.memberId);
  const queued: OutboxEntry[] = [];
  if (session && member) {
    const calendar = invitationMayHaveLeft(data, registration.id) ? ('CANCEL' as const) : undefined;
    withdraw(data, (e) => e.registrationId === registration.id && (e.kind === 'convocation' || e.kind === 'reminder'));
    const entry = queueMail(data, { kind: 'cancellation', session, member, registration, revision: registration.id, calendar }, options);
    if (entry) queued.push(entry);
  }
  return [...queued, ...notifyPromotions(data, promoted, options)];
}

/**
 * A session whose date, link or place changed (its sequence already raised): everyone whose
 * convocation was queued or sent gets the new one (an update when the earlier one may have left).
 */
export function notifySessionChanged(data: StoreData, session: Session, options: MailOptions): OutboxEntry[] {
  const queued: OutboxEntry[] = [];
  const convoked = new Set(
    outboxOf(data)
      .filter((e) => e.sessionId === session.id && e.kind === 'convocation' && e.state !== 'withdrawn' && e.registrationId !== null)
      .map((e) => e.registrationId!),
  );
  const current = `.${sequenceOf(session)}`;
  withdraw(data, (e) => e.sessionId === session.id && (e.kind === 'convocation' || e.kind === 'reminder') && !e.key.endsWith(current));
  for (const registration of data.registrations) {
    if (registration.sessionId !== session.id || registration.status !== 'confirmed' || !convoked.has(registration.id)) continue;
    const member = memberOf(data, registration.memberId);
    if (!member) continue;
    const entry = queueMail(
      data,
      { kind: 'convocation', session, member, registration, revision: `${registration.id}${current}`, update: invitationMayHaveLeft(data, registration.id), calendar: 'REQUEST' },
      options,
    );
    if (entry) queued.push(entry);
  }
  return queued;
}

/** A session cancelled: every active registrant is told, with a calendar cancellation for those invited. */
export function notifySessionCancelled(data: StoreData, session: Session, options: MailOptions): OutboxEntry[] {
  const queued: OutboxEntry[] = [];
  const active = data.registrations.filter((r) => r.sessionId === session.id && r.status !== 'cancelled');
  const invited = new Set(active.filter((r) => invitationMayHaveLeft(data, r.id)).map((r) => r.id));
  withdraw(data, (e) => e.sessionId === session.id && e.kind !== 'session-cancelled');
  for (const registration of active) {
    const member = memberOf(data, registration.memberId);
    if (!member) continue;
    const calendar = invited.has(registration.id) ? ('CANCEL' as const) : undefined;
    const entry = queueMail(data, { kind: 'session-cancelled', session, member, registration, revision: registration.id, calendar }, options);
    if (entry) queued.push(entry);
  }
  return queued;
}

/** A registration refused for the cotisation (R3), on request: what to do to register. */
export function notifyRefusal(data: StoreData, session: Session, member: Member, receivedAt: Date, options: MailOptions): OutboxEntry | null {
  return queueMail(data, { kind: 'refusal', session, member, registration: null, revision: `received-${receivedAt.toISOString()}` }, options);
}

/** The calendar day `n` days before `day` (yyyy-MM-dd). */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 3600_000;

/**
 * What is due at `now` (mail plan), by calendar days in the session's zone: convocations from the
 * day `convocationDays` before the session's, reminders from the day before, thanks to those
 * present after the end (with their certificate of completion when `certificates`).
 */
export function planDue(data: StoreData, options: MailOptions & { sessionId?: string; convocationDays?: number; certificates?: boolean }): OutboxEntry[] {
  const now = options.now;
  const days = options.convocationDays ?? CONVOCATION_DAYS;
  const queued: OutboxEntry[] = [];
  const before = new Set(outboxOf(data).map((e) => e.key));
  for (const session of data.sessions) {
    if (options.sessionId !== undefined && session.id !== options.sessionId) continue;
    if (!session.startsAt || session.dateOnly || session.status === 'cancelled' || session.status === 'announced') continue;
    const start = new Date(session.startsAt);
    const end = session.endsAt ? new Date(session.endsAt) : start;
    const revision = (r: Registration) => `${r.id}.${sequenceOf(session)}`;
    for (const registration of data.registrations) {
      if (registration.sessionId !== session.id || registration.status !== 'confirmed') continue;
      const member = memberOf(data, registration.memberId);
      if (!member) continue;
      const add = (entry: OutboxEntry | null) => void (entry && queued.push(entry));
      if (now < start) {
        const today = dayIn(now, session.timeZone);
        const startDay = dayIn(start, session.timeZone);
        if (today >= daysBefore(startDay, days)) {
          add(queueMail(data, { kind: 'convocation', session, member, registration, revision: revision(registration), calendar: 'REQUEST' }, options));
        }
        // The reminder follows a convocation queued in an earlier run (not both at once).
        const convoked = before.has(mailKey('convocation', session.id, member.id, revision(registration)));
        if (convoked && today >= daysBefore(startDay, 1)) {
          add(queueMail(data, { kind: 'reminder', session, member, registration, revision: revision(registration) }, options));
        }
      } else if (now >= end && now.getTime() - end.getTime() <= THANKS_WITHIN_DAYS * DAY_MS && registration.attendance === 'present') {
        add(queueMail(data, { kind: 'thanks', session, member, registration, revision: registration.id, certificate: options.certificates }, options));
      }
    }
  }
  return queued;
}

/** What replaces an erased person's messages (member forget). */
export const ERASED_TEXT = '[erased]';

/**
 * member forget: the person's messages keep their kind, session, state and dates (counts stay
 * right) but lose their content and address; those not yet sent are withdrawn. Idempotent.
 */
export function scrubOutbox(data: StoreData, oldId: string, anonId: string, at: string, emails: readonly string[] = []): boolean {
  let changed = false;
  const lower = emails.map((e) => e.toLowerCase());
  for (const e of data.outbox ?? []) {
    if (e.memberId !== oldId && !lower.includes(e.to.toLowerCase())) continue;
    eraseOutboxEntry(e, oldId, anonId, at);
    changed = true;
  }
  return changed;
}

/** One message of an erased person (see scrubOutbox). */
export function eraseOutboxEntry(e: OutboxEntry, oldId: string, anonId: string, at: string): void {
  e.memberId = anonId;
  e.key = e.key.split(`/${oldId}/`).join(`/${anonId}/`);
  e.to = ERASED_TEXT;
  e.subject = ERASED_TEXT;
  e.text = ERASED_TEXT;
  e.ics = null;
  e.lastError = e.lastError === null ? null : ERASED_TEXT;
  if (e.state === 'queued') e.state = 'withdrawn';
  e.erasedAt ??= at;
}
