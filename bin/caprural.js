#!/usr/bin/env node
// `caprural --version` (-v, -V) and `caprural --help` are answered here, without loading the CLI: the
// help text is rendered by commander at build time (scripts/build.js). Everything else runs
// the built CLI, with Node's compile cache when this Node has one (>= 22.1).
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
if (only === '--version' || only === '-V' || only === '-v') {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if (only === '--help' || only === '-h') {
  // French when the locale says so, as src/i18n/translate.ts decides.
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const lang = /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
  process.stdout.write(readFileSync(new URL(`../dist/help.${lang}.txt`, import.meta.url), 'utf8'));
} else {
  enableCompileCache();
  await import('../dist/main.js');
}

/**
 * V8's compiled code for the bundle, kept between runs (Node >= 22.1; nothing on Node 20), in the
 * user's cache folder as src/store/storePath.ts's userCacheDir finds it, under `compile-cache`
 * (Node keeps one subfolder per Node version and checks each file against the source).
 * NODE_COMPILE_CACHE, when set, chooses the folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 * A folder that cannot be written only means no cache: Node reports it and never throws.
 */
function enableCompileCache() {
  if (typeof nodeModule.enableCompileCache !== 'function') return;
  if (process.env.NODE_COMPILE_CACHE) {
    nodeModule.enableCompileCache();
    return;
  }
  const env = process.env;
  let base;
  if (process.platform === 'win32') base = env.LOCALAPPDATA;
  else if (process.platform === 'darwin') base = env.HOME && join(env.HOME, 'Library', 'Caches');
  else base = (env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined) || (env.HOME && join(env.HOME, '.cache'));
  if (base) nodeModule.enableCompileCache(join(base, 'caprural', 'compile-cache'));
}
