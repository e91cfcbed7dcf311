// The store's history, kept beside it in an append-only file (`store.json.log`), one JSON line per
// entry: {"seq":N,"at":…,"user":…,"action":…,"target":…,"details":{…}}. Sequence numbers start at 1
// and follow each other; the store file records the last committed one (`logSeq`), so that the
// history of a version of the store is the lines 1..logSeq. A change appends its lines and fsyncs
// them before the store is renamed (the commit): lines after the store's logSeq were written by a
// command that stopped before its commit, are never read, and are cut by the next change.
// A change reads only the end of the file; a read that does not need the history never opens it.
import * as nodeFs from 'node:fs';
import { basename, dirname } from 'node:path';
import { StoreError } from '../errors';
import { codeOf, readUtf8Sync, reasonOf, syncDir, type StoreFs } from './atomicWrite';
import type { LogEntry } from './schema';
import { requireRegularFile } from './regularFile';

/** The history's file beside the store. */
export const logPathOf = (storePath: string): string => `${storePath}.log`;

/** Whether `name`, in the store's folder, is a history set aside (`store.json.log.<time>.aside`): never overwritten or cut. */
export const isLogAside = (storePath: string, name: string): boolean => name.startsWith(`${basename(logPathOf(storePath))}.`) && name.endsWith('.aside');

/** One entry as a line of the file. */
export function logLine(seq: number, e: LogEntry): string {
  return `${JSON.stringify({ seq, at: e.at, user: e.user, action: e.action, target: e.target, details: e.details })}\n`;
}

/** Entries as lines, numbered from `firstSeq`. */
export function serialiseLog(entries: readonly LogEntry[], firstSeq = 1): string {
  let text = '';
  for (let i = 0; i < entries.length; i += 1) text += logLine(firstSeq + i, entries[i]!);
  return text;
}

/** A line's seq, or null when the line is not an entry (not JSON, no integer seq). */
function seqOf(line: string): number | null {
  try {
    // A byte-order mark (an editor's, at the start of the file) is not part of the line.
    const value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line) as { seq?: unknown };
    return value !== null && typeof value === 'object' && Number.isInteger(value.seq) ? (value.seq as number) : null;
  } catch {
    return null;
  }
}

/** Whether the history file is there, refusing at once one that is not a regular file (src/store/regularFile.ts). */
export const requireRegularLog = (path: string): boolean => requireRegularFile(path, 'logNotFile');

const damaged = (path: string, line: number, reason: string) => new StoreError('logDamaged', { path, line, reason });
const short = (path: string, has: number, want: number) => new StoreError('logShort', { path, has, want });
const replaced = (path: string, seq: number) => new StoreError('logReplaced', { path, seq });

/** The `at` of a history line, or null when it has none. */
function atOf(line: string): string | null {
  try {
    const value = JSON.parse(line.replace(/\r$/, '')) as { at?: unknown };
    return typeof value?.at === 'string' ? value.at : null;
  } catch {
    return null;
  }
}

/**
 * The seq of `fragment`, the end of a file after its last newline, when it is a whole entry (an
 * editor that saved the file without its final newline); null when it is not (a line cut by a crash).
 */
function finalEntry(fragment: string): number | null {
  const line = fragment.replace(/\r$/, '');
  return line.startsWith('{') && line.endsWith('}') ? seqOf(line) : null;
}

/** The end of the file after its last newline (empty when the file ends with one), read backwards. */
function tailFragment(fd: number, size: number): string {
  let from = size;
  let tail = Buffer.alloc(0);
  while (from > 0) {
    const n = Math.min(64 * 1024, from);
    const chunk = Buffer.alloc(n);
    nodeFs.readSync(fd, chunk, 0, n, from - n);
    from -= n;
    tail = Buffer.concat([chunk, tail]);
    const nl = tail.lastIndexOf(0x0a);
    if (nl >= 0) return tail.toString('utf8', nl + 1);
  }
  return tail.toString('utf8');
}

/**
 * The committed entries 1..`upTo`, every line checked (JSON, its seq the next number); their shape
 * is checked by the caller against the schema. Lines after `upTo` are not read.
 */
export function readLogEntries(path: string, upTo: number, lastAt?: string): LogEntry[] {
  if (upTo === 0) return [];
  let text: string;
  try {
    if (!requireRegularLog(path)) throw short(path, 0, upTo);
    text = readUtf8Sync(path);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (codeOf(error) === 'ENOENT') throw short(path, 0, upTo);
    throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
  }
  // Not sized from upTo: a store edited by hand may count more entries than memory holds.
  const entries: LogEntry[] = [];
  // A byte-order mark left by an editor that saved the file is not part of the first line.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let n = 0;
  while (n < upTo) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    n += 1;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text.slice(start, end)) as Record<string, unknown>;
    } catch {
      throw damaged(path, n, 'notJson');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw damaged(path, n, 'notObject');
    if (value.seq !== n) throw damaged(path, n, `seq:${JSON.stringify(value.seq) ?? 'missing'}`);
    entries.push({ at: value.at, user: value.user, action: value.action, target: value.target, details: value.details } as LogEntry);
    start = end + 1;
  }
  // A last line that lost only its final newline (an editor saving the file) is still the entry it holds.
  if (n < upTo && finalEntry(text.slice(start)) === n + 1) {
    const value = JSON.parse(text.slice(start).replace(/\r$/, '')) as Record<string, unknown>;
    n += 1;
    entries.push({ at: value.at, user: value.user, action: value.action, target: value.target, details: value.details } as LogEntry);
  }
  if (n < upTo) throw short(path, n, upTo);
  if (lastAt !== undefined && entries[upTo - 1]?.at !== lastAt) throw replaced(path, upTo);
  return entries;
}

/**
 * Reads the file backwards, line by line (a chunk at a time), until `stop` says where the
 * committed part ends. The unterminated fragment at the very end, if any, is never a committed line.
 * Returns the byte offset just after the line accepted, or null when none was.
 */
function scanBack(fd: number, size: number, stop: (seq: number | null, line: string) => 'here' | 'on' | 'fail'): number | null {
  let chunk = 64 * 1024;
  let bufStart = size;
  let buf = Buffer.alloc(0);
  /** File offset of the '\n' ending the line being looked at; null before the first one is found. */
  let lineEnd: number | null = null;
  let searchFrom = size - 1;
  for (;;) {
    const idx = searchFrom >= bufStart ? buf.lastIndexOf(0x0a, searchFrom - bufStart) : -1;
    if (idx < 0 && bufStart > 0) {
      const n = Math.min(chunk, bufStart);
      const more = Buffer.alloc(n);
      nodeFs.readSync(fd, more, 0, n, bufStart - n);
      buf = Buffer.concat([more, buf]);
      bufStart -= n;
      chunk *= 2;
      continue;
    }
    const nl = idx < 0 ? -1 : bufStart + idx;
    if (lineEnd !== null) {
      const line = buf.toString('utf8', nl + 1 - bufStart, lineEnd - bufStart);
      const verdict = stop(seqOf(line), line);
      if (verdict === 'here') return lineEnd + 1;
      if (verdict === 'fail') return null;
    }
    if (nl < 0) return null;
    lineEnd = nl;
    searchFrom = nl - 1;
  }
}

function openForScan(path: string): { fd: number; size: number } | null {
  if (!requireRegularLog(path)) return null;
  try {
    const fd = nodeFs.openSync(path, 'r');
    return { fd, size: nodeFs.fstatSync(fd).size };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw new StoreError('storeUnreadable', { path, reason: reasonOf(error) });
  }
}

/**
 * Where the committed history ends: the byte offset just after the line of seq `upTo` (0 for 0),
 * found from the end of the file. Lines after it are those of a command that stopped before its
 * commit. A file that does not hold line `upTo` (cut, replaced, damaged at its end) is refused.
 */
export function committedEnd(path: string, upTo: number, lastAt?: string): number {
  if (upTo === 0) return 0;
  const file = openForScan(path);
  if (!file) throw short(path, 0, upTo);
  try {
    // The committed line may be the last, without its newline (an editor saved the file so).
    const fragment = tailFragment(file.fd, file.size);
    if (finalEntry(fragment) === upTo) {
      if (lastAt !== undefined && atOf(fragment) !== lastAt) throw replaced(path, upTo);
      return file.size;
    }
    let below: number | null = null;
    let other = false;
    const end = scanBack(file.fd, file.size, (seq, line) => {
      if (seq === upTo) {
        // Entry logSeq, but not written when the store says: another store's history.
        if (lastAt !== undefined && atOf(line) !== lastAt) {
          other = true;
          return 'fail';
        }
        return 'here';
      }
      if (seq !== null && seq < upTo) {
        below = seq;
        return 'fail';
      }
      return 'on';
    });
    if (other) throw replaced(path, upTo);
    if (end === null) throw short(path, below ?? 0, upTo);
    return end;
  } finally {
    nodeFs.closeSync(file.fd);
  }
}

/** The last complete entry of the file, whatever the store says (a restore over a store that cannot be read keeps every one). */
export function lastEntry(path: string): { seq: number; end: number } {
  const file = openForScan(path);
  if (!file) return { seq: 0, end: 0 };
  try {
    const last = finalEntry(tailFragment(file.fd, file.size));
    if (last !== null) return { seq: last, end: file.size };
    let found = 0;
    const end = scanBack(file.fd, file.size, (seq) => {
      if (seq === null) return 'on';
      found = seq;
      return 'here';
    });
    return end === null ? { seq: 0, end: 0 } : { seq: found, end };
  } finally {
    nodeFs.closeSync(file.fd);
  }
}

/**
 * Cuts the file at `end` (the lines of a command that stopped before its commit) and appends
 * `text`, then fsyncs: the lines are on disk before the store that counts them is renamed.
 */
export async function appendToLog(fs: StoreFs, path: string, end: number, text: string, asidePath?: () => string): Promise<void> {
  requireRegularLog(path);
  // a+: appended to, and its last byte read (below).
  const handle = await fs.open(path, 'a+', 0o600);
  try {
    const { size } = await handle.stat();
    // Shorter than where the committed lines were found, under the lock: changed by another program meanwhile.
    if (size < end) throw new StoreError('storeWriteFailed', { path, reason: 'changed while locked' });
    if (size > end) {
      // Lines after the committed end: a stopped command's, or entries that a store put back by
      // hand (a copy) no longer counts. Never destroyed: whole lines are set aside first.
      const tail = Buffer.alloc(size - end);
      await handle.read(tail, 0, tail.length, end);
      const whole = tail.lastIndexOf(0x0a) + 1;
      if (whole > 0 && asidePath) {
        const aside = await fs.open(asidePath(), 'wx', 0o600);
        try {
          await aside.writeFile(tail.subarray(0, whole));
          await aside.sync();
        } finally {
          await aside.close();
        }
      }
      await handle.truncate(end);
    }
    // A last committed line without its newline (an editor saved the file so) gets one first.
    let before = '';
    if (end > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, end - 1);
      if (last[0] !== 0x0a) before = '\n';
    }
    await handle.appendFile(before + text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (end === 0) await syncDir(dirname(path));
}

/** Cuts the file back to `end` after a change that failed before its commit (best effort: the lines would be ignored anyway). */
export async function cutLog(fs: StoreFs, path: string, end: number): Promise<void> {
  try {
    const handle = await fs.open(path, 'r+');
    try {
      await handle.truncate(end);
    } finally {
      await handle.close();
    }
  } catch {
    /* ignored lines stay; the next change cuts them */
  }
}

/** What doctor says about the history file: every line read, nothing changed. */
export interface LogInspection {
  path: string;
  exists: boolean;
  mode: number | null;
  /** Complete lines in the file. */
  lines: number;
  /** The first committed line that is wrong, and why. */
  damagedAt: { line: number; reason: string } | null;
  /** Committed lines present (1..has, in order) when fewer than the store counts. */
  short: { has: number; want: number } | null;
  /** Lines after the store's logSeq (and an unterminated end): left by a command stopped before its commit. */
  leftovers: number;
  /** Files set aside next to the store when an older store or a new one met a history already there. */
  aside: string[];
  /** Something else than a regular file is at the history's path (a folder, a FIFO). */
  notFile: boolean;
  /** Why the file cannot be read (EACCES…), when it cannot. */
  unreadable: string | null;
  /** Entry logSeq was not written when the store says: another store's history (its seq). */
  replaced: number | null;
}

/** Every line checked against the store's `upTo` (null: the store cannot say; every line is read as committed). */
export function inspectLog(path: string, upTo: number | null, aside: string[], lastAt?: string): LogInspection {
  const result: LogInspection = { path, exists: false, mode: null, lines: 0, damagedAt: null, short: null, leftovers: 0, aside, notFile: false, unreadable: null, replaced: null };
  let text: string;
  try {
    const stat = nodeFs.statSync(path);
    result.mode = stat.mode & 0o777;
    result.exists = true;
    if (!stat.isFile()) {
      result.notFile = true;
      return result;
    }
    text = readUtf8Sync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') result.unreadable = reasonOf(error);
    else if (upTo) result.short = { has: 0, want: upTo };
    return result;
  }
  let start = 0;
  let n = 0;
  for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    n += 1;
    if (upTo !== null && n > upTo) {
      result.leftovers += 1;
      continue;
    }
    if (result.damagedAt) continue;
    const line = text.slice(start, end);
    const seq = seqOf(line);
    if (seq === null) result.damagedAt = { line: n, reason: 'notJson' };
    else if (seq !== n) result.damagedAt = { line: n, reason: `seq:${seq}` };
    else if (n === upTo && lastAt !== undefined && atOf(line) !== lastAt) result.replaced = n;
  }
  // A last line that lost only its final newline (an editor saving the file) is a line.
  if (start < text.length && finalEntry(text.slice(start)) === n + 1 && (upTo === null || n + 1 <= upTo)) {
    n += 1;
    start = text.length;
  }
  result.lines = n;
  if (start < text.length) result.leftovers += 1;
  if (upTo !== null && n < upTo && !result.damagedAt) result.short = { has: n, want: upTo };
  return result;
}
