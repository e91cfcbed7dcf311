// Issue 11: forget and retention on a large store answer Ctrl-C and SIGTERM (nothing written, the
// lock released) and keep their lock fresh while they work.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStoreData } from '../../src/store/catalogue';
import { BIN } from '../helpers/spawnCli';
import { backupsDir, STALE_LOCK_MS, writeStoreFiles } from '../helpers/storeInternals';
import { tempDir } from '../helpers/tempStore';
import { person } from '../helpers/people';

/** `people` people inactive since 2017, with `backups` backups beside the store. */
function largeStore(people: number, backups: number): string {
  const data = newStoreData();
  for (let i = 0; i < people; i += 1) {
    data.members.push(person(`p-${i}`, 'Prénom', `Nom ${i}`, { email: `p${i}@example.fr`, phone: `06${String(i).padStart(8, '0')}`, createdAt: '2016-01-01T00:00:00.000Z' }));
    data.registrations.push({
      id: `r-${i}`,
      sessionId: 'cooperer-leader-n1-2017',
      memberId: `p-${i}`,
      receivedAt: '2016-12-01T00:00:00.000Z',
      createdAt: '2016-12-01T00:00:00.000Z',
      status: 'confirmed',
      attendance: 'present',
      override: null,
      cancelledAt: null,
    });
    data.log.push({ at: '2016-12-01T00:00:00.000Z', user: 'o', action: 'registration.add', target: `r-${i}`, details: { member: `p-${i}`, session: 'cooperer-leader-n1-2017', status: 'confirmed' } });
  }
  const path = join(tempDir(), 'store.json');
  writeStoreFiles(path, data);
  mkdirSync(backupsDir(path), { mode: 0o700 });
  for (let n = 1; n <= backups; n += 1) copyFileSync(path, join(backupsDir(path), `2020-01-01T00-00-0${n}.000Z-n${String(n).padStart(6, '0')}.json`));
  return path;
}

/** Every file of the store's folder with its bytes. */
function snapshot(store: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(join(store, '..'));
  return files;
}

function retention(store: string, onLock?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; lockAges: number[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--store', store, 'retention', '--before', '2018', '--yes'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const lockAges: number[] = [];
    let signalled = false;
    const poll = setInterval(() => {
      try {
        lockAges.push(Date.now() - statSync(`${store}.lock`).mtimeMs);
        if (onLock && !signalled) {
          signalled = true;
          onLock(child);
        }
      } catch {
        /* no lock yet, or released */
      }
    }, 25);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, lockAges, stderr });
    });
  });
}

describe('retention on a large store', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'stops on %s once inside the lock: exit %i, nothing written, the lock released',
    async (signal, exit) => {
      const store = largeStore(6_000, 3);
      const before = snapshot(store);
      const started = { at: 0 };
      const r = await retention(store, (child) => {
        started.at = Date.now();
        child.kill(signal);
      });
      expect(r.code, r.stderr).toBe(exit);
      expect(Date.now() - started.at).toBeLessThan(3_000);
      expect(snapshot(store)).toEqual(before);
      expect(existsSync(`${store}.lock`)).toBe(false);
    },
    60_000,
  );

  it('keeps its lock fresh while it works, and anonymises everyone', async () => {
    const store = largeStore(6_000, 3);
    const r = await retention(store);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lockAges.length).toBeGreaterThan(0);
    expect(Math.max(...r.lockAges)).toBeLessThan(STALE_LOCK_MS);
    for (const [file, text] of snapshot(store)) expect(text.includes('p5999@example.fr'), file).toBe(false);
  }, 60_000);
});
