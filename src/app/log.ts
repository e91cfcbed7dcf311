import { isMissingEntry, type LogEntry } from '../store/index';
import type { Deps } from './deps';
import { requireSession } from './sessions';

/**
 * The history of changes, oldest first; with `session`, only the entries about that session.
 * `missing`: the numbers of entries missing from the history file (lines removed by hand), which
 * stand in `entries` as placeholders (action `log.missing`, `details.seq`).
 */
export async function listLog(deps: Deps, filter: { session?: string } = {}): Promise<{ entries: LogEntry[]; missing: number[] }> {
  const data = await deps.store.read({ log: true });
  const missing = data.log.flatMap((e, i) => (isMissingEntry(e) ? [i + 1] : []));
  if (filter.session === undefined) return { entries: data.log, missing };
  const id = requireSession(data, filter.session).id;
  return { entries: data.log.filter((e) => e.target === id || e.details.session === id), missing };
}
