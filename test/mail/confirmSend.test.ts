// mail send at a terminal: it asks with the count; "no" sends nothing and changes nothing, "yes" sends.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { galDeps, registerAgents } from '../helpers/mailScenario';
import { mailEnv, startSmtp, type TestSmtp } from '../helpers/smtpServer';
import { bytesOf } from '../helpers/tempStore';

async function atTerminal(store: string, smtp: TestSmtp, answer: string) {
  const stdin = new PassThrough();
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        write(chunk.toString());
        done();
      },
    });
    stream.end = (() => stream) as typeof stream.end;
    return stream;
  };
  const typing = setInterval(() => {
    if (stderr.includes('?')) {
      stdin.write(answer);
      clearInterval(typing);
    }
  }, 10);
  const code = await run({
    argv: ['--store', store, '--lang', 'en', 'mail', 'send'],
    env: mailEnv(smtp),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin,
    isTTY: true,
    user: 'tester',
    clock: () => new Date('2018-02-07T12:00:00.000Z'),
  });
  clearInterval(typing);
  return { code, stdout, stderr };
}

describe('mail send at a terminal', () => {
  it('asks with the count; no sends nothing, yes sends', async () => {
    const deps = await galDeps();
    await registerAgents(deps, 2);
    const smtp = await startSmtp();
    const before = bytesOf(deps.path);
    const no = await atTerminal(deps.path, smtp, 'n\n');
    expect(no.stderr).toContain('Send 2 messages now?');
    expect(no.code).toBe(0);
    expect(smtp.attempts).toBe(0);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    const yes = await atTerminal(deps.path, smtp, 'y\n');
    expect(yes.code).toBe(0);
    expect(smtp.accepted).toHaveLength(2);
  });
});
