// Bundles bench/generateMain.ts (TypeScript, importing caprural's own code) and runs it: the
// benchmark's stores are written into `dir`, and their facts (paths, sizes, counts, targets) returned.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function generateStores(dir, names, env) {
  const script = join(dir, 'generate.mjs');
  await build({
    entryPoints: [join(root, 'bench/generateMain.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const r = spawnSync(process.execPath, ['--max-old-space-size=16000', script, dir, ...names], { encoding: 'utf8', maxBuffer: 1 << 24, env });
  if (r.status !== 0) throw new Error(`generating the stores failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
