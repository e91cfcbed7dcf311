// V8's compiled code is kept between runs (bin/codeCache.js, on every Node), in the user's cache
// folder, and never touched by --version / --help. The loader is tried on a small bundle of its
// own, in real processes (the cache is written as a process ends), with V8's verdict read from
// the file: a cache V8 refused would be written again.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/spawnCli';
import { tempDir } from '../helpers/tempStore';

const LOADER = fileURLToPath(new URL('../../bin/codeCache.js', import.meta.url));
const VERSION_FOLDER = `${process.version}-${process.arch}`;

/**
 * A bundle as scripts/build.js writes one: CommonJS files requiring each other by `./name.js`,
 * named after their content (`name-XXXXXXXX.js`; `build` stands for that content here), one of
 * them only on demand; `main.js`, unhashed, loads the entry point.
 */
function bundle(dir: string, greeting = 'bonjour', build = 'AAAA'): string {
  mkdirSync(dir, { recursive: true });
  const entry = `entry-${build}0001.js`;
  const words = `words-${build}0002.js`;
  writeFileSync(join(dir, 'main.js'), `require('./${entry}');\n`);
  writeFileSync(
    join(dir, entry),
    `const { words } = require('./${words}');\nconst { basename } = require('node:path');\nif (process.argv.includes('lazy')) require('./lazy-${build}0003.js').say();\nprocess.stdout.write(words('${greeting}') + ' ' + basename(__filename) + ' ' + basename(__dirname) + '\\n');\n`,
  );
  writeFileSync(join(dir, words), `exports.words = (w) => w.toUpperCase() + ' ' + (module.exports === exports);\n`);
  writeFileSync(join(dir, `lazy-${build}0003.js`), `exports.say = () => process.stdout.write('paresseux ' + require('./${words}').words('x') + '\\n');\n`);
  return join(dir, 'main.js');
}

/** Runs `main` through bin/codeCache.js in a process of its own (killed after 15 s: a hang fails the test, never the suite). */
function load(main: string, cacheDir: string | null, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(LOADER)}).runWithCodeCache(${JSON.stringify(main)}, ${JSON.stringify(cacheDir)})`, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 15_000,
    killSignal: 'SIGKILL',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const OUT = (greeting = 'BONJOUR', build = 'AAAA') => ({ code: 0, stdout: `${greeting} true entry-${build}0001.js app\n`, stderr: '' });

/** The cache files in `cacheDir` for this Node, with their contents. */
function cacheFiles(cacheDir: string): Map<string, Buffer> {
  const folder = join(cacheDir, VERSION_FOLDER);
  if (!existsSync(folder)) return new Map();
  return new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
}

/** The names of the files whose code a cache file holds (its header). */
function entriesOf(blob: Buffer): string[] {
  const headerLength = blob.readUInt32LE(0);
  return (JSON.parse(blob.toString('utf8', 4, 4 + headerLength)) as Array<[string, number]>).map(([key]) => key).sort();
}

describe('bin/codeCache.js', () => {
  it('runs the bundle as CommonJS, keeps the code of every hashed file it loaded in one file, and V8 takes it as it is next time', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    expect(load(main, cache)).toEqual(OUT());
    const written = cacheFiles(cache);
    expect([...written.keys()]).toEqual([expect.stringMatching(/^bundle-[0-9a-f]{8}-[0-9a-f]{8}\.cache$/)]);
    // main.js has no content hash in its name: never kept (its code is two lines).
    expect(entriesOf([...written.values()][0]!)).toEqual(['entry-AAAA0001.js', 'words-AAAA0002.js']);
    // Accepted by V8: nothing to write again, the file is byte for byte the same.
    expect(load(main, cache)).toEqual(OUT());
    expect(cacheFiles(cache)).toEqual(written);
  });

  it('adds a file loaded by a later run, and keeps the entries it had', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    load(main, cache);
    expect(load(main, cache, ['lazy']).stdout).toBe(`paresseux X true\n${OUT().stdout}`);
    const [blob] = [...cacheFiles(cache).values()];
    expect(entriesOf(blob!)).toEqual(['entry-AAAA0001.js', 'lazy-AAAA0003.js', 'words-AAAA0002.js']);
    load(main, cache, ['lazy']);
    expect([...cacheFiles(cache).values()]).toEqual([blob]);
  });

  it('a damaged cache file is ignored and written again; the run is the same', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    load(main, cache);
    const [name, good] = [...cacheFiles(cache)][0]!;
    const file = join(cache, VERSION_FOLDER, name);
    for (const damage of [Buffer.from('pas un cache'), good.subarray(0, good.length - 100), Buffer.concat([good.subarray(0, 4), Buffer.from('{'), good.subarray(5)]), Buffer.alloc(0)]) {
      writeFileSync(file, damage);
      expect(load(main, cache)).toEqual(OUT());
      expect(entriesOf(readFileSync(file))).toEqual(['entry-AAAA0001.js', 'words-AAAA0002.js']);
    }
    // Entries V8 refuses (another V8's, or damaged inside) are compiled afresh and replaced.
    const header = good.subarray(0, 4 + good.readUInt32LE(0));
    const refused = Buffer.concat([header, Buffer.alloc(good.length - header.length, 7)]);
    writeFileSync(file, refused);
    expect(load(main, cache)).toEqual(OUT());
    expect(readFileSync(file).equals(refused)).toBe(false);
  });

  it('a FIFO, a device or a folder in place of the cache file is no cache: never a hang, and a file takes its place', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    load(main, cache);
    const [name] = [...cacheFiles(cache).keys()];
    const file = join(cache, VERSION_FOLDER, name!);
    const places: Array<[string, () => void]> = [
      ['a FIFO (opening it to read would wait for a writer for ever)', () => execFileSync('mkfifo', [file])],
      ['a link to /dev/zero (endless)', () => symlinkSync('/dev/zero', file)],
      ['a folder', () => mkdirSync(file)],
    ];
    for (const [what, put] of places) {
      rmSync(file, { force: true, recursive: true });
      put();
      expect(load(main, cache), what).toEqual(OUT());
    }
    // The FIFO and the link are replaced by a cache file (the rename cannot replace a folder: no cache, no harm).
    rmSync(file, { recursive: true });
    execFileSync('mkfifo', [file]);
    load(main, cache);
    expect(statSync(file).isFile()).toBe(true);
    expect(entriesOf(readFileSync(file))).toEqual(['entry-AAAA0001.js', 'words-AAAA0002.js']);
  });

  it('a rebuilt caprural runs its new code whatever the dates and sizes, and its old entries go; another installation is left alone', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const installed = bundle(join(dir, 'app'));
    const other = bundle(join(dir, 'other'), 'salut');
    load(installed, cache);
    load(other, cache);
    const before = [...cacheFiles(cache).keys()];
    expect(before).toHaveLength(2);
    // The new build, files dated as the old ones (an npm tarball dates every file 1985), main.js the same size.
    rmSync(join(dir, 'app'), { recursive: true });
    bundle(join(dir, 'app'), 'bonsoir', 'BBBB');
    for (const name of readdirSync(join(dir, 'app'))) utimesSync(join(dir, 'app', name), new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'));
    expect(load(installed, cache)).toEqual(OUT('BONSOIR', 'BBBB'));
    const after = cacheFiles(cache);
    expect([...after.keys()]).toEqual(before);
    const entries = [...after.values()].map(entriesOf);
    // This installation's file now holds the new build only; the other's is as it was.
    expect(entries).toContainEqual(['entry-BBBB0001.js', 'words-BBBB0002.js']);
    expect(entries).toContainEqual(['entry-AAAA0001.js', 'words-AAAA0002.js']);
    expect(load(other, cache)).toEqual({ code: 0, stdout: 'SALUT true entry-AAAA0001.js other\n', stderr: '' });
  });

  it('one cache per set of flags given to Node: alternating runs rewrite neither', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    const bigger = { NODE_OPTIONS: '--max-old-space-size=4096' };
    load(main, cache);
    load(main, cache, [], bigger);
    const both = cacheFiles(cache);
    expect(both.size).toBe(2);
    for (let i = 0; i < 2; i += 1) {
      expect(load(main, cache)).toEqual(OUT());
      expect(load(main, cache, [], bigger)).toEqual(OUT());
    }
    expect(cacheFiles(cache)).toEqual(both);
  });

  it('removes the temporary files of runs killed before their rename, once they are a minute old; keeps a live one', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    load(main, cache);
    const [name] = [...cacheFiles(cache).keys()];
    const folder = join(cache, VERSION_FOLDER);
    const dead = join(folder, `${name}.99999.tmp`);
    const live = join(folder, `${name}.99998.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    utimesSync(dead, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    rmSync(join(folder, name!));
    load(main, cache);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('a cache folder that cannot be written, or none, only means no cache', () => {
    const dir = tempDir();
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder would go');
    const main = bundle(join(dir, 'app'));
    expect(load(main, blocked)).toEqual(OUT());
    expect(statSync(blocked).isFile()).toBe(true);
    expect(load(main, null)).toEqual(OUT());
  });
});

describe('the built caprural', () => {
  it(`keeps V8's compiled code in the user's cache folder (${process.version})`, () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const run = spawnCliSync(['--store', join(dir, 'store.json'), 'init'], { XDG_CACHE_HOME: cache });
    expect(run.code).toBe(0);
    const files = cacheFiles(join(cache, 'caprural', 'compile-cache'));
    expect(files.size).toBe(1);
    expect(entriesOf([...files.values()][0]!)).toContainEqual(expect.stringMatching(/^main-[A-Z0-9]{8}\.js$/));
  });

  it('a cache folder that is a file, or a home that does not exist, changes nothing but the speed: no error, nothing made', () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    expect(spawnCliSync(['--store', store, 'init']).code).toBe(0);
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(spawnCliSync(['--store', store, 'sessions', '--json'], { XDG_CACHE_HOME: file })).toMatchObject({ code: 0, stderr: '' });
    const nowhere = join(dir, 'no-such-home');
    const run = spawnCliSync(['--store', store, 'sessions', '--json'], { HOME: nowhere, XDG_CACHE_HOME: '' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toHaveLength(6);
    expect(existsSync(nowhere)).toBe(false);
  });

  it('a missing build is said in one line with what to do, not a stack trace (exit 70)', () => {
    const dir = tempDir();
    cpSync(fileURLToPath(new URL('../../bin', import.meta.url)), join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "version": "0.0.0" }');
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'caprural.js'), 'sessions'], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'fr_FR.UTF-8', HOME: dir } });
    expect(run.status).toBe(70);
    expect(run.stderr).toBe(
      `caprural n'est pas construit (il manque ${join(dir, 'dist', 'main.js')}) : lancez « npm install » dans ${dir}, ou attendez la fin de celui qui tourne, puis recommencez.\n`,
    );
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 keeps none; NODE_COMPILE_CACHE chooses the folder', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    expect(spawnCliSync(['--store', join(dir, 'a.json'), 'init'], { XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(existsSync(join(cache, 'caprural', 'compile-cache'))).toBe(false);
    const chosen = join(dir, 'chosen');
    expect(spawnCliSync(['--store', join(dir, 'b.json'), 'init'], { XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: chosen }).code).toBe(0);
    expect(cacheFiles(chosen).size).toBe(1);
    expect(existsSync(join(cache, 'caprural', 'compile-cache'))).toBe(false);
  });

  it('is not touched by --version or --help', () => {
    const cache = join(tempDir(), 'cache');
    expect(spawnCliSync(['--version'], { XDG_CACHE_HOME: cache }).code).toBe(0);
    expect(spawnCliSync(['--help'], { XDG_CACHE_HOME: cache }).code).toBe(0);
    expect(existsSync(cache)).toBe(false);
  });

  it('starts without the modules only some commands need (child processes, terminals, sockets, streams, promises of fs, threads)', () => {
    const dir = tempDir();
    const record = join(dir, 'loaded.txt');
    const preload = join(dir, 'record.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, process.moduleLoadList.join('\\n')));\n`);
    // The default store, made first (making it writes, through fs's promises).
    expect(spawnCliSync(['init'], { HOME: dir, XDG_CACHE_HOME: join(dir, 'cache') }).code).toBe(0);
    // The answer to a file, as a script's redirection, and stderr to a file, a pipe (a script
    // keeping the messages) or /dev/null: nothing is said there, and no stream is made for either
    // (a pipe's would load sockets, a file's Node's streams). Only a terminal gets Node's streams.
    const out = join(dir, 'out.json');
    for (const stderr of [openSync(join(dir, 'err.txt'), 'w'), 'pipe', 'ignore'] as const) {
      const run = spawnSync(process.execPath, ['-r', preload, fileURLToPath(new URL('../../bin/caprural.js', import.meta.url)), 'sessions', '--json'], {
        stdio: ['ignore', openSync(out, 'w'), stderr],
        env: { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), LANG: 'C' },
      });
      expect(run.status).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(6);
      const loaded = readFileSync(record, 'utf8').split('\n');
      for (const heavy of ['NativeModule child_process', 'NativeModule tty', 'NativeModule net', 'NativeModule internal/fs/promises', 'NativeModule worker_threads', 'NativeModule stream']) {
        expect(loaded, `${heavy} (stderr ${typeof stderr === 'number' ? 'a file' : stderr})`).not.toContain(heavy);
      }
    }
  });
});
