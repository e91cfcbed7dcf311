// Bundles bench/generateMain.ts (TypeScript, importing caprural's own code) and runs it: the
// benchmark's stores are written, and their facts (paths, sizes, counts, targets) returned.
//
// Generated stores are cached by content: the key is a hash of the bundled generator, which holds
// every line of code a store depends on (bench/generate.ts and the caprural code it calls). A run
// with the same generator (a second run, or the same bench under another Node with --node) reuses
// them; any change to that code makes new ones. The cache is in the user's cache folder
// ($XDG_CACHE_HOME/caprural-bench, else ~/.cache/caprural-bench), only the current key is kept
// (national×10 is 440 MB), and `fresh` (--fresh) regenerates anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder of the bench's cached stores (never inside the repository). */
export function cacheRoot() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'caprural-bench');
}

/** Moves a file, across filesystems too (the temporary folder and the cache may be on different ones). */
function move(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (error.code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    rmSync(from);
  }
}

/** Files a store name leaves in the cache besides its facts: the store, its history, and for national the bulk-import inputs. */
const filesOf = (name) => [`${name}.json`, `${name}.json.log`, ...(name === 'national' ? ['members-20000.csv', 'registrations-50000.csv'] : [])];

/**
 * The stores `names` and what the runs need to know of them, from the cache or generated into it.
 * Returns `{ now, stores: { [name]: { path, bytes, …, cached } }, key, seconds }`; the paths point
 * into the cache: copy them, never change them.
 */
export async function generateStores(dir, names, env, { fresh = false } = {}) {
  const started = Date.now();
  const script = join(dir, 'generate.mjs');
  await build({
    entryPoints: [join(root, 'bench/generateMain.ts')],
    // Paths in the bundle relative to the repository, whatever the current folder: the same code, the same key.
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const key = createHash('sha256').update(readFileSync(script)).digest('hex').slice(0, 16);
  const cache = join(cacheRoot(), key);
  mkdirSync(cache, { recursive: true });
  // Older keys: stores of a generator that no longer exists.
  for (const other of readdirSync(cacheRoot())) if (other !== key) rmSync(join(cacheRoot(), other), { recursive: true, force: true });
  const factsFile = (name) => join(cache, `${name}.facts.json`);
  const missing = names.filter((name) => fresh || !existsSync(factsFile(name)) || !filesOf(name).every((f) => existsSync(join(cache, f))));
  if (missing.length) {
    // Written into a folder of their own, then moved into the cache: an interrupted run leaves no half store there.
    const out = join(dir, 'generated');
    mkdirSync(out, { recursive: true });
    const r = spawnSync(process.execPath, ['--max-old-space-size=16000', script, out, ...missing], { encoding: 'utf8', maxBuffer: 1 << 24, env });
    if (r.status !== 0) throw new Error(`generating the stores failed:\n${r.stderr}`);
    const result = JSON.parse(r.stdout);
    for (const name of missing) {
      for (const f of filesOf(name)) move(join(out, f), join(cache, f));
      const { path: _path, ...facts } = result.stores[name];
      writeFileSync(factsFile(name), `${JSON.stringify({ now: result.now, ...facts })}\n`);
    }
  }
  const stores = {};
  let now = null;
  for (const name of names) {
    const { now: at, ...facts } = JSON.parse(readFileSync(factsFile(name), 'utf8'));
    now = at;
    stores[name] = { ...facts, path: join(cache, `${name}.json`), cached: !missing.includes(name) };
  }
  return { now, stores, key, cache, seconds: (Date.now() - started) / 1000 };
}
