import { utimesSync } from 'node:fs';
import { STALE_LOCK_MS } from './storeInternals';

/**
 * Makes the store's lock as old as the lock of a holder dead for longer than the stale window:
 * its modification time (the lock's own clock, which a live holder refreshes) is set back. The
 * staleness is injected, so no test waits the real 5 seconds for it.
 */
export function ageLock(storePath: string, byMs = STALE_LOCK_MS + 1_000): void {
  const past = new Date(Date.now() - byMs);
  utimesSync(`${storePath}.lock`, past, past);
}
