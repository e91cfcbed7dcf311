// Trusting caprural's own writes: after a store was validated (read) or written, a fingerprint
// of the file is kept in the user's cache folder; a later read whose file still matches it skips
// the schema check (about 15% of a command on a national store). Anything else is checked fully,
// and `doctor` always checks fully (src/store/inspect.ts does not look here).
//
// Why the user's cache folder and not beside the store: a fingerprint there vouches only for what
// this user's own caprural checked. Anyone who can write the store's folder (a shared folder,
// another account, a sync tool) can write a file beside the store, but not in this user's
// private cache (created 0700); and losing the cache (it is a cache) only costs one full check.
import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { readRegularFileSync } from './regularFile';
import type { Layout } from './touched';
import { validatorId } from './validateStore.generated.js';
import { SCHEMA_VERSION } from './vocabulary';

/** What identifies one version of the store file. ctime cannot be set by a program (touch -r cannot put it back). */
export interface Fingerprint {
  path: string;
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  schemaVersion: number;
  validator: string;
  /** The data checks this version was found clean by (StoreOptions.dataChecks), when they were given. */
  checks?: string;
  /** For a version caprural wrote (not one it only checked): where its collections' texts lie (src/store/touched.ts). */
  layout?: Layout;
}

export function fingerprintOf(path: string, stat: nodeFs.BigIntStats, checks?: string): Fingerprint {
  const print: Fingerprint = {
    path,
    dev: String(stat.dev),
    ino: String(stat.ino),
    size: String(stat.size),
    mtimeNs: String(stat.mtimeNs),
    ctimeNs: String(stat.ctimeNs),
    schemaVersion: SCHEMA_VERSION,
    validator: validatorId,
  };
  if (checks !== undefined) print.checks = checks;
  return print;
}

/** Two stats of one file describe the same version (nothing written in between). */
export function sameVersion(a: nodeFs.BigIntStats, b: nodeFs.BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** 64 bits of FNV-1a over the store's real path: the fingerprint's file name (the path itself is inside and compared). */
function nameOf(path: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < path.length; i += 1) {
    const c = path.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}.json`;
}

export interface Trust {
  /** The fingerprint kept, when the file whose stat is given is the very version last checked or written here; else null. */
  match(path: string, stat: nodeFs.BigIntStats): Fingerprint | null;
  /** Records a checked or written version. Best effort: a cache that cannot be written costs a full check next time. */
  record(print: Fingerprint): void;
}

/** A fingerprint file is a few hundred bytes: anything much bigger is not one. */
const FINGERPRINT_MAX_BYTES = 64 * 1024;

/**
 * Fingerprints kept in `<cacheDir>/trusted/`, one small JSON file per store. `pid` (this
 * process's) names the temporary file; without it, a random name (which loads node:crypto's
 * random source, a few milliseconds at start-up that a read-only command otherwise never needs).
 */
export function openTrust(cacheDir: string, pid?: number, checks?: string): Trust {
  const dir = join(cacheDir, 'trusted');
  const fileOf = (path: string) => join(dir, nameOf(path));
  return {
    match(path, stat) {
      let kept: Partial<Fingerprint>;
      try {
        const text = readRegularFileSync(fileOf(path), FINGERPRINT_MAX_BYTES);
        if (text === null) return null;
        kept = JSON.parse(text) as Partial<Fingerprint>;
      } catch {
        return null;
      }
      if (kept === null || typeof kept !== 'object') return null;
      const now = fingerprintOf(path, stat, checks);
      // A version found clean by other data checks, or by none (an older caprural), is checked again.
      if (kept.checks !== now.checks) return null;
      return (Object.keys(now) as Array<keyof Fingerprint>).every((key) => kept[key] === now[key]) ? (kept as Fingerprint) : null;
    },
    record(print) {
      // Written whole then renamed: a reader sees the old fingerprint or the new, never half of one.
      // No two live processes share a pid: the name is this process's alone (a dead one's file is overwritten).
      const tmp = `${fileOf(print.path)}.${pid ?? globalThis.crypto.randomUUID().slice(0, 12)}.tmp`;
      try {
        // The cache folder is made in the user's home or cache folder, never the home itself
        // (HOME naming a folder that does not exist: no fingerprint rather than a made-up tree).
        if (!nodeFs.existsSync(dirname(dirname(cacheDir)))) return;
        nodeFs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        nodeFs.writeFileSync(tmp, JSON.stringify(print), { mode: 0o600 });
        nodeFs.renameSync(tmp, fileOf(print.path));
      } catch {
        // Best effort, the cleaning too: a folder that is a file, or not ours (EACCES, ENOTDIR).
        try {
          nodeFs.rmSync(tmp, { force: true });
        } catch {
          /* nothing was written there */
        }
      }
    },
  };
}
