import { CapruralError } from '../errors';
import type { StoreFileInfo, StoreNamedBy } from '../store/index';
import type { Deps } from './deps';

/** What `caprural info` says of the store: where it is, its file, and what it holds. */
export interface StoreInfo extends StoreFileInfo {
  /** The path as given (--store, CAPRURAL_STORE or the default). */
  path: string;
  namedBy: StoreNamedBy;
  /** What it holds, when it exists and can be read. */
  counts: { sessions: number; members: number; organisations: number; registrations: number; memberships: number } | null;
  schemaVersion: number | null;
  /** How many entries its history counts (its logSeq), when it can be read. */
  logEntries: number | null;
  /** The history is still inside the store's file (schema 3 or older): the file beside it is not its history. */
  logInside: boolean;
  /** Why it cannot be used, when it exists but cannot. */
  error: CapruralError | null;
}

/** Looks at the store without creating, locking or changing anything. */
export async function storeInfo(deps: Deps, namedBy: StoreNamedBy): Promise<StoreInfo> {
  const file = await deps.store.fileInfo();
  const info: StoreInfo = { path: deps.store.path, namedBy, ...file, counts: null, schemaVersion: null, logEntries: null, logInside: false, error: null };
  if (!file.exists) return info;
  try {
    const data = await deps.store.read();
    info.schemaVersion = data.schemaVersion;
    // The store counts its history's entries: the file beside it is not read.
    info.logEntries = data.logSeq + data.log.length;
    // A store read without its history gives none, unless it still holds it (schema 3 or older, migrated at its next change).
    info.logInside = data.log.length > 0;
    info.counts = {
      sessions: data.sessions.length,
      members: data.members.length,
      organisations: data.organisations.length,
      registrations: data.registrations.length,
      memberships: data.memberships.length,
    };
  } catch (error) {
    if (!(error instanceof CapruralError)) throw error;
    info.error = error;
  }
  return info;
}
