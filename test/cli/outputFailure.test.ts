// Issue 11: a failed write to stdout is one line and its own exit code (74); a committed change is never reported as refused.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/spawnCli';
import { parseStore } from '../helpers/storeInternals';
import { tempDeps } from '../helpers/tempStore';

/** Runs the built caprural with its stdout on /dev/full (every write fails with ENOSPC). */
function toDevFull(args: string[]) {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, timeout: 20_000 });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
}

describe('stdout cannot be written', () => {
  it('sessions > /dev/full: one line, exit 74, no stack trace', async () => {
    const { path: store } = await tempDeps();
    const r = toDevFull(['--store', store, 'sessions']);
    expect(r.code).toBe(74);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^caprural: could not write the output \(ENOSPC\)/)]);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('member add --json > /dev/full: the person is added and the exit code is not a refusal', async () => {
    const { path: store } = await tempDeps();
    const r = toDevFull(['--store', store, 'member', 'add', '--first', 'Ana', '--last', 'Lopez', '--email', 'ana@example.fr', '--json']);
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/any change the command made is saved/);
    expect(parseStore(readFileSync(store, 'utf8'), store).members.map((m) => m.email)).toEqual(['ana@example.fr']);
  });
});
