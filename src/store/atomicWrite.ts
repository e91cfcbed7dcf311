// Atomic replacement of a file: a unique temporary file beside it, written and fsynced, then renamed.
import * as nodeFs from 'node:fs';
import { basename } from 'node:path';

/** The filesystem calls the store makes: a seam so that tests can make each one fail. */
export type StoreFs = Pick<typeof nodeFs.promises, 'open' | 'rename' | 'rm' | 'readFile' | 'mkdir' | 'link' | 'readdir' | 'copyFile' | 'chmod' | 'stat'>;

/**
 * fs.promises' `key`, reached on first call: the getter loads Node's promises module (about 1 ms),
 * which a command that only reads never needs.
 */
function promised<K extends keyof StoreFs>(key: K): StoreFs[K] {
  return ((...args: unknown[]) => (nodeFs.promises[key] as (...a: unknown[]) => unknown)(...args)) as StoreFs[K];
}

/**
 * The text of a file (a path or an open descriptor), read whole then decoded from UTF-8. Twice
 * as fast as readFileSync(…, 'utf8') on a store (24 MB of French text: 40 against 55–75 ms on
 * Node 20, 23 against 50 ms on Node 24), whose decoder is slow once characters above U+007F
 * appear; fs.promises.readFile reads in chunks (twice the garbage). A CLI has nothing else to do meanwhile.
 */
export function readUtf8Sync(file: nodeFs.PathOrFileDescriptor): string {
  return nodeFs.readFileSync(file).toString('utf8');
}

/** The real filesystem. Reads go through readUtf8Sync. */
export const defaultFs: StoreFs = {
  open: promised('open'),
  rename: promised('rename'),
  rm: promised('rm'),
  mkdir: promised('mkdir'),
  link: promised('link'),
  readdir: promised('readdir'),
  copyFile: promised('copyFile'),
  chmod: promised('chmod'),
  stat: promised('stat'),
  readFile: (async (path: nodeFs.PathLike, options?: BufferEncoding | { encoding?: BufferEncoding | null }) =>
    options === 'utf8' || (typeof options === 'object' && options?.encoding === 'utf8') ? readUtf8Sync(path) : nodeFs.readFileSync(path, options as BufferEncoding)) as StoreFs['readFile'],
};

export function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The system's error code (ENOSPC, EACCES…), which the messages explain. */
export function reasonOf(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.message : String(error));
}

/** Where an atomic write of `target` puts its temporary file: `<target>.<random>.tmp`. */
export function tempPathOf(target: string): string {
  // globalThis.crypto rather than node:crypto: the module is loaded on first use, by writes only.
  return `${target}.${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}.tmp`;
}

/** Whether `name` (a file name in the same folder) is a temporary file of an atomic write of `target`. */
export function isTempFileOf(target: string, name: string): boolean {
  return name.startsWith(`${basename(target)}.`) && name.endsWith('.tmp');
}

/**
 * Writes `text` (or its parts, in order) to `target` atomically: a unique temporary file beside it, written and fsynced,
 * then renamed over the target. On any failure the temporary file is removed and the target is
 * unchanged. `onWritten` receives the file's stat, taken from the handle once the data is synced. `beforeRename` runs after the data is on disk, just before the rename (the lock's
 * ownership is checked there).
 */
export async function writeFileAtomic(
  fs: StoreFs,
  target: string,
  text: string | Uint8Array | ReadonlyArray<string | Uint8Array>,
  beforeRename?: () => Promise<void>,
  onWritten?: (stat: nodeFs.BigIntStats) => void,
): Promise<void> {
  const tmp = tempPathOf(target);
  let handle: nodeFs.promises.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    // Parts are written one after the other (a handle's writeFile writes from where the last one ended).
    for (const part of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) await handle.writeFile(part, 'utf8');
    await handle.sync();
    // What was written, from the handle that wrote it (the store's fingerprint, src/store/trust.ts).
    if (onWritten) onWritten(await handle.stat({ bigint: true }));
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

/** First half of an atomic write: the text in a unique temporary file beside `target`, fsynced. Returns its path. */
export async function stageFile(fs: StoreFs, target: string, text: string): Promise<string> {
  const tmp = tempPathOf(target);
  let handle: nodeFs.promises.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o600);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    return tmp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Makes a rename durable; some filesystems refuse fsync on a directory, which is harmless. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await nodeFs.promises.open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    /* best effort */
  }
}
