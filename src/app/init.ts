import type { Deps } from './deps';

/** Creates the store (with the catalogue unless `empty`); refuses if one exists. */
export async function initStore(deps: Deps, empty: boolean): Promise<{ path: string; sessions: number }> {
  await deps.store.create(empty);
  const data = await deps.store.read();
  return { path: deps.store.path, sessions: data.sessions.length };
}
