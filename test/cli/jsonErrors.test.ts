import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const N1 = 'cooperer-leader-n1-2018';
const NOW = '2018-02-09T12:00:00.000Z';

async function freshStore() {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store, now: NOW })).code).toBe(0);
  expect((await runCli(['member', 'add', '--first', 'Anne', '--last', 'Durand', '--email', 'anne@gex.fr', '--role', 'agent'], { store, now: NOW })).code).toBe(0);
  return store;
}

describe('--json: a refused or failed command answers one JSON document on stdout', () => {
  it('register refused by rules: {error: {code, key, message, details}} on stdout, the message on stderr, exit 1, store unchanged', async () => {
    const store = await freshStore();
    const before = bytesOf(store);
    const r = await runCli(['register', '--session', N1, '--member', 'anne@gex.fr', '--json'], { store, now: NOW, lang: 'fr' });
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error).toMatchObject({ code: 1, key: expect.any(String) });
    expect(r.stderr).toContain(error.message.split('\n')[0]);
    expect(error.details).toHaveLength(2);
    expect(error.details.join('\n')).toMatch(/R2/);
    expect(error.details.join('\n')).toMatch(/R3/);
    expect(bytesOf(store)).toEqual(before);
  });

  it('the same shape for a usage error (exit 2), a store error (exit 3) and commander errors, in every command with --json', async () => {
    const store = await freshStore();
    const usage = await runCli(['member', 'show', 'nobody@nowhere.fr', '--json'], { store, now: NOW });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error).toMatchObject({ code: 2, key: expect.any(String), message: expect.any(String) });
    const missing = await runCli(['sessions', '--json'], { store: join(tempDir(), 'absent.json'), now: NOW });
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.stdout).error.code).toBe(3);
    const option = await runCli(['sessions', '--json', '--bogus'], { store, now: NOW, lang: 'fr' });
    expect(option.code).toBe(2);
    expect(JSON.parse(option.stdout).error).toEqual({
      code: 2,
      key: 'commander.unknownOption',
      message: 'option inconnue « --bogus »',
      details: ["Ce qu'il faut taper, avec des exemples : caprural seances --help"],
      problems: [],
    });
    expect(option.stderr).toContain('--bogus');
  });

  it('without --json, an error leaves stdout empty', async () => {
    const store = await freshStore();
    const r = await runCli(['register', '--session', N1, '--member', 'anne@gex.fr'], { store, now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});
