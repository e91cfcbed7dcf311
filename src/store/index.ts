// The store as the rest of caprural sees it: the only module of src/store/ that app/, cli/,
// export/, prompts/ and domain/ import. The JSON-file implementation is loaded on first use, so
// that `--help` never loads the validator or the lock.
import type { CapruralError } from '../errors';
import type { StoreData } from './schema';
import type { StoreNamedBy } from './storePath';
import type { Unchanged } from './unchanged';
import type { LogInspection } from './logFile';

export type { StoreData, Course, Session, Organisation, Member, Membership, Registration, EligibilityRule, LogEntry, ErasureRecord, Role, OrgKind, SessionStatus, OutboxEntry } from './schema';
export { ROLES, ORG_KINDS, SESSION_STATUSES, SESSION_FORMATS, SCHEMA_VERSION, MAIL_KINDS, MAIL_STATES } from './vocabulary';
export { unchanged, isUnchanged, type Unchanged } from './unchanged';
export { locateStore, resolveStorePath, userCacheDir, type StoreLocation, type StoreNamedBy } from './storePath';

/** What a read loads besides the store itself. */
export interface ReadOptions {
  /** The whole history, from the file beside the store (only the commands that show or rewrite it). */
  log?: boolean;
}

export interface StoreOptions {
  /** How long to wait for another process's lock before giving up (exit 3). */
  lockWaitMs?: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  staleLockMs?: number;
  /** The time used to name backups. */
  now?: () => Date;
  /** Called once when a missing store is created with the catalogue. */
  onCreated?: (path: string) => void;
  /**
   * The setting that named the store. A missing store is created with the catalogue only at the
   * default location (or when this is not said); one named by `--store` or CAPRURAL_STORE is never
   * created by a read or a change (StoreError storeNotFound, nothing written): `create` (init) makes it.
   */
  namedBy?: StoreNamedBy;
  /** Ctrl-C / SIGTERM: long work under the lock stops and writes nothing (exit 130). */
  signal?: AbortSignal;
  /**
   * The user's cache folder (`userCacheDir`): when given, the versions of the store checked or
   * written here are fingerprinted there, and reading one of them again skips the schema check.
   */
  cacheDir?: string | null;
  /** This process's id, written in the lock's owner file. */
  pid?: number;
}

/** What an erasure did to the backups beside the store. */
export interface EraseReport {
  /** Backups rewritten without the erased data. */
  backupsRewritten: number;
  /** Backups that could not be read or validated, hence not cleaned (they are named). */
  backupsUnreadable: string[];
}

/** What an erasure does to each version of the store (see Store.erase). */
export interface Eraser {
  /** Learns from one version (members as stored there; the data may not be valid). */
  learn(version: { members?: unknown }): void;
  /** Erases from one version; true when it changed anything. */
  scrub(version: StoreData): boolean;
}

/** One earlier version of the store, as `backup list` and `doctor` show it. */
export interface BackupInfo {
  name: string;
  path: string;
  /** When this version was replaced (from the name), else the file's time. */
  replacedAt: string;
  size: number;
  mode: number;
  valid: boolean;
  /** valid; damaged (not a store); newer (written by a newer caprural); unreadable (permissions, a link to nothing). */
  state: 'valid' | 'damaged' | 'newer' | 'unreadable';
  schemaVersion: number | null;
  members: number | null;
  registrations: number | null;
  /** Why it cannot be restored, when it is not valid. */
  error: CapruralError | null;
}

/** Everything `doctor` looks at in the store's folder, read once, changing nothing. */
export interface StoreInspection {
  path: string;
  exists: boolean;
  mode: number | null;
  /** The data, when the file is there and valid. */
  data: StoreData | null;
  fromVersion: number | null;
  /** Why the store cannot be used, when it cannot. */
  error: CapruralError | null;
  backupsDir: string;
  backupsDirMode: number | null;
  backups: BackupInfo[];
  /** The lock's age in ms (negative: dated in the future), if a lock is there. */
  lockAgeMs: number | null;
  /** Something that is not a lock sits at the lock's path. */
  lockNotLock: boolean;
  /** The process that wrote the lock, when its owner file names one written on this machine (its hostname). */
  lockOwnerPid: number | null;
  staleLockMs: number;
  /** Temporary files of interrupted writes, beside the store and in the backups folder. */
  tempFiles: string[];
  /** The history file beside the store, every line checked. */
  log: LogInspection;
}

export interface StoreLocations {
  /** The store file, symbolic links followed. */
  file: string;
  /** Its history: one JSON line per entry, appended (`<store>.log`). */
  log: string;
  lock: string;
  backupsDir: string;
}

/** The store's file as `caprural info` shows it, read without opening the data. */
export interface StoreFileInfo {
  /** The store file, symbolic links followed. */
  file: string;
  exists: boolean;
  /** In bytes; null when missing or not a regular file. */
  size: number | null;
  /** When it was last written (UTC ISO); null when missing. */
  modifiedAt: string | null;
  backupsDir: string;
  /** How many earlier versions are kept there. */
  backups: number;
  /** The history file beside the store, and its size in bytes (null when there is none, or it is not a regular file). */
  log: string;
  logSize: number | null;
  /** What is at the history's path: a regular file, nothing, or something else (a folder, a FIFO…). */
  logKind: 'file' | 'missing' | 'notFile';
}

/** What a restore did. */
export interface RestoreReport<T> {
  /** The file restored. */
  restored: string;
  /** Where the version it replaced is kept (null: there was none). */
  keptAs: string | null;
  result: T;
}

export interface Store {
  /** The path as given (--store, CAPRURAL_STORE or the default); files are reached through its real path. */
  readonly path: string;
  /** Where the store really is (symbolic links followed), its lock and its backups folder. */
  locations(): Promise<StoreLocations>;
  /** The file's size, date and backups, without reading or creating it. */
  fileInfo(): Promise<StoreFileInfo>;
  /**
   * The validated data (an older schema migrated in memory); a missing store is created with the
   * catalogue first. The history (`log`) is kept in a file beside the store and read only with
   * `{ log: true }` (every line checked; a damaged one is a StoreError); otherwise `log` is empty.
   */
  read(options?: ReadOptions): Promise<StoreData>;
  /**
   * Applies `change` to freshly read, validated data inside the inter-process lock and
   * writes the result atomically, once validated. If `change` throws, nothing is written.
   * `data.log` starts empty: the entries the change pushes there are appended to the history
   * file (fsynced) before the store is replaced.
   */
  update<T>(change: (data: StoreData) => T | Unchanged<T>): Promise<T>;
  /** Creates the store; refuses if one exists. */
  create(empty: boolean): Promise<void>;
  /** The backup WHICH names (`latest`, a name from the list, or a path); a UsageError if none. */
  resolveBackup(which: string): Promise<string>;
  /**
   * Puts a backup back as the store, inside the lock: the backup is resolved, read and validated
   * there; `prepare` then adapts it, knowing the version it replaces (null when that one cannot
   * be read). The current file, whatever its state, is kept as a backup first. The restored version
   * continues the store's history (its own entries are not taken back): what `prepare` pushes to
   * `log` is appended after the store's last entry. `history` says where: `backTo`, the entries the
   * restored version counted (its state is the one after entry `backTo`), and `last`, the store's
   * last entry (those after `backTo`, up to `last`, are undone).
   */
  restore<T>(which: string, prepare: (restored: StoreData, current: StoreData | null, history: { backTo: number; last: number }) => T): Promise<RestoreReport<T>>;
  /**
   * Like `update`, for erasing personal data everywhere, inside one lock: `change` is applied to
   * the store; `eraser.learn` is shown every version (each backup, and the store as it was) so that
   * it learns what the people were called in each (an e-mail changed since); then
   * `eraser.scrub` rewrites every backup (returning true when it changed one), the store, and the
   * version being replaced, which is kept as a backup only once scrubbed. One version is in
   * memory at a time. Every file is written beside its target first and the renames come last,
   * each after checking the lock is still ours: interrupted or lost lock, nothing is written.
   * A crash part-way leaves the store unchanged, so running the command again finishes.
   * `change` and `scrub` see the store with its whole history loaded; the history file is
   * rewritten scrubbed with the others (its entries keep their numbers). Backups hold no history
   * (they share the file) unless written before it existed (schema 3 or older).
   */
  erase<T>(change: (data: StoreData) => T, eraser: Eraser): Promise<{ result: T } & EraseReport>;
  /** The backups, newest first, each read and validated (without the history). */
  backups(): Promise<BackupInfo[]>;
  /** One backup (a path from `backups()`), read and validated. */
  readBackup(path: string): Promise<StoreData>;
  /** The store's folder as doctor sees it. */
  inspect(): Promise<StoreInspection>;
  /**
   * Refuses (UsageError outputIsStore) a file that is the store, its lock, a backup or a temporary
   * file of it, compared by real path and by device and inode. Returns the absolute path.
   */
  checkOutput(file: string): Promise<string>;
}

/** The store kept in one JSON file at `path`, loaded on first use. */
export function openStore(path: string, options: StoreOptions = {}): Store {
  let opened: Promise<Store> | undefined;
  const open = () => (opened ??= import('./jsonFileStore').then((m) => m.openJsonFileStore(path, options)));
  const lazy = <K extends keyof Store>(key: K) => (async (...args: unknown[]) => ((await open())[key] as (...a: unknown[]) => unknown)(...args)) as Store[K];
  return {
    path,
    locations: lazy('locations'),
    fileInfo: lazy('fileInfo'),
    read: lazy('read'),
    update: lazy('update'),
    create: lazy('create'),
    resolveBackup: lazy('resolveBackup'),
    restore: lazy('restore'),
    erase: lazy('erase'),
    backups: lazy('backups'),
    readBackup: lazy('readBackup'),
    inspect: lazy('inspect'),
    checkOutput: lazy('checkOutput'),
  };
}

export { writeFileAtomic } from './atomicWrite';
export { readRegularFileSync } from './regularFile';
export { realStorePath } from './realPath';
export { isMissingEntry, MISSING_ACTION } from './missingEntries';
