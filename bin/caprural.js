#!/usr/bin/env node
// `caprural --version` (-v, -V) and `caprural --help` are answered here, without loading the CLI: the
// help text is rendered by commander at build time (scripts/build.js). Everything else runs
// the built CLI, with V8's compiled code kept between runs (bin/codeCache.js).
// CommonJS (bin/package.json), like the bundle: Node starts a CommonJS main without its ES module
// loader, a few milliseconds of every run.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const nodeModule = require('node:module');
const { dirname, join } = require('node:path');

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
if (only === '--version' || only === '-V' || only === '-v') {
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version}\n`);
} else if (only === '--help' || only === '-h') {
  const lang = french() ? 'fr' : 'en';
  process.stdout.write(readFileSync(join(__dirname, `../dist/help.${lang}.txt`), 'utf8'));
} else {
  const main = join(__dirname, '../dist/main.js');
  const cacheDir = process.env.NODE_DISABLE_COMPILE_CACHE ? null : (process.env.NODE_COMPILE_CACHE ?? userCompileCache());
  // Node >= 22.1: Node's own compile cache, for what Node loads itself (pdfkit from node_modules).
  if (cacheDir && typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache(cacheDir);
  // The bundle's files: V8's code cache kept by bin/codeCache.js, on every Node. On Node 24 it
  // starts faster than Node's compile cache (1.98× bare Node against 2.34× for `sessions --json`
  // on the demo store, paired runs): it also skips Node's resolution of each file of dist/.
  const { runWithCodeCache } = require('./codeCache.js');
  try {
    runWithCodeCache(main, cacheDir);
  } catch (error) {
    // The build is missing, or being rebuilt (npm install runs it): no stack trace, what to do.
    if (!(error && error.code === 'ENOENT' && typeof error.path === 'string' && error.path.startsWith(join(__dirname, '../dist')))) throw error;
    const folder = join(__dirname, '..');
    process.stderr.write(
      french()
        ? `caprural n'est pas construit (il manque ${error.path}) : lancez « npm install » dans ${folder}, ou attendez la fin de celui qui tourne, puis recommencez.\n`
        : `caprural is not built (${error.path} is missing): run "npm install" in ${folder}, or wait for the one running to end, then try again.\n`,
    );
    process.exitCode = 70;
  }
}

/** French when the locale says so, as src/i18n/translate.ts decides. */
function french() {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale);
}

/**
 * Where V8's compiled code for the bundle is kept between runs: the user's cache folder as
 * src/store/storePath.ts's userCacheDir finds it, under `caprural/compile-cache` (one subfolder
 * per Node version, both for bin/codeCache.js and for Node's own compile cache). NODE_COMPILE_CACHE, when set, chooses the folder;
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. A folder that cannot be written only means no cache.
 * @returns {string | null}
 */
function userCompileCache() {
  const env = process.env;
  let base;
  if (process.platform === 'win32') base = env.LOCALAPPDATA;
  else if (process.platform === 'darwin') base = env.HOME && join(env.HOME, 'Library', 'Caches');
  else base = (env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined) || (env.HOME && join(env.HOME, '.cache'));
  // Made in the home or cache folder, never the home itself: a HOME that does not exist means no cache.
  if (!base || !existsSync(dirname(base))) return null;
  return join(base, 'caprural', 'compile-cache');
}
