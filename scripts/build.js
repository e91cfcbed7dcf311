// Bundles src/ into dist/ so that start-up reads a few files instead of hundreds of modules.
// Code splitting keeps lazily imported parts (prompts, CSV, date parsing) out of the start-up path.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Smaller files parse faster: start-up is mostly compiling the bundle.
  minify: !process.env.CAPRURAL_BUILD_READABLE,
  logLevel: 'warning',
  // pdfkit reads its own data files next to its code: it is loaded from node_modules, not bundled.
  external: ['pdfkit'],
  // Dependencies in CommonJS call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// The top-level help, rendered once by the built CLI itself, for bin/caprural.js to print
// without loading commander (80 columns, as commander renders without a terminal).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
// One file per language: bin/caprural.js picks it as the CLI picks its language (LC_ALL, LC_MESSAGES, LANG).
for (const lang of ['en', 'fr']) {
  const help = spawnSync(process.execPath, ['dist/main.js', '--lang', lang, '--help'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
  if (help.status !== 0) throw new Error(`rendering the help failed: ${help.stderr}`);
  writeFileSync(`dist/help.${lang}.txt`, help.stdout);
}
