// V8's code cache for the bundle, kept between runs, on every Node: Node 20 has no compile cache
// of its own, and on Node 24 this starts faster than Node's (module.enableCompileCache, which
// bin/caprural.js still turns on there for what Node loads itself, such as pdfkit).
//
// The bundle (dist/, CommonJS: scripts/build.js) is loaded here, file by file, each compiled with
// `vm.Script` and the code V8 compiled for it in an earlier run. Only the bundle's own files
// (`./…` requires between files of dist/) go through this loader; Node built-ins and packages
// (pdfkit) are required by Node as usual. Nothing of Node's module system is patched.
//
// The cache is one file per installed caprural and set of V8 flags,
// `<cacheDir>/<node version>-<arch>/bundle-<folder>-<flags>.cache` (the installation's folder and
// the flags given to Node, hashed: two installations never share nor remove each other's cache, and
// V8, which refuses code compiled under other flags, never sees it). It holds one entry per file of
// dist/ that a run has loaded, named after the file, whose name carries esbuild's hash of its
// content (`chunk-XXXXXXXX.js`, `main-XXXXXXXX.js`): a rebuilt or reinstalled caprural never
// meets the code of another, whatever the files' dates (an npm tarball dates every file 1985) and
// sizes; a file without such a name (dist/main.js, two lines) is compiled each time. Entries of
// files no longer in dist/ are dropped when the file is written again. One file read at start-up
// rather than one per chunk: 1.86× bare Node against 2.00× with a file per chunk (paired runs).
// V8 also refuses data from another V8; such an entry is compiled afresh and replaced.
// The file is written when a run has compiled a file it had no entry for, as the run ends (so
// that an entry holds the functions the run compiled), into a temporary file renamed into place:
// a reader never sees half a file (temporary files of runs killed meanwhile are removed later).
// Only a regular file is read; anything else at its path, or a folder that cannot be written,
// only means no cache.
'use strict';
const { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join, sep } = require('node:path');
const { Script } = require('node:vm');

/** A short, stable name for a string (32-bit FNV-1a, in hexadecimal): not a secret, only a name. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A file of the bundle named after its content by esbuild (`name-XXXXXXXX.js`): the only ones cached. */
const HASHED = /-[A-Z0-9]{8}\.js$/;

/** A temporary file of a run that died before renaming it is this old at least. */
const STALE_TEMP_MS = 60_000;

/** A cache holds the compiled code of the bundle's files: far less than this. */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of the regular file `file`, or null when it is anything else (a FIFO, a device, a
 * folder, too big). Opened without blocking and checked on the handle: reading a FIFO with no
 * writer would otherwise wait for ever, before caprural even listens to Ctrl-C.
 * @param {string} file
 * @returns {Buffer | null}
 */
function readRegularFile(file) {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size <= CACHE_MAX_BYTES ? readFileSync(fd) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The entries of a cache file: a 4-byte little-endian length, a JSON header of [key, byte length]
 * pairs, then the entries' bytes in that order. Empty when the file is missing or not one.
 * @param {string} file
 * @returns {Map<string, Buffer>}
 */
function readCache(file) {
  const entries = new Map();
  try {
    const blob = readRegularFile(file);
    if (blob === null) return entries;
    const headerLength = blob.readUInt32LE(0);
    /** @type {Array<[string, number]>} */
    const header = JSON.parse(blob.toString('utf8', 4, 4 + headerLength));
    let offset = 4 + headerLength;
    for (const [key, length] of header) {
      if (typeof key !== 'string' || !Number.isInteger(length) || length < 0 || offset + length > blob.length) return new Map();
      entries.set(key, blob.subarray(offset, offset + length));
      offset += length;
    }
  } catch {
    return new Map();
  }
  return entries;
}

/**
 * Runs the CommonJS file `main` (an absolute path in dist/) with V8's code cache kept in
 * `cacheDir` (null: compiled without a cache, as Node would).
 * @param {string} main
 * @param {string | null} cacheDir
 */
function runWithCodeCache(main, cacheDir) {
  const folder = cacheDir && join(cacheDir, `${process.version}-${process.arch}`);
  // One cache per installed caprural (its folder) and set of flags given to Node, both hashed.
  const installed = `bundle-${fnv1a(dirname(main))}-`;
  const cacheFile = folder && join(folder, `${installed}${fnv1a(`${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`)}.cache`);
  const entries = cacheFile ? readCache(cacheFile) : new Map();
  /** @type {Map<string, Script>} the files compiled without a usable entry */
  const fresh = new Map();
  /** @type {Map<string, { exports: unknown }>} */
  const loaded = new Map();
  // The bundle's files all sit in one folder: one require for the packages and built-ins they name.
  const nodeRequire = createRequire(main);

  /** @param {string} file */
  function load(file) {
    const done = loaded.get(file);
    if (done) return done.exports;
    const source = readFileSync(file, 'utf8');
    const key = basename(file);
    const cachedData = HASHED.test(key) ? entries.get(key) : undefined;
    // The wrapper Node puts around a CommonJS file.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    if (HASHED.test(key) && (cachedData === undefined || script.cachedDataRejected)) fresh.set(key, script);
    const module = { exports: {}, filename: file, id: file, loaded: false };
    loaded.set(file, module);
    const dir = dirname(file);
    /** @param {string} id */
    // esbuild writes every file of the bundle flat in dist/ and names them `./name.js`: joined by
    // hand, because path.resolve on each of the few hundred requires of a start cost 2 ms on Node 24.
    const require = (id) => (id.startsWith('./') && !id.includes('/', 2) ? load(dir + sep + id.slice(2)) : nodeRequire(id));
    require.resolve = nodeRequire.resolve;
    script.runInThisContext()(module.exports, require, module, file, dir);
    module.loaded = true;
    return module.exports;
  }

  if (cacheFile) {
    process.once('exit', () => {
      if (fresh.size === 0) return;
      try {
        // Entries of files still in dist/ (a rebuilt caprural's old chunks are gone), then the new ones.
        const present = new Set(readdirSync(dirname(main)));
        const parts = [...entries].filter(([key]) => present.has(key) && !fresh.has(key));
        for (const [key, script] of fresh) parts.push([key, script.createCachedData()]);
        const header = Buffer.from(JSON.stringify(parts.map(([key, data]) => [key, data.length])));
        const length = Buffer.alloc(4);
        length.writeUInt32LE(header.length);
        mkdirSync(folder, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, Buffer.concat([length, header, ...parts.map(([, data]) => data)]));
        renameSync(temp, cacheFile);
        // Files of this installation never to be read again: the caches of earlier versions of
        // this loader (`bundle-<folder>-<size>-<mtime>.cache`) and temporary files of killed runs.
        const now = Date.now();
        for (const name of readdirSync(folder)) {
          if (!name.startsWith(installed)) continue;
          const path = join(folder, name);
          if (/^bundle-[0-9a-f]{8}-\d+-\d+\.cache$/.test(name)) rmSync(path, { force: true });
          else if (name.endsWith('.tmp') && now - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
        }
      } catch {
        /* a folder that cannot be written: no cache, nothing else */
      }
    });
  }
  load(main);
}

module.exports = { runWithCodeCache };
