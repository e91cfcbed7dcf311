import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { parseStore } from '../helpers/storeInternals';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { bytesOf, tempDeps } from '../helpers/tempStore';

/** Runs caprural as at a terminal, typing `answer` at the confirmation prompt. */
async function atTerminal(store: string, args: string[], answer: string) {
  const stdin = new PassThrough();
  let stdout = '';
  let stderr = '';
  // Like process.stderr, these streams cannot be ended (the prompt library ends its output).
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
    argv: ['--store', store, '--lang', 'en', ...args],
    env: {},
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin,
    isTTY: true,
    user: 'tester',
    clock: () => new Date('2018-02-01T10:00:00.000Z'),
  });
  clearInterval(typing);
  return { code, stdout, stderr };
}

describe('confirmation at a terminal', () => {
  it('member forget asks, and changes nothing when the answer is no', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const before = bytesOf(deps.path);
    const r = await atTerminal(deps.path, ['member', 'forget', 'ana-lopez'], 'n\n');
    expect(r.stderr).toMatch(/Erase Ana Lopez \(ana-lopez\)/);
    expect(r.stderr).toMatch(/nothing was changed/);
    expect(r.code).toBe(0);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });

  it('member forget erases once the answer is yes', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const r = await atTerminal(deps.path, ['member', 'forget', 'ana-lopez'], 'y\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/anonyme-1/);
    const data = parseStore(bytesOf(deps.path).toString(), deps.path);
    expect(data.members.some((m) => m.id === 'ana-lopez')).toBe(false);
  });

  it('backup restore asks, and changes nothing when the answer is no', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const before = bytesOf(deps.path);
    const r = await atTerminal(deps.path, ['backup', 'restore', 'latest'], 'n\n');
    expect(r.stderr).toMatch(/Replace the store/);
    expect(r.code).toBe(0);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
  });
});
