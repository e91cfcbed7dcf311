#!/usr/bin/env node
// `caprural --version` and `caprural --help` are answered here, without loading the CLI: the
// help text is rendered by commander at build time (scripts/build.js). Everything else runs
// the built CLI.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
if (only === '--version' || only === '-V') {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if (only === '--help' || only === '-h') {
  // French when the locale says so, as src/i18n/translate.ts decides.
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const lang = /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
  process.stdout.write(readFileSync(new URL(`../dist/help.${lang}.txt`, import.meta.url), 'utf8'));
} else {
  await import('../dist/main.js');
}
