// What the built caprural loads to answer a command: only the files of dist/ that command needs
// (scripts/build.js makes the rest files of their own, required on first use). Read from the
// code cache bin/codeCache.js writes: it holds one entry per hashed file of dist/ a run loaded,
// so a run with a cache folder of its own lists exactly what it loaded.
import { spawnSync } from 'node:child_process';
import { openSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpEn, helpFr } from '../../src/i18n/help';
import { en, fr } from '../../src/i18n/messages';
import { BIN, spawnCliSync } from '../helpers/spawnCli';
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
    // The examples of the help are for --help only.
    expect(trusted.files).not.toContainEqual(expect.stringMatching(/^examples-/));
    const help = loadedBy(['--store', store, 'sessions', '--help'], env);
    expect(help.stdout).toContain('caprural sessions --year 2018');
    expect(help.files).toContainEqual(expect.stringMatching(/^examples-[A-Z0-9]{8}\.js$/));

    // Changed behind caprural's back (its date): checked in full, by the validator loaded then.
    const later = new Date(Date.parse('2030-01-01T00:00:00Z'));
    utimesSync(store, later, later);
    const checked = loadedBy(['--store', store, 'sessions', '--json'], env);
    expect(checked.code).toBe(0);
    expect(checked.files).toContainEqual(expect.stringMatching(/^validator-[A-Z0-9]{8}\.js$/));

    // A store the schema refuses: what the validator found reaches the message, in words.
    writeFileSync(store, readFileSync(store, 'utf8').replace('"schemaVersion":4', '"schemaVersion":4,"bogus":1'));
    const refused = loadedBy(['--store', store, 'sessions'], env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('the store itself: "bogus" is not a field caprural knows');
  });

  it('loads only the tables of its own language: a French run never the English messages and help, an English run never the French', () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    expect(spawnCliSync(['--store', store, 'init'], env).code).toBe(0);
    for (const [lang, own, other] of [
      ['fr_FR.UTF-8', 'fr', 'en'],
      ['C', 'en', 'fr'],
    ] as const) {
      // A table (sessions) and an error (an unknown session): messages and help are both needed.
      for (const args of [['sessions'], ['session', 'show', 'pas-une-session']]) {
        const run = loadedBy(['--store', store, ...args], { ...env, LANG: lang });
        expect(run.files, `${lang} ${args.join(' ')}`).toContainEqual(expect.stringMatching(new RegExp(`^language-${own}-[A-Z0-9]{8}\\.js$`)));
        expect(run.files, `${lang} ${args.join(' ')}`).not.toContainEqual(expect.stringMatching(new RegExp(`^language-${other}-`)));
      }
    }
  });

  it("each language's file holds its own sentences and none of the other language's", () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const fileOf = (lang: string) =>
      readFileSync(
        join(
          dist,
          readdirSync(dist).find((name) => name.startsWith(`language-${lang}-`))!,
        ),
        'utf8',
      );
    const files = { en: fileOf('en'), fr: fileOf('fr') };
    // The start of a sentence up to its first accent or quote: the minified file writes those escaped.
    const plain = (text: string) => /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]*/.exec(text)![0];
    const samples = [
      [en.noSessions({}), fr.noSessions({})],
      [en.unexpected({ message: '' }), fr.unexpected({ message: '' })],
      [helpEn.cmdSessions, helpFr.cmdSessions],
      [helpEn.optStore, helpFr.optStore],
    ].map(([english, french]) => ({ en: plain(english!), fr: plain(french!) }));
    for (const sample of samples) {
      expect(sample.en.length, sample.en).toBeGreaterThanOrEqual(12);
      expect(sample.fr.length, sample.fr).toBeGreaterThanOrEqual(12);
      expect(files.en).toContain(sample.en);
      expect(files.en).not.toContain(sample.fr);
      expect(files.fr).toContain(sample.fr);
      expect(files.fr).not.toContain(sample.en);
    }
  });

  it("writes to a file (without Node's stream for it) the very bytes a pipe gets, with the same messages and exit code", () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), LANG: 'fr_FR.UTF-8' };
    expect(spawnCliSync(['--store', store, 'init'], env).code).toBe(0);
    for (const args of [['sessions'], ['sessions', '--json'], ['export', 'sessions'], ['session', 'show', 'pas-une-session', '--json']]) {
      const piped = spawnSync(process.execPath, [BIN, '--store', store, ...args], { env, encoding: 'utf8' });
      const file = join(dir, 'out.txt');
      const toFile = spawnSync(process.execPath, [BIN, '--store', store, ...args], { env, encoding: 'utf8', stdio: ['ignore', openSync(file, 'w'), 'pipe'] });
      expect(toFile.status, args.join(' ')).toBe(piped.status);
      expect(toFile.stderr, args.join(' ')).toBe(piped.stderr);
      expect(readFileSync(file, 'utf8'), args.join(' ')).toBe(piped.stdout);
      expect(piped.stdout.length, args.join(' ')).toBeGreaterThan(10);
    }
  });
});
