// The fixed lists and the schema version, apart from the zod schema (src/store/schema.ts) so that
// code running in the CLI never loads zod: the store is checked by the generated validator.

/**
 * The version this build writes. A store with a higher one is refused, never rewritten; a lower
 * one is migrated in memory on read (src/store/migrations.ts) and written at the next change.
 * History: 1 the first; 2 members gain `anonymisedAt` (member forget / retention).
 */
export const SCHEMA_VERSION = 2;

export const ROLES = ['agent', 'coprog', 'coop-group', 'other'] as const;
export const ORG_KINDS = ['GAL', 'PNR', 'EPCI', 'association', 'other'] as const;
export const SESSION_STATUSES = ['announced', 'scheduled', 'held', 'cancelled'] as const;
export const SESSION_FORMATS = ['webconference', 'in-person'] as const;
/** The messages caprural mail sends to participants. */
export const MAIL_KINDS = ['confirmation', 'waitlist', 'promotion', 'refusal', 'convocation', 'reminder', 'cancellation', 'session-cancelled', 'thanks'] as const;
/** An outbox entry's life: queued, sending (during the SMTP exchange), sent, failed (permanent or tries exhausted), unknown (a run died mid-exchange), withdrawn (no longer to send). */
export const MAIL_STATES = ['queued', 'sending', 'sent', 'failed', 'unknown', 'withdrawn'] as const;
