// The store's schema, the source of its types and (through scripts/generateValidator.js) of the
// validator that checks every read. Only types are imported from here at run time.
import * as z from 'zod';
import { MAIL_KINDS, MAIL_STATES, ORG_KINDS, ROLES, SCHEMA_VERSION, SESSION_FORMATS, SESSION_STATUSES } from './vocabulary';

export { MAIL_KINDS, MAIL_STATES, ORG_KINDS, ROLES, SCHEMA_VERSION, SESSION_FORMATS, SESSION_STATUSES };

const id = z.string().min(1).max(120);
// Instants are written by Date#toISOString (UTC, milliseconds); a plain shape check is ten times
// cheaper than a calendar-checking pattern on a store of 100,000 instants (see README, Performance).
const instant = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const year = z.number().int().min(2000).max(2100);

const course = z
  .object({
    id,
    title: z.string().min(1),
    level: z.number().int().min(1).max(3),
    cycle: z.string().min(1),
  })
  .meta({ id: 'Course' });

const speaker = z.object({ name: z.string().min(1), role: z.string(), confirmed: z.boolean() });

const contact = z.object({
  name: z.string().min(1),
  email: z.string().nullable(),
  phones: z.array(z.string()),
});

const session = z
  .object({
    id,
    courseId: id,
    title: z.string().min(1),
    year,
    format: z.enum(SESSION_FORMATS),
    startsAt: instant.nullable(),
    endsAt: instant.nullable(),
    /** The day is known but not the hours (the 2017 exploration sessions). */
    dateOnly: z.boolean(),
    timeZone: z.string().min(1),
    capacity: z.number().int().positive().nullable(),
    registrationClosesAt: instant.nullable(),
    membershipYear: year,
    audience: z.array(z.enum(ROLES)),
    speakers: z.array(speaker),
    contact: contact.nullable(),
    status: z.enum(SESSION_STATUSES),
    /** The joining link of a webconference (mail: convocations); absent = none. */
    link: z.string().nullable().optional(),
    /** Where an in-person session takes place; absent = none. */
    place: z.string().nullable().optional(),
    /** The calendar invitation's SEQUENCE: raised when the date, link or place changes; absent = 0. */
    sequence: z.number().int().nonnegative().optional(),
  })
  .meta({ id: 'Session' });

const organisation = z
  .object({
    id,
    name: z.string().min(1),
    kind: z.enum(ORG_KINDS),
    territory: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });

const member = z
  .object({
    id,
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    email: z.string().min(3),
    phone: z.string().nullable(),
    organisationId: id.nullable(),
    roles: z.array(z.enum(ROLES)),
    createdAt: instant,
    /** When the person's identity was erased (member forget, retention); null for everyone else. */
    anonymisedAt: instant.nullable(),
  })
  .meta({ id: 'Member' });

const membership = z
  .object({
    id,
    organisationId: id.nullable(),
    memberId: id.nullable(),
    year,
    paidOn: z.string().regex(/^\d{4}-\d\d-\d\d$/),
    amountCents: z.number().int().nonnegative().nullable(),
    reference: z.string().nullable(),
  })
  .meta({ id: 'Membership' });

const registration = z
  .object({
    id,
    sessionId: id,
    memberId: id,
    receivedAt: instant,
    createdAt: instant,
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    attendance: z.enum(['present', 'absent']).nullable(),
    override: z.string().nullable(),
    cancelledAt: instant.nullable(),
    /** Minutes connected to the webconference, from the imported report (absent: none recorded). */
    connectionMinutes: z.number().int().nonnegative().nullable().optional(),
    /** Certificates of completion issued (caprural doc certificate), oldest first (absent: none). */
    certificates: z.array(z.object({ issuedAt: instant })).optional(),
  })
  .meta({ id: 'Registration' });

const rule = z
  .object({
    id,
    label: z.string().min(1),
    courseId: id,
    years: z.array(year),
  })
  .meta({ id: 'EligibilityRule' });

// Log details are JSON values nested at most DETAILS_DEPTH deep: what the commands write is two
// or three levels; a deeper one is refused at validation (code walking details never recurses far).
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const DETAILS_DEPTH = 4;
// One named definition per level, so that the generated validator holds each level once.
const levels: z.ZodType[] = [scalar];
for (let depth = 1; depth <= DETAILS_DEPTH; depth += 1) {
  const below = levels[depth - 1]!;
  levels.push(z.union([scalar, z.array(below), z.record(z.string(), below)]).meta({ id: `DetailValue${depth}` }));
}
const jsonUpTo = (depth: number): z.ZodType => levels[depth]!;

const logEntry = z
  .object({
    at: instant,
    user: z.string(),
    action: z.string().min(1),
    target: z.string().nullable(),
    details: z.record(z.string(), jsonUpTo(DETAILS_DEPTH)),
  })
  .meta({ id: 'LogEntry' });

/** An erasure remembered without personal data: the anonymous id and keyed hashes (HMAC-SHA-256) of the e-mails the person had. */
const erasure = z
  .object({
    id,
    at: instant,
    action: z.string().min(1),
    emailHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  })
  .meta({ id: 'Erasure' });

/** One message to a participant, queued in the write that caused it and sent after (caprural mail). */
const outboxEntry = z
  .object({
    id,
    /** kind/session/person/revision: a message is queued once per key, so it is never sent twice. */
    key: z.string().min(1),
    kind: z.enum(MAIL_KINDS),
    sessionId: id,
    memberId: id,
    registrationId: id.nullable(),
    lang: z.enum(['fr', 'en']),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    /** The calendar invitation (.ics) attached, if any. */
    ics: z.string().nullable(),
    /** Documents made and attached when the message is sent: the certificate of completion (thanks); absent = none. */
    attach: z.array(z.enum(['certificate'])).optional(),
    state: z.enum(MAIL_STATES),
    tries: z.number().int().nonnegative(),
    lastError: z.string().nullable(),
    queuedAt: instant,
    sentAt: instant.nullable(),
    messageId: z.string().nullable(),
    /** The process sending it (state sending): a dead one leaves the state unknown. */
    sendingPid: z.number().int().nullable(),
    /** When the content was erased (member forget). */
    erasedAt: instant.nullable(),
  })
  .meta({ id: 'OutboxEntry' });

export const storeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  courses: z.array(course),
  sessions: z.array(session),
  organisations: z.array(organisation),
  members: z.array(member),
  memberships: z.array(membership),
  registrations: z.array(registration),
  rules: z.array(rule),
  /** In memory only: the history, kept on disk in the file beside the store (src/store/logFile.ts); see logSeq. */
  log: z.array(logEntry),
  /** The last entry of the history file that belongs to this version (version 4): its history is the lines 1..logSeq. */
  logSeq: z.number().int().nonnegative(),
  /**
   * When entry logSeq was written (its `at`): another store's history put in place with as many
   * entries is told apart by it. Absent until the version's first entry is written.
   */
  logAt: instant.optional(),
  /** The key of the erasures' e-mail hashes (random, made at the first erasure). */
  erasureKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Every erasure made, so that a restored backup has them applied again. */
  erasures: z.array(erasure).optional(),
  /** Participants' messages (caprural mail); absent = empty. */
  outbox: z.array(outboxEntry).optional(),
});

export type StoreData = z.infer<typeof storeSchema>;
export type Course = z.infer<typeof course>;
export type Session = z.infer<typeof session>;
export type Organisation = z.infer<typeof organisation>;
export type Member = z.infer<typeof member>;
export type Membership = z.infer<typeof membership>;
export type Registration = z.infer<typeof registration>;
export type EligibilityRule = z.infer<typeof rule>;
export type LogEntry = z.infer<typeof logEntry>;
export type ErasureRecord = z.infer<typeof erasure>;
export type OutboxEntry = z.infer<typeof outboxEntry>;
export type Role = (typeof ROLES)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
