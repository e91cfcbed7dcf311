// V8's compiled code is kept between runs (bin/codeCache.js, on every Node), in the user's cache
// folder, and never touched by --version / --help. The loader is tried on a small bundle of its
// own, in real processes (the cache is written as a process ends), with V8's verdict read from
// the file: a cache V8 refused would be written again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCliSync } from '../helpers/spawnCli';
import { tempDir } from '../helpers/tempStore';

const LOADER = fileURLToPath(new URL('../../bin/codeCache.js', import.meta.url));
const VERSION_FOLDER = `${process.version}-${process.arch}`;

/** A bundle as scripts/build.js writes one: CommonJS files requiring each other by `./name.js`, one of them only on demand. */
function bundle(dir: string, greeting = 'bonjour'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.js'),
    `const { words } = require('./words.js');\nconst { basename } = require('node:path');\nif (process.argv.includes('lazy')) require('./lazy.js').say();\nprocess.stdout.write(words('${greeting}') + ' ' + basename(__filename) + ' ' + basename(__dirname) + '\\n');\n`,
  );
  writeFileSync(join(dir, 'words.js'), `exports.words = (w) => w.toUpperCase() + ' ' + (module.exports === exports);\n`);
  writeFileSync(join(dir, 'lazy.js'), `exports.say = () => process.stdout.write('paresseux ' + require('./words.js').words('x') + '\\n');\n`);
  return join(dir, 'main.js');
}

/** Runs `main` through bin/codeCache.js in a process of its own. */
function load(main: string, cacheDir: string | null, ...args: string[]) {
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(LOADER)}).runWithCodeCache(${JSON.stringify(main)}, ${JSON.stringify(cacheDir)})`, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The cache files in `cacheDir` for this Node, with their contents. */
function cacheFiles(cacheDir: string): Map<string, Buffer> {
  const folder = join(cacheDir, VERSION_FOLDER);
  if (!existsSync(folder)) return new Map();
  return new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
}

/** The keys of the entries in a cache file (its header). */
function entriesOf(blob: Buffer): string[] {
  const headerLength = blob.readUInt32LE(0);
  return (JSON.parse(blob.toString('utf8', 4, 4 + headerLength)) as Array<[string, number]>).map(([key]) => key.split('-')[0]!);
}

describe('bin/codeCache.js', () => {
  it('runs the bundle as CommonJS, keeps the code of every file it loaded in one file, and V8 takes it as it is next time', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    const first = load(main, cache);
    expect(first).toEqual({ code: 0, stdout: 'BONJOUR true main.js app\n', stderr: '' });
    const written = cacheFiles(cache);
    expect([...written.keys()]).toEqual([expect.stringMatching(/^bundle-[0-9a-f]{8}-\d+-\d+\.cache$/)]);
    expect(entriesOf([...written.values()][0]!).sort()).toEqual(['main.js', 'words.js']);
    // Accepted by V8: nothing to write again, the file is byte for byte the same.
    expect(load(main, cache)).toEqual(first);
    expect(cacheFiles(cache)).toEqual(written);
  });

  it('adds a file loaded by a later run, and keeps the entries it had', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const main = bundle(join(dir, 'app'));
    load(main, cache);
    expect(load(main, cache, 'lazy').stdout).toBe('paresseux X true\nBONJOUR true main.js app\n');
    const [blob] = [...cacheFiles(cache).values()];
    expect(entriesOf(blob!).sort()).toEqual(['lazy.js', 'main.js', 'words.js']);
    load(main, cache, 'lazy');
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
      expect(load(main, cache)).toEqual({ code: 0, stdout: 'BONJOUR true main.js app\n', stderr: '' });
      expect(entriesOf(readFileSync(file)).sort()).toEqual(['main.js', 'words.js']);
    }
    // Entries V8 refuses (another V8's, or damaged inside) are compiled afresh and replaced.
    const header = good.subarray(0, 4 + good.readUInt32LE(0));
    writeFileSync(file, Buffer.concat([header, Buffer.alloc(good.length - header.length, 7)]));
    expect(load(main, cache).stdout).toBe('BONJOUR true main.js app\n');
    expect(readFileSync(file).equals(Buffer.concat([header, Buffer.alloc(good.length - header.length, 7)]))).toBe(false);
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
      expect(load(main, cache), what).toEqual({ code: 0, stdout: 'BONJOUR true main.js app\n', stderr: '' });
    }
    // The FIFO and the link were replaced by a cache file (the rename cannot replace a folder: no cache, no harm).
    rmSync(file, { recursive: true });
    execFileSync('mkfifo', [file]);
    load(main, cache);
    expect(statSync(file).isFile()).toBe(true);
    expect(entriesOf(readFileSync(file)).sort()).toEqual(['main.js', 'words.js']);
  });

  it("a rebuilt caprural gets a new cache and the old one is removed; another installation's is left alone", () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const installed = bundle(join(dir, 'app'));
    const other = bundle(join(dir, 'other'), 'salut');
    load(installed, cache);
    load(other, cache);
    const before = [...cacheFiles(cache).keys()];
    expect(before).toHaveLength(2);
    bundle(join(dir, 'app'), 'bonsoir');
    expect(load(installed, cache).stdout).toBe('BONSOIR true main.js app\n');
    const after = [...cacheFiles(cache).keys()];
    expect(after).toHaveLength(2);
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
    expect(load(other, cache).stdout).toBe('SALUT true main.js other\n');
  });

  it('a cache folder that cannot be written, or none, only means no cache', () => {
    const dir = tempDir();
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder would go');
    const main = bundle(join(dir, 'app'));
    expect(load(main, blocked)).toEqual({ code: 0, stdout: 'BONJOUR true main.js app\n', stderr: '' });
    expect(statSync(blocked).isFile()).toBe(true);
    expect(load(main, null)).toEqual({ code: 0, stdout: 'BONJOUR true main.js app\n', stderr: '' });
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
    expect(entriesOf([...files.values()][0]!)).toContain('main.js');
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

  it('starts without the modules only some commands need (child processes, terminals, sockets, promises of fs, threads)', () => {
    const dir = tempDir();
    const record = join(dir, 'loaded.txt');
    const preload = join(dir, 'record.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, process.moduleLoadList.join('\\n')));\n`);
    // The default store, made first (making it writes, through fs's promises).
    expect(spawnCliSync(['init'], { HOME: dir, XDG_CACHE_HOME: join(dir, 'cache') }).code).toBe(0);
    // Output to files, as a script's redirection: a pipe or a terminal would load sockets for Node's own stdout.
    const out = join(dir, 'out.json');
    const run = spawnSync(process.execPath, ['-r', preload, fileURLToPath(new URL('../../bin/caprural.js', import.meta.url)), 'sessions', '--json'], {
      stdio: ['ignore', openSync(out, 'w'), openSync(join(dir, 'err.txt'), 'w')],
      env: { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), LANG: 'C' },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(6);
    const loaded = readFileSync(record, 'utf8').split('\n');
    for (const heavy of ['NativeModule child_process', 'NativeModule tty', 'NativeModule net', 'NativeModule internal/fs/promises', 'NativeModule worker_threads']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });
});
