// What the built caprural loads to answer a command: only the files of dist/ that command needs
// (scripts/build.js makes the rest files of their own, required on first use). Read from the
// code cache bin/codeCache.js writes: it holds one entry per hashed file of dist/ a run loaded,
// so a run with a cache folder of its own lists exactly what it loaded.
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/spawnCli';
import { tempDir } from '../helpers/tempStore';

/** The hashed files of dist/ that `args` loaded, run with a code cache folder of its own. */
function loadedBy(args: string[], env: Record<string, string>): { files: string[]; code: number | null; stdout: string; stderr: string } {
  const cache = join(tempDir(), 'compile-cache');
  const run = spawnCliSync(args, { ...env, NODE_COMPILE_CACHE: cache });
  const folder = join(cache, readdirSync(cache)[0]!);
  const [file] = readdirSync(folder);
  const blob = readFileSync(join(folder, file!));
  const header = JSON.parse(blob.toString('utf8', 4, 4 + blob.readUInt32LE(0))) as Array<[string, number]>;
  return { files: header.map(([name]) => name).sort(), code: run.code, stdout: run.stdout, stderr: run.stderr };
}

describe('the built caprural loads what a command needs', () => {
  it('reads a store it wrote itself without loading the validator, and loads it (its errors too) for a store it cannot trust', () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    // The trusted fingerprints are kept in the user's cache folder, shared by these runs.
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    expect(spawnCliSync(['--store', store, 'init'], env).code).toBe(0);
    const trusted = loadedBy(['--store', store, 'sessions', '--json'], env);
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.stdout)).toHaveLength(6);
    expect(trusted.files).toContainEqual(expect.stringMatching(/^jsonFileStore-/));
    expect(trusted.files).not.toContainEqual(expect.stringMatching(/^validator-/));

    // Changed behind caprural's back (its date): checked in full, by the validator loaded then.
    const later = new Date(Date.parse('2030-01-01T00:00:00Z'));
    utimesSync(store, later, later);
    const checked = loadedBy(['--store', store, 'sessions', '--json'], env);
    expect(checked.code).toBe(0);
    expect(checked.files).toContainEqual(expect.stringMatching(/^validator-[A-Z0-9]{8}\.js$/));

    // A store the schema refuses: the validator's own words reach the message.
    writeFileSync(store, readFileSync(store, 'utf8').replace('"schemaVersion":4', '"schemaVersion":4,"bogus":1'));
    const refused = loadedBy(['--store', store, 'sessions'], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('(root): must NOT have additional properties');
  });
});
