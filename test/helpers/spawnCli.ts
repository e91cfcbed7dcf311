import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The user's cache folder of spawned runs (compile cache, trusted fingerprints): never the real one. */
const CACHE = mkdtempSync(join(tmpdir(), 'caprural-test-cache-'));

/** The built binary, as users run it (`npm test` builds it first). */
export const BIN = fileURLToPath(new URL('../../bin/caprural.js', import.meta.url));

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built caprural in a child process, with no terminal. */
export function spawnCliSync(args: string[], env: Record<string, string> = {}): Spawned {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE, LANG: 'C', ...env },
    timeout: 20_000,
    // A child blocked in a system call with caprural's signal handlers installed ignores SIGTERM.
    killSignal: 'SIGKILL',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: for many processes at once. */
export function spawnCli(args: string[], env: Record<string, string> = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE, LANG: 'C', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
