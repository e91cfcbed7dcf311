import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourWanted } from '../../src/cli/program';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/tempStore';

// A change that succeeded is said in green (QA3 F15), where colour is allowed: each stream's colour
// follows whether that stream is a terminal (as its wrapping does), --no-color, NO_COLOR and FORCE_COLOR.

const GREEN = '\u001b[32m';
const RED = '\u001b[31m';
const ESC = /\u001b\[/;

async function store(): Promise<string> {
  const path = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store: path })).code).toBe(0);
  return path;
}

describe('colours', () => {
  it('a change done is green on stdout at a terminal: org add, member add, cotisation, register, cancel', async () => {
    const path = await store();
    const at = { store: path, now: '2018-02-05T10:00:00.000Z', lang: 'fr' as const, tty: true, stdoutTty: true };
    const org = await runCli(['org', 'add', '--name', 'GAL Vallée de la Drôme'], at);
    expect(org.stdout).toContain(`${GREEN}Structure ajoutée`);
    const member = await runCli(['member', 'add', '--first', 'Anne', '--last', 'Arnaud', '--email', 'anne@gex.fr', '--org', 'gal-vallee-de-la-drome', '--role', 'agent'], at);
    expect(member.stdout).toContain(GREEN);
    expect((await runCli(['membership', 'pay', 'gal-vallee-de-la-drome', '--year', '2018'], at)).stdout).toContain(GREEN);
    const register = await runCli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'anne@gex.fr', '--received-at', '02/02/2018 10:00'], at);
    expect(register.stdout).toContain(GREEN);
    const cancel = await runCli(['cancel', '--session', 'cooperer-leader-n1-2018', '--member', 'anne@gex.fr', '--yes'], at);
    expect(cancel.stdout).toContain(GREEN);
  });

  it('never green into a pipe, with --no-color, NO_COLOR, TERM=dumb or FORCE_COLOR=0', async () => {
    const path = await store();
    const add = (name: string, options: { stdoutTty?: boolean; env?: Record<string, string>; args?: string[] }) =>
      runCli([...(options.args ?? []), 'org', 'add', '--name', name], { store: path, tty: true, stdoutTty: options.stdoutTty ?? true, env: options.env });
    expect((await add('A piped', { stdoutTty: false })).stdout).not.toMatch(ESC);
    expect((await add('B no color', { args: ['--no-color'] })).stdout).not.toMatch(ESC);
    expect((await add('C NO_COLOR', { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ESC);
    expect((await add('D dumb', { env: { TERM: 'dumb' } })).stdout).not.toMatch(ESC);
    expect((await add('E force 0', { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ESC);
    // FORCE_COLOR asks for colour even into a pipe, as Node reads it for the prompts; --no-color still wins.
    expect((await add('F forced', { stdoutTty: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(GREEN);
    expect((await add('G forced, no color', { stdoutTty: false, env: { FORCE_COLOR: '1' }, args: ['--no-color'] })).stdout).not.toMatch(ESC);
  });

  it('messages follow stderr alone, as their wrapping does: red at a terminal even when stdin is a file', async () => {
    const path = await store();
    const fromFile = await runCli(['member', 'show', 'nobody@nowhere.fr'], { store: path, tty: false, stderrTty: true, columns: 80 });
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain(RED);
    const piped = await runCli(['member', 'show', 'nobody@nowhere.fr'], { store: path, tty: false, stderrTty: false });
    expect(piped.stderr).not.toMatch(ESC);
  });

  it('the rule, case by case', () => {
    const env = (e: Record<string, string>) => ({ env: e });
    expect(colourWanted(env({}), true, true)).toBe(true);
    expect(colourWanted(env({}), true, false)).toBe(false);
    expect(colourWanted(env({}), false, true)).toBe(false);
    expect(colourWanted(env({ NO_COLOR: '1' }), true, true)).toBe(false);
    expect(colourWanted(env({ NO_COLOR: '' }), true, true)).toBe(true);
    expect(colourWanted(env({ FORCE_COLOR: '1', NO_COLOR: '1' }), true, false)).toBe(true);
    expect(colourWanted(env({ FORCE_COLOR: 'false' }), true, true)).toBe(false);
    expect(colourWanted(env({ FORCE_COLOR: '1' }), false, true)).toBe(false);
  });
});
