// A holder paused between its last lock check and its rename (SIGSTOP, a suspended laptop) finds,
// when it resumes, that another process took the lock over, cut its uncommitted history lines,
// wrote its own and removed its temporary file. It must say so (storeLockLost, exit 3) and touch
// nothing: cutting the history back to where it began would destroy the other's committed lines.
import * as nodeFs from 'node:fs';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendLog } from '../../src/domain/log';
import { StoreError } from '../../src/errors';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { openStore, type StoreFs } from '../helpers/storeInternals';
import { tempDeps } from '../helpers/tempStore';

const AT = new Date('2018-02-01T10:00:00.000Z');

describe('a lock taken over between the last check and the commit', () => {
  it('is said as such (storeLockLost), and the other process’s history and store are left as it wrote them', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const real = nodeFs.promises;
    const thief = '{"seq":6,"at":"2018-02-01T10:00:00.000Z","user":"other","action":"note","target":null,"details":{"by":"the other process"}}\n';
    let storeAfterThief = '';
    const fs = {
      ...real,
      readFile: real.readFile.bind(real),
      // The rename of the store's temporary file: meanwhile the other process has taken the lock,
      // cut this one's lines, appended its own, committed, and removed this one's temporary file.
      rename: async (from: nodeFs.PathLike, to: nodeFs.PathLike) => {
        if (String(from).endsWith('.tmp') && String(to) === path) {
          writeFileSync(`${path}.lock/owner`, 'another process');
          const log = readFileSync(`${path}.log`, 'utf8').split('\n').filter(Boolean);
          writeFileSync(`${path}.log`, `${log.slice(0, 5).join('\n')}\n`);
          appendFileSync(`${path}.log`, thief);
          storeAfterThief = readFileSync(path, 'utf8').replace('"logSeq":5', '"logSeq":6');
          writeFileSync(path, storeAfterThief);
          await real.rm(from);
        }
        return real.rename(from, to);
      },
    } as unknown as StoreFs;
    const store = openStore(path, { fs, now: () => AT });
    const attempt = store.update((d) => void appendLog(d, { at: AT, user: 'tester', action: 'note', target: null, details: { by: 'the paused one' } }));
    await expect(attempt).rejects.toSatisfy((error: unknown) => error instanceof StoreError && error.key === 'storeLockLost');
    expect(readFileSync(`${path}.log`, 'utf8').split('\n').filter(Boolean).slice(-1)[0]).toBe(thief.trim());
    expect(readFileSync(path, 'utf8')).toBe(storeAfterThief);
  });
});
