import type { LogEntry } from '../store/index';
import type { Deps } from './deps';
import { requireSession } from './sessions';

/** The history of changes, oldest first; with `session`, only the entries about that session. */
export async function listLog(deps: Deps, filter: { session?: string } = {}): Promise<LogEntry[]> {
  const data = await deps.store.read({ log: true });
  if (filter.session === undefined) return data.log;
  const id = requireSession(data, filter.session).id;
  return data.log.filter((e) => e.target === id || e.details.session === id);
}
