import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../src/app/deps';
import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/schema';
import { openStore } from './storeInternals';
import { storeDataChecks } from '../../src/cli/storeChecks';
import { userCacheDir } from '../../src/store/storePath';
import { afterEach } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caprural-test-'));
  dirs.push(dir);
  return dir;
}

/** A clock that always says `iso` (tests never depend on today's date). */
export const fixedClock = (iso: string) => () => new Date(iso);

/** Use-case dependencies on a new store in a temporary folder, with the catalogue unless `empty`. */
export async function tempDeps(options: { now?: string; empty?: boolean; seed?: (data: StoreData) => void } = {}): Promise<Deps & { path: string }> {
  const path = join(tempDir(), 'store.json');
  const clock = fixedClock(options.now ?? '2018-02-01T10:00:00.000Z');
  const store = openStore(path, { now: clock, lockWaitMs: 5_000 });
  await store.create(Boolean(options.empty));
  if (options.seed) await store.update(options.seed);
  return { store, clock, user: 'tester', path };
}

/** The exact bytes of a file, to prove that a refused command changed nothing. */
export const bytesOf = (path: string): Buffer => readFileSync(path);

export { newStoreData };

/**
 * Seeds `store` (already created) with `seed` as caprural itself writes a version: the version is
 * trusted, so its data is not checked again (src/store/trust.ts; a store made wrong by hand is
 * refused by the next change). Returns the env to give runCli so that it trusts it too: for tests
 * of what is shown of values no command would store (hostile text in e-mails).
 */
export async function trustedSeed(store: string, seed: (data: StoreData) => void, now = '2018-02-01T10:00:00.000Z'): Promise<Record<string, string>> {
  const env = { XDG_CACHE_HOME: join(tempDir(), 'cache') };
  await openStore(store, { now: fixedClock(now), cacheDir: userCacheDir(env), dataChecks: storeDataChecks }).update(seed);
  return env;
}
