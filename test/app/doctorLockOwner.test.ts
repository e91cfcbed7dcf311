// Right after a kill -9, the lock is still fresh for up to 5 s. doctor used to call it "another
// caprural is changing the store right now" and the store healthy, hiding what the stopped command
// left. A lock written on this machine (its hostname in the owner file) whose process no longer
// runs is said to be left by a stopped caprural at once (QA4 F5). Another machine's lock, or a
// live process's, is still taken as at work: its pid means nothing here.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/app/doctor';
import { translator } from '../../src/i18n/translate';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { tempDeps } from '../helpers/tempStore';

/** Whether a process runs, as src/main.ts tells caprural. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  expect(child.status).toBe(0);
  expect(isAlive(child.pid!)).toBe(false);
  return child.pid!;
}

/** A fresh lock on the store, as src/store/lock.ts writes it, and a line left by the stopped command. */
function leftBehind(path: string, owner: { pid: number; host: string }) {
  mkdirSync(`${path}.lock`, { mode: 0o700 });
  writeFileSync(`${path}.lock/owner`, JSON.stringify({ ...owner, nonce: 'x' }));
  appendFileSync(`${path}.log`, '{"seq":99,"at":"2018-02-01T10:00:00.000Z","user":"t","action":"note","target":null,"details":{}}\n');
}

const keys = (report: Awaited<ReturnType<typeof runDoctor>>) => report.findings.map((f) => f.key);

describe('doctor and a fresh lock', () => {
  it('left by a process of this machine that no longer runs: said at once, with what the stopped command left', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const pid = deadPid();
    leftBehind(deps.path, { pid, host: hostname() });
    const report = await runDoctor(deps, isAlive);
    expect(keys(report)).toContain('doctorLockOwnerGone');
    expect(keys(report)).not.toContain('doctorLockHeld');
    expect(keys(report)).toContain('doctorLogLeftovers');
    expect(report.healthy).toBe(false);
    const finding = report.findings.find((f) => f.key === 'doctorLockOwnerGone')!;
    expect(translator('fr')(finding.key, finding.params as never)).toContain(`le processus qui l'a pris (${pid}) ne tourne plus sur cette machine`);
    expect(translator('en')(finding.key, finding.params as never)).toContain(`the process that took it (${pid}) no longer runs on this machine`);
  });

  it('held by a live process, or written on another machine: another caprural at work, as before', async () => {
    for (const owner of [
      { pid: process.pid, host: hostname() },
      { pid: deadPid(), host: `${hostname()}-autre` },
    ]) {
      const deps = await tempDeps({ seed: seedTwoPeople });
      leftBehind(deps.path, owner);
      const report = await runDoctor(deps, isAlive);
      expect(keys(report)).toContain('doctorLockHeld');
      expect(keys(report)).not.toContain('doctorLockOwnerGone');
      expect(keys(report)).not.toContain('doctorLogLeftovers');
    }
  });
});
