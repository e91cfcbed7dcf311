import type { CapruralError } from '../errors';
import { checkReferences, type Finding } from '../domain/doctor';
import { checkEmails } from '../domain/doctorEmails';
import { readRegularFileSync, SCHEMA_VERSION } from '../store/index';
import type { Deps } from './deps';

/** A history set aside is read whole to look for erased people: Node's longest string. */
const ASIDE_MAX_BYTES = 512 * 1024 * 1024;
import { erasedStillIn, erasedStillInText } from './erasures';

export interface DoctorReport {
  path: string;
  /** The store can be read (or does not exist yet). */
  usable: boolean;
  /** Usable and no problem found. */
  healthy: boolean;
  schemaVersion: number | null;
  counts: { members: number; registrations: number; backups: number } | null;
  findings: Finding[];
  /** Why the store cannot be used, when it cannot. */
  error: CapruralError | null;
}

const loose = (mode: number | null) => mode !== null && (mode & 0o077) !== 0;
const octal = (mode: number) => mode.toString(8).padStart(3, '0');

/**
 * Checks the store and the files beside it; changes nothing. `isAlive` tells whether a process of
 * this machine still runs: a fresh lock whose owner (written on this machine) is gone was left by a
 * caprural stopped (kill -9, a crash), not held by one at work.
 */
export async function runDoctor(deps: Deps, isAlive?: (pid: number) => boolean): Promise<DoctorReport> {
  const facts = await deps.store.inspect();
  const { path } = facts;
  const findings: Finding[] = [];
  const problem = (key: Finding['key'], params: Finding['params'] = {}) => findings.push({ level: 'problem', key, params });
  const note = (key: Finding['key'], params: Finding['params'] = {}) => findings.push({ level: 'note', key, params });

  if (!facts.exists) {
    const newest = facts.backups[0];
    if (newest) problem('doctorMissingWithBackups', { path, backup: newest.path });
    else note('doctorNoStore', { path });
  }
  // A store written by a newer caprural is not damaged: its own message (update caprural) is all there is to do.
  if (facts.error && facts.error.key !== 'storeNewer') problem(facts.backups.length > 0 ? 'doctorUnusable' : 'doctorUnusableNoBackup', { path });
  if (facts.data) {
    if (facts.fromVersion !== null && facts.fromVersion < SCHEMA_VERSION) note('doctorOldSchema', { from: facts.fromVersion, to: SCHEMA_VERSION });
    findings.push(...checkReferences(facts.data), ...checkEmails(facts.data));
  }
  if (loose(facts.mode)) problem('doctorPermissions', { path, mode: octal(facts.mode!), want: '600' });
  if (loose(facts.backupsDirMode)) problem('doctorPermissions', { path: facts.backupsDir, mode: octal(facts.backupsDirMode!), want: '700' });
  const registry = facts.data?.erasures ?? [];
  for (const b of facts.backups) {
    if (loose(b.mode)) problem('doctorPermissions', { path: b.path, mode: octal(b.mode), want: '600' });
    if (b.state === 'damaged') problem('doctorBackupInvalid', { path: b.path });
    else if (b.state === 'newer') note('doctorBackupNewer', { path: b.path });
    else if (b.state === 'unreadable') problem('doctorBackupUnreadable', { path: b.path });
    else if (registry.length > 0) {
      // An erasure interrupted, or a copy put back by hand: the person is still in there.
      const version = await deps.store.readBackup(b.path).catch(() => null);
      const ids = version ? erasedStillIn(version, registry, facts.data!.erasureKey) : [];
      if (ids.length > 0) problem('doctorBackupHoldsErased', { path: b.path, ids: ids.join(', ') });
    }
  }
  // The history beside the store (src/store/logFile.ts).
  const log = facts.log;
  // A store of schema 3 or older holds its history inside: a file beside it is not its history (a
  // crash during the first change that migrates, an older caprural's restore). It is set aside,
  // whole, at the next change: its lines are not checked as this store's.
  const besideOlder = facts.fromVersion !== null && facts.fromVersion < SCHEMA_VERSION && log.exists && !log.notFile;
  if (besideOlder) note('doctorLogBesideOlder', { path: log.path, version: facts.fromVersion! });
  else if (log.notFile) problem('logNotFile', { path: log.path });
  else if (log.unreadable) problem('doctorLogUnreadable', { path: log.path, reason: log.unreadable });
  else if (log.damagedCount > 1) {
    // Every damaged line named (the first ten, and a count): one editing session fixes them all.
    problem('doctorLogDamagedLines', { path: log.path, count: log.damagedCount, lines: log.damaged.map((d) => `${d.line}=${d.reason}`).join('|') });
  } else if (log.damagedAt) problem('doctorLogDamaged', { path: log.path, line: log.damagedAt.line, reason: log.damagedAt.reason, store: path });
  else if (log.replaced !== null) problem('doctorLogReplaced', { path: log.path, seq: log.replaced, store: path });
  else if (log.short) problem('doctorLogShort', { path: log.path, has: log.short.has, want: log.short.want, store: path });
  // Readable but not writable (chmod 400): every change is refused while the rest looks healthy.
  if (log.readOnly && !besideOlder) problem('doctorLogReadOnly', { path: log.path });
  // Not for a folder, a FIFO or a link put at its path: the advice is to move it, never to chmod what it points to.
  if (log.exists && !log.notFile && loose(log.mode)) problem('doctorPermissions', { path: log.path, mode: octal(log.mode!), want: '600' });
  // Numbers missing between two lines (lines removed by hand): read around, said; nothing is blocked.
  if (!besideOlder && !log.damagedAt && log.missing.length > 0) note('doctorLogGap', { path: log.path, seqs: log.missing.join(','), count: log.missing.length });
  if (log.aside.length > 0) note('doctorLogAside', { files: log.aside.join(', ') });
  // A history set aside is scrubbed by erasures, but a line of it that is not an entry cannot be.
  for (const file of log.aside) {
    const text = registry.length > 0 ? readRegularFileSync(file, ASIDE_MAX_BYTES) : null;
    const ids = text === null ? [] : erasedStillInText(text, registry, facts.data?.erasureKey);
    if (ids.length > 0) problem('doctorAsideHoldsErased', { path: file, ids: ids.join(', ') });
  }
  const lockPath = `${path}.lock`;
  const fresh = facts.lockAgeMs !== null && Math.abs(facts.lockAgeMs) <= facts.staleLockMs;
  const ownerGone = fresh && facts.lockOwnerPid !== null && isAlive !== undefined && !isAlive(facts.lockOwnerPid);
  const lockLive = fresh && !ownerGone;
  if (facts.lockNotLock) problem('doctorLockNotLock', { path: lockPath });
  else if (facts.lockAgeMs !== null) {
    if (ownerGone) problem('doctorLockOwnerGone', { path: lockPath, pid: facts.lockOwnerPid! });
    else if (lockLive) note('doctorLockHeld', { path: lockPath });
    else if (facts.lockAgeMs < 0) problem('doctorLockFuture', { path: lockPath, seconds: Math.round(-facts.lockAgeMs / 1000) });
    else problem('doctorStaleLock', { path: lockPath, seconds: Math.round(facts.lockAgeMs / 1000) });
  }
  // While another caprural holds the lock its temporary file is legitimate.
  if (!lockLive && !besideOlder && log.leftovers > 0) note('doctorLogLeftovers', { path: log.path, count: log.leftovers });
  if (!lockLive && facts.tempFiles.length > 0) problem('doctorTempFiles', { count: facts.tempFiles.length, files: facts.tempFiles.join(', ') });

  const usable = facts.error === null;
  return {
    path,
    usable,
    healthy: usable && findings.every((f) => f.level === 'note'),
    schemaVersion: facts.fromVersion,
    counts: facts.data ? { members: facts.data.members.length, registrations: facts.data.registrations.length, backups: facts.backups.length } : null,
    findings,
    error: facts.error,
  };
}
