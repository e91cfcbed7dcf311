import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import lockfile from 'proper-lockfile';
import { StoreError, UsageError } from '../errors';
import { newStoreData } from './catalogue';
import { SCHEMA_VERSION, storeSchema, type StoreData } from './schema';

/** How many earlier versions are kept beside the store. */
export const BACKUPS_KEPT = 10;

/** The filesystem calls a write makes: a seam so that tests can make each one fail. */
export type StoreFs = Pick<
  typeof nodeFs.promises,
  'open' | 'rename' | 'rm' | 'readFile' | 'mkdir' | 'link' | 'readdir' | 'copyFile' | 'chmod'
>;

export interface StoreOptions {
  /** How long to wait for another process's lock before giving up (exit 3). */
  lockWaitMs?: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  staleLockMs?: number;
  /** The time used to name backups. */
  now?: () => Date;
  /** Called once when a missing store is created with the catalogue. */
  onCreated?: (path: string) => void;
  fs?: StoreFs;
}

export interface Store {
  readonly path: string;
  /** The validated data; a missing store is created with the catalogue first. */
  read(): Promise<StoreData>;
  /**
   * Applies `change` to freshly read, validated data inside the inter-process lock and
   * writes the result atomically. If `change` throws, nothing is written.
   */
  update<T>(change: (data: StoreData) => T): Promise<T>;
  /** Creates the store; refuses if one exists. */
  create(empty: boolean): Promise<void>;
}

/** The folder beside the store where its earlier versions are kept. */
export function backupsDir(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath)}.backups`);
}

/** The backups of a store, newest first (names sort by time). */
export function listBackups(storePath: string): string[] {
  try {
    return nodeFs
      .readdirSync(backupsDir(storePath))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
      .map((name) => join(backupsDir(storePath), name));
  } catch {
    return [];
  }
}

function newestBackup(storePath: string): string {
  return listBackups(storePath)[0] ?? '';
}

/** Parses and validates a store's text; every way it can be wrong is a StoreError naming the file. */
export function parseStore(text: string, path: string): StoreData {
  const fail = (reason: string): never => {
    throw new StoreError('storeInvalid', { path, reason, backup: newestBackup(path) });
  };
  if (text.trim().length === 0) fail('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('notObject');
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new StoreError('storeNewer', { path, version, supported: SCHEMA_VERSION });
  }
  const result = storeSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'shape');
  }
  return result.data!;
}

/** lowdb's adapter for one JSON file: validated reads, atomic writes with a backup of the old version. */
class AtomicJsonFile implements Adapter<StoreData> {
  constructor(
    private readonly path: string,
    private readonly fs: StoreFs,
    private readonly now: () => Date,
    private readonly lockLost: () => boolean,
  ) {}

  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw new StoreError('storeUnreadable', { path: this.path, reason: codeOf(error) ?? String(error) });
    }
    return parseStore(text, this.path);
  }

  async write(data: StoreData): Promise<void> {
    const text = `${JSON.stringify(data, null, 1)}\n`;
    const tmp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    let handle: nodeFs.promises.FileHandle | undefined;
    try {
      handle = await this.fs.open(tmp, 'wx', 0o600);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      await handle.close();
      handle = undefined;
      // Never replace the file if another process has taken the lock meanwhile.
      if (this.lockLost()) throw new StoreError('storeLockLost', { path: this.path });
      await this.backupCurrent();
      await this.fs.rename(tmp, this.path);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await this.fs.rm(tmp, { force: true }).catch(() => undefined);
      if (error instanceof StoreError) throw error;
      throw new StoreError('storeWriteFailed', { path: this.path, reason: codeOf(error) ?? String(error) });
    }
    await syncDir(dirname(this.path));
  }

  /** Keeps the version about to be replaced: a hard link costs no copy, whatever the size. */
  private async backupCurrent(): Promise<void> {
    const dir = backupsDir(this.path);
    await this.fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const stamp = this.now().toISOString().replace(/:/g, '-');
    const target = join(dir, `${stamp}-${process.pid}-${randomBytes(2).toString('hex')}.json`);
    try {
      await this.fs.link(this.path, target);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return; // first write: nothing to keep
      await this.fs.copyFile(this.path, target);
      await this.fs.chmod(target, 0o600);
    }
    const names = (await this.fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    for (const old of names.slice(0, Math.max(0, names.length - BACKUPS_KEPT))) {
      await this.fs.rm(join(dir, old), { force: true });
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; some filesystems refuse fsync on a directory, which is harmless.
  try {
    const handle = await nodeFs.promises.open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    /* best effort */
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store kept in one JSON file at `path`. */
export function openStore(path: string, options: StoreOptions = {}): Store {
  const fs = options.fs ?? nodeFs.promises;
  const now = options.now ?? (() => new Date());
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const staleLockMs = Math.max(2_000, options.staleLockMs ?? 5_000);
  let compromised = false;
  const adapter = new AtomicJsonFile(path, fs, now, () => compromised);

  async function withLock<T>(work: () => Promise<T>): Promise<T> {
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw new StoreError('storeUnreadable', { path, reason: codeOf(error) ?? String(error) });
    });
    const deadline = Date.now() + lockWaitMs;
    let release: (() => Promise<void>) | undefined;
    compromised = false;
    while (!release) {
      try {
        release = await lockfile.lock(path, {
          realpath: false,
          lockfilePath: `${path}.lock`,
          stale: staleLockMs,
          retries: 0,
          onCompromised: () => {
            compromised = true;
          },
        });
      } catch (error) {
        if (codeOf(error) !== 'ELOCKED') {
          throw new StoreError('storeUnreadable', { path, reason: codeOf(error) ?? String(error) });
        }
        if (Date.now() >= deadline) {
          throw new StoreError('storeLocked', { path, seconds: Math.round(lockWaitMs / 1000) });
        }
        await sleep(15 + Math.random() * 35);
      }
    }
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  }

  async function ensureExists(): Promise<void> {
    const backups = listBackups(path);
    if (backups.length > 0) throw new StoreError('storeMissingWithBackups', { path, backup: backups[0]! });
    await adapter.write(newStoreData());
    options.onCreated?.(path);
  }

  return {
    path,
    async read() {
      const data = await adapter.read();
      if (data) return data;
      return withLock(async () => {
        const again = await adapter.read();
        if (again) return again;
        await ensureExists();
        return (await adapter.read())!;
      });
    },
    async update(change) {
      return withLock(async () => {
        const db = new Low<StoreData | null>(adapter as Adapter<StoreData | null>, null);
        await db.read();
        if (!db.data) {
          await ensureExists();
          await db.read();
        }
        const result = change(db.data!);
        await db.write();
        return result;
      });
    },
    async create(empty) {
      await withLock(async () => {
        if ((await adapter.read().catch(() => 'invalid')) !== null) {
          throw new UsageError('storeExists', { path });
        }
        await adapter.write(newStoreData(empty));
      });
    },
  };
}
