// Trusting caprural's own writes (src/store/trust.ts): a version checked or written here is not
// checked again while the file is the same; any other file is, and doctor always checks.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeDataChecks } from '../../src/cli/storeChecks';
import { userCacheDir } from '../../src/store/storePath';
import { fingerprintOf, openTrust } from '../../src/store/trust';
import { runCli } from '../helpers/runCli';
import { spawnCliSync } from '../helpers/spawnCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

/** A store written by caprural, with the user's cache folder in a temporary folder. */
async function setUp() {
  const dir = tempDir();
  const store = join(dir, 'store.json');
  const env = { XDG_CACHE_HOME: join(dir, 'cache') };
  const cli = (...args: string[]) => runCli(args, { store, env });
  expect((await cli('init')).code).toBe(0);
  expect((await cli('org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL')).code).toBe(0);
  const trusted = join(dir, 'cache', 'caprural', 'trusted');
  return { dir, store, env, cli, trusted };
}

/** The store's text with the organisation's kind made one the schema refuses, same length. */
const invalidSameSize = (text: string) => {
  const edited = text.replace('"kind":"GAL"', '"kind":"XYZ"');
  expect(edited).not.toBe(text);
  expect(edited.length).toBe(text.length);
  return edited;
};

const fingerprintFile = (trusted: string) => {
  const names = readdirSync(trusted);
  expect(names).toHaveLength(1);
  return JSON.parse(readFileSync(join(trusted, names[0]!), 'utf8')) as Record<string, string>;
};

describe("trusting caprural's own writes", () => {
  it('fingerprints the version it wrote, from the file now at the path', async () => {
    const { store, trusted } = await setUp();
    const print = fingerprintFile(trusted);
    const stat = statSync(store, { bigint: true });
    expect(print.ino).toBe(String(stat.ino));
    expect(print.size).toBe(String(stat.size));
    expect(print.mtimeNs).toBe(String(stat.mtimeNs));
    expect(print.ctimeNs).toBe(String(stat.ctimeNs));
  });

  it('skips the check only for the very file fingerprinted; doctor checks it anyway', async () => {
    const { store, env, cli } = await setUp();
    // A same-version file the schema refuses, with a fingerprint forged for it: only a skipped check lets it through.
    writeFileSync(store, invalidSameSize(readFileSync(store, 'utf8')));
    // (The CLI's fingerprints name its data checks: src/cli/storeChecks.ts.)
    openTrust(userCacheDir(env)!, undefined, storeDataChecks.id).record(fingerprintOf(store, statSync(store, { bigint: true }), storeDataChecks.id));
    expect((await cli('org', 'list')).code).toBe(0);
    const doctor = await cli('doctor');
    expect(doctor.code).toBe(3);
    expect(doctor.stderr + doctor.stdout).toMatch(/the organisation \S+: "kind" is "XYZ"; expected one of/);
  });

  it('checks again an edit made in place by another program (same size and inode, modification time put back) and refuses it', async () => {
    const { store, cli, trusted } = await setUp();
    // A whole second, which utimes can put back exactly; the version is trusted again at that time.
    const second = new Date('2030-01-01T00:00:00Z');
    utimesSync(store, second, second);
    expect((await cli('org', 'list')).code).toBe(0);
    expect(fingerprintFile(trusted).mtimeNs).toBe(String(BigInt(second.getTime()) * 1_000_000n));
    const before = statSync(store);
    writeFileSync(store, invalidSameSize(readFileSync(store, 'utf8')));
    utimesSync(store, second, second);
    expect(statSync(store).ino).toBe(before.ino);
    expect(statSync(store).mtimeMs).toBe(before.mtimeMs);
    const bytes = bytesOf(store);
    const result = await cli('org', 'add', '--name', 'Autre', '--kind', 'GAL');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/the organisation \S+: "kind" is "XYZ"; expected one of/);
    expect(bytesOf(store).equals(bytes)).toBe(true);
    expect((await cli('org', 'list')).code).toBe(3);
  });

  it('checks again a file put in its place (another inode, same size and modification time) and refuses it', async () => {
    const { dir, store, cli } = await setUp();
    const second = new Date('2030-01-01T00:00:00Z');
    utimesSync(store, second, second);
    expect((await cli('org', 'list')).code).toBe(0);
    const before = statSync(store);
    const other = join(dir, 'other.json');
    writeFileSync(other, invalidSameSize(readFileSync(store, 'utf8')));
    utimesSync(other, second, second);
    renameSync(other, store);
    expect(statSync(store).ino).not.toBe(before.ino);
    expect(statSync(store).size).toBe(before.size);
    expect(statSync(store).mtimeMs).toBe(before.mtimeMs);
    expect((await cli('org', 'list')).code).toBe(3);
  });

  it('checks again a file only touched, and trusts the new version once checked', async () => {
    const { store, cli, trusted } = await setUp();
    const old = fingerprintFile(trusted);
    utimesSync(store, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect((await cli('org', 'list')).code).toBe(0);
    const renewed = fingerprintFile(trusted);
    expect(renewed.mtimeNs).not.toBe(old.mtimeNs);
    expect(renewed.mtimeNs).toBe(String(statSync(store, { bigint: true }).mtimeNs));
  });

  it('a FIFO, a device or a huge file in place of the fingerprint is no fingerprint: the store is checked, nothing hangs', async () => {
    const { store, env, trusted } = await setUp();
    const file = join(trusted, readdirSync(trusted)[0]!);
    const places: Array<[string, () => void]> = [
      ['a FIFO (opening it to read would wait for a writer for ever)', () => execFileSync('mkfifo', [file])],
      ['a link to /dev/zero (endless)', () => symlinkSync('/dev/zero', file)],
      ['a file of 1 MB', () => writeFileSync(file, ' '.repeat(1 << 20))],
    ];
    for (const [what, put] of places) {
      rmSync(file, { force: true });
      put();
      // In a process of its own, with a time limit: a blocked read would freeze this one.
      const run = spawnCliSync(['--store', store, 'org', 'list', '--json'], env);
      expect(run.code, what).toBe(0);
      expect(run.stdout, what).toContain('GAL du Pays de Gex');
      expect(run.stderr, what).toBe('');
    }
  });

  it('keeps nothing when the environment names no home', async () => {
    expect(userCacheDir({}, 'linux')).toBeNull();
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/home/a' }, 'linux')).toBe('/home/a/.cache/caprural');
    expect(userCacheDir({ HOME: '/Users/a' }, 'darwin')).toBe('/Users/a/Library/Caches/caprural');
  });
});
