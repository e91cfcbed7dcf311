// The fixed lists of the domain (roles, organisation kinds, session formats and statuses): the
// store's schema, the rules and the prompts all read them from here.

export const ROLES = ['agent', 'coprog', 'coop-group', 'other'] as const;
export const ORG_KINDS = ['GAL', 'PNR', 'EPCI', 'association', 'other'] as const;
export const SESSION_STATUSES = ['announced', 'scheduled', 'held', 'cancelled'] as const;
export const SESSION_FORMATS = ['webconference', 'in-person'] as const;
/** The messages caprural mail sends to participants. */
export const MAIL_KINDS = ['confirmation', 'waitlist', 'promotion', 'refusal', 'convocation', 'reminder', 'cancellation', 'session-cancelled', 'thanks'] as const;
/** An outbox entry's life: queued, sending (during the SMTP exchange), sent, failed (permanent or tries exhausted), unknown (a run died mid-exchange), withdrawn (no longer to send). */
export const MAIL_STATES = ['queued', 'sending', 'sent', 'failed', 'unknown', 'withdrawn'] as const;
