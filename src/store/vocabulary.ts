// The schema version and the fixed lists (kept in src/domain/vocabulary.ts), apart from the zod schema (src/store/schema.ts) so that
// code running in the CLI never loads zod: the store is checked by the generated validator.

/**
 * The version this build writes. A store with a higher one is refused, never rewritten; a lower
 * one is migrated in memory on read (src/store/migrations.ts) and written at the next change.
 * History: 1 the first; 2 members gain `anonymisedAt` (member forget / retention).
 */
export const SCHEMA_VERSION = 2;

export { MAIL_KINDS, MAIL_STATES, ORG_KINDS, ROLES, SESSION_FORMATS, SESSION_STATUSES } from '../domain/vocabulary';
