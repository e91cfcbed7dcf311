// The store's history, kept beside it in an append-only file (`store.json.log`), one JSON line per
// entry: {"seq":N,"at":…,"user":…,"action":…,"target":…,"details":{…}}. Sequence numbers start at 1
// and follow each other; the store file records the last committed one (`logSeq`), so that the
// history of a version of the store is the lines 1..logSeq. A change appends its lines and fsyncs
// them before the store is renamed (the commit): lines after the store's logSeq were written by a
// command that stopped before its commit, are never read, and are set aside by the next change.
// A change reads only the end of the file; a read that does not need the history never opens it.
// A number missing between two lines (a line removed from the file by hand) is a gap, not damage:
// the entries around it are read, the missing one stands in memory as a placeholder (src/store/missingEntries.ts)
// so that entry N stays at index N-1, and it is never written back (serialiseLog skips it).
// Numbers that go back (lines swapped, a line twice) are damage: which one is right cannot be told.
import * as nodeFs from 'node:fs';
import { basename, dirname } from 'node:path';
import { StoreError } from '../errors';
import { codeOf, readUtf8Sync, reasonOf, syncDir, type StoreFs } from './atomicWrite';
import type { LogEntry } from './schema';
import { requireRegularFile } from './regularFile';
import { isMissingEntry, missingEntry } from './missingEntries';

/** The history's file beside the store. */
export const logPathOf = (storePath: string): string => `${storePath}.log`;

/** Whether `name`, in the store's folder, is a history set aside (`store.json.log.<time>.aside`): never overwritten or cut. */
export const isLogAside = (storePath: string, name: string): boolean => name.startsWith(`${basename(logPathOf(storePath))}.`) && name.endsWith('.aside');

/** One entry as a line of the file. */
export function logLine(seq: number, e: LogEntry): string {
  return `${JSON.stringify({ seq, at: e.at, user: e.user, action: e.action, target: e.target, details: e.details })}\n`;
}

/** The line of the file holding entries[index] (the placeholders of gaps hold none). */
export function entryLine(entries: readonly LogEntry[], index: number): number {
  let missing = 0;
  for (let i = 0; i < index && i < entries.length; i += 1) if (isMissingEntry(entries[i]!)) missing += 1;
  return index + 1 - missing;
}

/** Entries as lines, numbered from `firstSeq`; a placeholder of a gap keeps its number but writes no line. */
export function serialiseLog(entries: readonly LogEntry[], firstSeq = 1): string {
  let text = '';
  for (let i = 0; i < entries.length; i += 1) if (!isMissingEntry(entries[i]!)) text += logLine(firstSeq + i, entries[i]!);
  return text;
}

/** A line as an entry with its number, or why it is not one (the same reasons for `log` and `doctor`). */
function parseLine(line: string): { seq: number; value: Record<string, unknown> } | { reason: string } {
  let value: unknown;
  try {
    // A byte-order mark (an editor's, at the start of the file) is not part of the line.
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch {
    return { reason: 'notJson' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: 'notObject' };
  const seq = (value as { seq?: unknown }).seq;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return { reason: 'noSeq' };
  return { seq, value: value as Record<string, unknown> };
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
 * The committed entries 1..`upTo`, every line checked (JSON, an entry, its seq after the one before);
 * their shape is checked by the caller against the schema. Lines after `upTo` are not read. A number
 * missing between two lines (a line removed) gets a placeholder (missingEntry); the entry
 * `upTo` itself must be there.
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
  /** Adds the entry of line n; false when it is after upTo (the committed part ended before it). */
  const take = (line: string): boolean => {
    const parsed = parseLine(line);
    if ('reason' in parsed) throw damaged(path, n, parsed.reason);
    const { seq, value } = parsed;
    if (seq <= entries.length) throw damaged(path, n, `order:${seq}:${entries.length}`);
    if (seq > upTo) return false;
    while (entries.length < seq - 1) entries.push(missingEntry(entries.length + 1, value.at));
    entries.push({ at: value.at, user: value.user, action: value.action, target: value.target, details: value.details } as LogEntry);
    return true;
  };
  while (entries.length < upTo) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      // A last line that lost only its final newline (an editor saving the file) is still the entry it holds.
      const last = finalEntry(text.slice(start));
      if (last !== null && last > entries.length && last <= upTo) {
        n += 1;
        take(text.slice(start).replace(/\r$/, ''));
      }
      break;
    }
    n += 1;
    if (!take(text.slice(start, end))) break;
    start = end + 1;
  }
  if (entries.length < upTo) throw short(path, entries.length, upTo);
  // The line after the committed end, if any, is a stopped command's (numbered after upTo); one
  // numbered before means lines out of order (swapped), which a change would refuse too.
  const next = text.indexOf('\n', start);
  const after = next < 0 ? null : parseLine(text.slice(start, next));
  if (after && 'seq' in after && after.seq <= upTo) throw damaged(path, n + 1, `order:${after.seq}:${upTo}`);
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

/** How many lines before the last one numbered below the store's count are read to tell lines out of order from a file cut short. */
const DISORDER_LOOKBACK = 64;

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
    /** Lines looked at above the first one numbered below upTo: entry upTo among them is lines out of order. */
    let beyond = 0;
    let other = false;
    let disorder = false;
    const end = scanBack(file.fd, file.size, (seq, line) => {
      if (seq === upTo) {
        if (below !== null) {
          disorder = true;
          return 'fail';
        }
        // Entry logSeq, but not written when the store says: another store's history.
        if (lastAt !== undefined && atOf(line) !== lastAt) {
          other = true;
          return 'fail';
        }
        return 'here';
      }
      if (seq !== null && seq < upTo) below ??= seq;
      // A few lines further back, to tell lines swapped (entry upTo found) from a file cut short.
      return below !== null && (beyond += 1) > DISORDER_LOOKBACK ? 'fail' : 'on';
    });
    if (other) throw replaced(path, upTo);
    if (disorder) throw new StoreError('logOutOfOrder', { path, seq: upTo, after: below! });
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

/** Whether `path` is a regular file this process may not write (made read-only: chmod 400, a read-only disk). */
export function isReadOnlyFile(path: string): boolean {
  try {
    if (!nodeFs.statSync(path).isFile()) return false;
    nodeFs.accessSync(path, nodeFs.constants.W_OK);
    return false;
  } catch (error) {
    const code = codeOf(error);
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
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
  /**
   * Every committed line found wrong, in order, the first DAMAGED_KEPT of them (doctor names them
   * all, so that one editing session fixes them), and how many there are in all.
   */
  damaged: Array<{ line: number; reason: string }>;
  damagedCount: number;
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
  /** Numbers missing between two committed lines (lines removed by hand): read around, shown as missing. */
  missing: number[];
  /** A regular file this process may read but not write: every change would be refused. */
  readOnly: boolean;
}

/** How many damaged lines of the history are named one by one (the others are counted). */
export const DAMAGED_KEPT = 10;

/** Counts a damaged line, naming it while fewer than DAMAGED_KEPT are named; the first is `damagedAt`. */
export function noteDamaged(result: Pick<LogInspection, 'damagedAt' | 'damaged' | 'damagedCount'>, line: number, reason: string): void {
  result.damagedCount += 1;
  if (result.damaged.length < DAMAGED_KEPT) result.damaged.push({ line, reason });
  result.damagedAt ??= { line, reason };
}

/** What is known of a history at `path` before it is looked at: nothing there, nothing wrong. */
export function blankLogInspection(path: string, aside: string[] = []): LogInspection {
  return {
    path,
    exists: false,
    mode: null,
    lines: 0,
    damagedAt: null,
    damaged: [],
    damagedCount: 0,
    short: null,
    leftovers: 0,
    aside,
    notFile: false,
    unreadable: null,
    replaced: null,
    missing: [],
    readOnly: false,
  };
}

/** Every line checked against the store's `upTo` (null: the store cannot say; every line is read as committed). */
export function inspectLog(path: string, upTo: number | null, aside: string[], lastAt?: string): LogInspection {
  const result = blankLogInspection(path, aside);
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
    result.readOnly = isReadOnlyFile(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') result.unreadable = reasonOf(error);
    else if (upTo) result.short = { has: 0, want: upTo };
    return result;
  }
  // The same reading as readLogEntries (the same reasons), without stopping at the first problem.
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let n = 0;
  /** The last number read among the committed lines. */
  let last = 0;
  let ended = false;
  const look = (line: string) => {
    const parsed = parseLine(line);
    if (!ended && upTo !== null && 'seq' in parsed && parsed.seq > upTo) ended = true;
    if (ended) {
      // After the committed end, lines are a stopped command's, numbered after it; one numbered before is out of order.
      if (upTo !== null && !result.damagedAt && result.leftovers === 0 && 'seq' in parsed && parsed.seq <= upTo) noteDamaged(result, n, `order:${parsed.seq}:${upTo}`);
      else result.leftovers += 1;
      return;
    }
    // A line not an entry, or out of order, is damaged; the reading goes on to name every such line.
    if ('reason' in parsed) noteDamaged(result, n, parsed.reason);
    else if (parsed.seq <= last) noteDamaged(result, n, `order:${parsed.seq}:${last}`);
    else {
      for (let seq = last + 1; seq < parsed.seq; seq += 1) result.missing.push(seq);
      last = parsed.seq;
      if (last === upTo) {
        if (lastAt !== undefined && atOf(line) !== lastAt) result.replaced = n;
        ended = true;
      }
    }
  };
  for (let end = text.indexOf('\n', start); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
    n += 1;
    look(text.slice(start, end));
  }
  // A last line that lost only its final newline (an editor saving the file) is a line.
  const final = start < text.length ? finalEntry(text.slice(start)) : null;
  if (final !== null && !ended && final > last && (upTo === null || final <= upTo)) {
    n += 1;
    look(text.slice(start).replace(/\r$/, ''));
    start = text.length;
  }
  result.lines = n;
  if (start < text.length) result.leftovers += 1;
  if (upTo !== null && last < upTo && !result.damagedAt) result.short = { has: last, want: upTo };
  return result;
}
