// --no-color and NO_COLOR reach the prompts (issue 15, item 7): the real inquirer prompt, drawn on a
// captured terminal, carries no colour or style sequence when colour is off, and does otherwise.
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { run } from '../../src/cli/program';
import { translator } from '../../src/i18n/translate';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';
import { ask, type PromptContext } from '../../src/prompts/ask';

class Terminal extends Writable {
  text = '';
  isTTY = true;
  columns = 80;
  rows = 24;
  /** A terminal stays open when a prompt ends its output (as process.stderr does). */
  override end(): this {
    return this;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const SGR = /\u001b\[[0-9;:]*m/;

async function drawn(color: boolean | undefined, keys: string[]) {
  const stdin = new PassThrough();
  const stderr = new Terminal();
  const ctx: PromptContext = { io: { stdin, stderr } as unknown as PromptContext['io'], t: translator('fr'), note: () => undefined, color };
  const pending = ask.select(ctx, 'Quelle session ?', [
    { name: 'Coopérer dans LEADER, niveau 1', value: 'n1' },
    { name: 'Coopérer dans LEADER, niveau 2', value: 'n2' },
  ]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { value: await pending, text: stderr.text };
}

describe('prompts and colour', () => {
  // Node colours inquirer's text only where it would colour stdout: forced here, as a terminal would.
  afterEach(() => vi.unstubAllEnvs());
  it('colour off: nothing but text and cursor moves reach the terminal; the answer is the same', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const { value, text } = await drawn(false, ['\u001b[B', '\r']);
    expect(value).toBe('n2');
    expect(text).toContain('Quelle session ?');
    expect(text).toContain('naviguer');
    expect(text).not.toMatch(SGR);
  });

  it('colour on (the default at a terminal): the prompt is coloured', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const { value, text } = await drawn(true, ['\r']);
    expect(value).toBe('n1');
    expect(text).toMatch(SGR);
  });
});

/** `caprural eligibility` without a name at a terminal: it asks who; Ctrl-C ends it (130). */
async function eligibilityPrompt(flags: string[], env: Record<string, string>) {
  const store = join(tempDir(), 'store.json');
  await runCli(['init'], { store });
  const stdin = new PassThrough();
  const stderr = new Terminal();
  const stdout = new Terminal();
  const pending = run({
    argv: ['--store', store, '--lang', 'fr', ...flags, 'eligibility'],
    env,
    stdout,
    stderr,
    stdin,
    isTTY: true,
    stdoutIsTTY: true,
    columns: 80,
    user: 'tester',
    clock: () => new Date('2018-02-01T10:00:00.000Z'),
  });
  for (let i = 0; i < 100 && !stderr.text.includes('Qui ?'); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  stdin.write('\u0003');
  return { code: await pending, text: stderr.text };
}

describe('--no-color and NO_COLOR reach the prompts of a command', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['--no-color', ['--no-color'], {}],
    ['NO_COLOR', [], { NO_COLOR: '1' }],
  ])('%s: the question is drawn without colour', async (_label, flags, env) => {
    vi.stubEnv('FORCE_COLOR', '1');
    const { code, text } = await eligibilityPrompt(flags, env);
    expect(code).toBe(130);
    expect(text).toContain('Qui ?');
    expect(text).not.toMatch(SGR);
  });

  it('neither: coloured as before', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    const { text } = await eligibilityPrompt([], {});
    expect(text).toContain('Qui ?');
    expect(text).toMatch(SGR);
  });
});
