// The schema version and the fixed lists (kept in src/domain/vocabulary.ts), apart from the zod schema (src/store/schema.ts) so that
// code running in the CLI never loads zod: the store is checked by the generated validator.

/**
 * The version this build writes. A store with a higher one is refused, never rewritten; a lower
 * one is migrated in memory on read (src/store/migrations.ts) and written at the next change.
 * History: 1 the first; 2 members gain `anonymisedAt` (member forget / retention); 3 optional
 * additions, absent meaning empty: sessions' `link`, `place`, `sequence`; registrations'
 * `connectionMinutes`, `certificates`; the store's `erasureKey`, `erasures`, `outbox`; log details
 * nested at most 4 levels. A version-2 build refuses a version-3 store as newer instead of calling
 * it damaged (its validator knows none of these fields); 4 the history (log) leaves the file for an
 * append-only file beside it (`store.json.log`), the store keeping `logSeq`, the number of its last entry.
 */
export const SCHEMA_VERSION = 4;

export { MAIL_KINDS, MAIL_STATES, ORG_KINDS, ROLES, SESSION_FORMATS, SESSION_STATUSES } from '../domain/vocabulary';
