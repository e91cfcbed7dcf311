// A `mail send` killed in the middle of an SMTP exchange, then run again: no message twice.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStore } from '../helpers/storeInternals';
import { emailOf, FIRST, galDeps, registerAgents } from '../helpers/mailScenario';
import { runCli } from '../helpers/runCli';
import { mailEnv, startSmtp } from '../helpers/smtpServer';
import { BIN, spawnCli } from '../helpers/spawnCli';

const outbox = (path: string) => parseStore(readFileSync(path, 'utf8'), path).outbox ?? [];
const recipients = (messages: Array<{ to?: unknown }>) => messages.map((m) => (m.to as { text: string }).text);

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('mail send killed mid-run', () => {
  it('leaves the message being sent unknown; the next run sends the rest and nothing twice; retry --unknown sends it on request', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 3);
    // The server takes the second message and never answers: the process is killed while it waits.
    const smtp = await startSmtp({ answer: (n) => (n === 2 ? 'hang' : 'accept') });
    const child = spawn(process.execPath, [BIN, '--store', deps.path, 'mail', 'send', '--yes'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...mailEnv(smtp) },
      stdio: 'ignore',
    });
    const closed = new Promise((resolve) => child.on('close', resolve));
    await until(() => smtp.received.length === 2);
    child.kill('SIGKILL');
    await closed;
    expect(outbox(deps.path).map((e) => e.state)).toEqual(['sent', 'sending', 'queued']);

    const again = await spawnCli(['--store', deps.path, 'mail', 'send', '--yes'], mailEnv(smtp));
    expect(again.stderr).toContain('1 message was being sent when an earlier run stopped');
    expect(again.code).toBe(0);
    expect(outbox(deps.path).map((e) => [e.to, e.state])).toEqual([
      [emailOf('Anne'), 'sent'],
      [emailOf('Bruno'), 'unknown'],
      [emailOf('Chloé'), 'sent'],
    ]);
    // Each person received their message once.
    expect(recipients(smtp.received)).toEqual(FIRST.slice(0, 3).map(emailOf));
    const third = await runCli(['mail', 'send', '--yes'], { store: deps.path, env: mailEnv(smtp) });
    expect(third.stdout).toContain('Nothing to send');
    expect(smtp.received).toHaveLength(3);
    const log = await runCli(['mail', 'log'], { store: deps.path });
    expect(log.stdout).toMatch(/bruno@gal.fr +unknown +1 /);

    // On request only: the organiser checked that Bruno did not get it.
    const retry = await runCli(['mail', 'retry', '--unknown', '--yes'], { store: deps.path, env: mailEnv(smtp) });
    expect(retry.code).toBe(0);
    expect(recipients(smtp.accepted)).toEqual([emailOf('Anne'), emailOf('Chloé'), emailOf('Bruno')]);
    expect(outbox(deps.path).map((e) => e.state)).toEqual(['sent', 'sent', 'sent']);
  });
});
