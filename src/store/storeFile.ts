import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { StoreError, UsageError } from '../errors';
import { newStoreData } from './catalogue';
import { migrate, OLDEST_SUPPORTED } from './migrations';
import type { StoreData } from './schema';
import { isUnchanged, type Unchanged } from './unchanged';
import { validate } from './validateStore.generated.js';
import { SCHEMA_VERSION } from './vocabulary';

/** How many earlier versions are kept beside the store. */
export const BACKUPS_KEPT = 10;

/** A lock not refreshed for this long belongs to a dead process and is taken over. */
export const STALE_LOCK_MS = 5_000;

/** The filesystem calls the store makes: a seam so that tests can make each one fail. */
export type StoreFs = Pick<
  typeof nodeFs.promises,
  'open' | 'rename' | 'rm' | 'readFile' | 'mkdir' | 'link' | 'readdir' | 'copyFile' | 'chmod' | 'stat'
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

/** What an erasure did to the backups beside the store. */
export interface EraseReport {
  /** Backups rewritten without the erased data. */
  backupsRewritten: number;
  /** Backups that could not be read or validated, hence not cleaned (they are named). */
  backupsUnreadable: string[];
}

export interface Store {
  readonly path: string;
  /** The validated data (an older schema migrated in memory); a missing store is created with the catalogue first. */
  read(): Promise<StoreData>;
  /**
   * Applies `change` to freshly read, validated data inside the inter-process lock and
   * writes the result atomically. If `change` throws, nothing is written.
   */
  update<T>(change: (data: StoreData) => T | Unchanged<T>): Promise<T>;
  /** Creates the store; refuses if one exists. */
  create(empty: boolean): Promise<void>;
  /**
   * Replaces the whole store by `data` (backup restore), inside the lock. The current file is
   * kept as a backup first, whatever its state (even invalid). Returns that backup's path.
   */
  replace(data: StoreData): Promise<string | null>;
  /**
   * Like `update`, for erasing personal data everywhere: inside one lock, `change` is applied to
   * the store, then `scrub` to every backup (each rewritten atomically when it returns true),
   * then the version being replaced is kept as a backup only once scrubbed, and the store is
   * written. A crash part-way leaves the store unchanged, so running the command again finishes.
   * `scrub` may run several times on one version (it learns from each): it must be idempotent.
   */
  erase<T>(change: (data: StoreData) => T, scrub: (data: StoreData) => boolean): Promise<{ result: T } & EraseReport>;
}

/**
 * The real filesystem. Reads go through readFileSync: one read and one UTF-8 decode in C++,
 * where fs.promises.readFile reads in chunks and decodes in JavaScript (twice the garbage on a
 * 20 MB store). A CLI has nothing else to do meanwhile.
 */
const defaultFs: StoreFs = {
  ...nodeFs.promises,
  readFile: (async (path: nodeFs.PathLike, options?: BufferEncoding | { encoding?: BufferEncoding | null }) =>
    nodeFs.readFileSync(path, options as BufferEncoding)) as StoreFs['readFile'],
};

/** The folder beside the store where its earlier versions are kept. */
export function backupsDir(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath)}.backups`);
}

const SEQUENCE = /-n(\d+)\.json$/;

/** A backup's place in the sequence (names without one, from older builds, come first). */
function sequenceOf(name: string): number {
  const match = SEQUENCE.exec(name);
  return match ? Number(match[1]) : -1;
}

/** Backup file names, newest first: by sequence number, then by name (the time stamp). */
export function sortBackupNames(names: readonly string[]): string[] {
  return names
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => sequenceOf(b) - sequenceOf(a) || (a < b ? 1 : a > b ? -1 : 0));
}

/** The backups of a store, newest first. */
export function listBackups(storePath: string): string[] {
  try {
    return sortBackupNames(nodeFs.readdirSync(backupsDir(storePath))).map((name) => join(backupsDir(storePath), name));
  } catch {
    return [];
  }
}

function newestBackup(storePath: string): string {
  return listBackups(storePath)[0] ?? '';
}

/** Where the store's atomic writes put their temporary files: `<store>.<pid>.<random>.tmp`. */
export function isTempFileOf(storePath: string, name: string): boolean {
  return name.startsWith(`${basename(storePath)}.`) && name.endsWith('.tmp');
}

/** A store's text parsed, validated and migrated, with the version the file was written in. */
export function parseStoreVersioned(text: string, path: string): { data: StoreData; fromVersion: number } {
  // A store's message names its newest backup; a backup's does not (it is itself one).
  const backupHint = () => (basename(dirname(path)).endsWith('.backups') ? '' : newestBackup(path));
  const fail = (reason: string): never => {
    throw new StoreError('storeInvalid', { path, reason, backup: backupHint() });
  };
  // A regex that stops at the first visible character: trim() would copy a 20 MB store.
  if (!/\S/.test(text)) fail(text.length === 0 ? 'empty' : 'blank');
  if (text.includes('\u0000')) fail('nulBytes');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('notObject');
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_SUPPORTED) {
    return fail(`badVersion:${JSON.stringify(version) ?? 'missing'}`);
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError('storeNewer', { path, version, supported: SCHEMA_VERSION, backup: backupHint() });
  }
  let migrated: unknown = raw;
  try {
    migrated = migrate(raw as Record<string, unknown>, version, SCHEMA_VERSION);
  } catch {
    fail('shape');
  }
  // Checked in place, not copied: the generated validator is the zod schema compiled ahead of time.
  if (!validate(migrated)) {
    const issue = validate.errors?.[0];
    fail(issue ? `${issue.instancePath.slice(1).replace(/\//g, '.') || '(root)'}: ${issue.message ?? 'invalid'}` : 'shape');
  }
  return { data: migrated as StoreData, fromVersion: version };
}

/** Parses and validates a store's text; every way it can be wrong is a StoreError naming the file. */
export function parseStore(text: string, path: string): StoreData {
  return parseStoreVersioned(text, path).data;
}

/**
 * The store as written: compact JSON (`jq . store.json` shows it indented). Indenting cost 7% of
 * a command's time and 22% of the file's size on a 20,000-person store (README, Performance).
 */
export function serialiseStore(data: StoreData): string {
  return `${JSON.stringify(data)}\n`;
}

/**
 * Writes `text` to `target` atomically: a unique temporary file beside it, written and fsynced,
 * then renamed over the target. On any failure the temporary file is removed and the target is
 * unchanged. `beforeRename` runs after the data is on disk, just before the rename.
 */
export async function writeFileAtomic(fs: StoreFs, target: string, text: string | Uint8Array, beforeRename?: () => Promise<void>): Promise<void> {
  // globalThis.crypto rather than node:crypto: the module is loaded on first use, by writes only.
  const tmp = `${target}.${process.pid}.${globalThis.crypto.randomUUID().slice(0, 12)}.tmp`;
  let handle: nodeFs.promises.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await beforeRename?.();
    await fs.rename(tmp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
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
      throw new StoreError('storeUnreadable', { path: this.path, reason: reasonOf(error) });
    }
    return parseStore(text, this.path);
  }

  /** lowdb's write: the store, keeping the version replaced as a backup. */
  async write(data: StoreData): Promise<void> {
    await this.writeStore(data, true);
  }

  /** Writes the store; with `backup`, the version replaced is kept (hard-linked) in the backups. Returns that backup. */
  async writeStore(data: StoreData, backup: boolean): Promise<string | null> {
    let kept: string | null = null;
    try {
      await writeFileAtomic(this.fs, this.path, serialiseStore(data), async () => {
        // Never replace the file if another process has taken the lock meanwhile.
        if (this.lockLost()) throw new StoreError('storeLockLost', { path: this.path });
        if (backup) kept = await this.keepCurrent();
      });
    } catch (error) {
      if (kept) await this.fs.rm(kept, { force: true }).catch(() => undefined);
      if (error instanceof StoreError) throw error;
      throw new StoreError('storeWriteFailed', { path: this.path, reason: reasonOf(error) });
    }
    await syncDir(dirname(this.path));
    if (kept) await this.rotate().catch(() => undefined);
    return kept;
  }

  /** Adds `data` as the newest backup (written atomically, not linked). */
  async writeBackup(data: StoreData): Promise<string> {
    const target = await this.nextBackupPath();
    try {
      await writeFileAtomic(this.fs, target, serialiseStore(data));
    } catch (error) {
      throw new StoreError('storeWriteFailed', { path: target, reason: reasonOf(error) });
    }
    await this.rotate().catch(() => undefined);
    return target;
  }

  /** The next backup's path: time stamp and a sequence number, so order survives a clock set back. */
  private async nextBackupPath(): Promise<string> {
    const dir = backupsDir(this.path);
    await this.fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const names = await this.fs.readdir(dir);
    const next = names.reduce((max, name) => Math.max(max, sequenceOf(name)), 0) + 1;
    const stamp = this.now().toISOString().replace(/:/g, '-');
    return join(dir, `${stamp}-n${String(next).padStart(6, '0')}.json`);
  }

  /** Keeps the version about to be replaced: a hard link costs no copy, whatever the size. */
  private async keepCurrent(): Promise<string | null> {
    const target = await this.nextBackupPath();
    try {
      await this.fs.link(this.path, target);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null; // first write: nothing to keep
      try {
        await this.fs.copyFile(this.path, target);
        await this.fs.chmod(target, 0o600);
      } catch (copyError) {
        await this.fs.rm(target, { force: true }).catch(() => undefined);
        throw copyError;
      }
    }
    return target;
  }

  /** Removes the oldest backups beyond BACKUPS_KEPT (after the write succeeded: a failed write loses none). */
  private async rotate(): Promise<void> {
    const dir = backupsDir(this.path);
    const names = sortBackupNames(await this.fs.readdir(dir));
    for (const old of names.slice(BACKUPS_KEPT)) await this.fs.rm(join(dir, old), { force: true });
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

/** The system's error code (ENOSPC, EACCES…), which the messages explain. */
function reasonOf(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store kept in one JSON file at `path`. */
export function openStore(path: string, options: StoreOptions = {}): Store {
  const fs = options.fs ?? defaultFs;
  const now = options.now ?? (() => new Date());
  const lockWaitMs = options.lockWaitMs ?? 10_000;
  const staleLockMs = Math.max(2_000, options.staleLockMs ?? STALE_LOCK_MS);
  let compromised = false;
  const adapter = new AtomicJsonFile(path, fs, now, () => compromised);

  /** Temporary files of writers that died (older than the stale window: no live writer owns them). */
  async function removeDeadTemps(all = false): Promise<void> {
    try {
      const dir = dirname(path);
      for (const name of await fs.readdir(dir)) {
        if (!isTempFileOf(path, name)) continue;
        const file = join(dir, name);
        const stat = await fs.stat(file);
        if (all || Date.now() - stat.mtimeMs > staleLockMs) await fs.rm(file, { force: true });
      }
    } catch {
      /* best effort: doctor reports what is left */
    }
  }

  async function withLock<T>(work: () => Promise<T>): Promise<T> {
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
    });
    // Loaded here, not at start-up: commands that only read never take the lock.
    const { default: lockfile } = await import('proper-lockfile');
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
          throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
        }
        if (Date.now() >= deadline) {
          throw new StoreError('storeLocked', { path, seconds: Math.round(lockWaitMs / 1000) });
        }
        await sleep(15 + Math.random() * 35);
      }
    }
    try {
      await removeDeadTemps();
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

  async function readOrCreate(): Promise<StoreData> {
    const data = await adapter.read();
    if (data) return data;
    await ensureExists();
    return (await adapter.read())!;
  }

  return {
    path,
    async read() {
      const data = await adapter.read();
      if (data) return data;
      return withLock(readOrCreate);
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
        // A change that found nothing to do writes nothing: no new version, no backup.
        if (isUnchanged(result)) return result.result;
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
    async replace(data) {
      return withLock(() => adapter.writeStore(data, true));
    },
    async erase(change, scrub) {
      return withLock(async () => {
        const current = await readOrCreate();
        const before = structuredClone(current);
        const result = change(current);
        // Nothing to erase (already done): nothing is written, not even a backup.
        if (JSON.stringify(current) === JSON.stringify(before)) return { result, backupsRewritten: 0, backupsUnreadable: [] };
        // Leftover temporary files may hold the data being erased; under the lock none is live.
        await removeDeadTemps(true);
        const report: EraseReport = { backupsRewritten: 0, backupsUnreadable: [] };
        const versions: Array<{ file: string; text: string; data: StoreData }> = [];
        for (const file of listBackups(path)) {
          try {
            const text = await fs.readFile(file, 'utf8');
            versions.push({ file, text, data: parseStore(text, file) });
          } catch {
            report.backupsUnreadable.push(file);
          }
        }
        // Twice over every version: the first pass may learn what the person was called in each
        // (an e-mail changed since), the second erases all of it everywhere; then the live data.
        for (let pass = 0; pass < 2; pass += 1) for (const v of versions) scrub(v.data);
        scrub(current);
        for (const v of versions) {
          const text = serialiseStore(v.data);
          if (text === v.text) continue;
          try {
            await writeFileAtomic(fs, v.file, text);
          } catch (error) {
            throw new StoreError('storeWriteFailed', { path: v.file, reason: reasonOf(error) });
          }
          report.backupsRewritten += 1;
        }
        // The version being replaced is kept, but only once scrubbed: never hard-linked as it is.
        scrub(before);
        await adapter.writeBackup(before);
        await adapter.writeStore(current, false);
        return { result, ...report };
      });
    },
  };
}
