import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

async function storeWithOrg() {
  const store = join(tempDir(), 'store.json');
  expect((await runCli(['init'], { store })).code).toBe(0);
  expect((await runCli(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL'], { store })).code).toBe(0);
  return store;
}

describe('member add', () => {
  it('stores a person with a normalised e-mail and phone, and prints the id as JSON', async () => {
    const store = await storeWithOrg();
    const r = await runCli(
      [
        'member',
        'add',
        '--first',
        'Véronique',
        '--last',
        'Bernard',
        '--email',
        ' VB@Example.FR ',
        '--phone',
        '+33 (0)4 72 72 49 76',
        '--org',
        'gal du pays de gex',
        '--role',
        'agent',
        '--role',
        'coprog',
        '--json',
      ],
      { store },
    );
    expect(r.code).toBe(0);
    const member = JSON.parse(r.stdout);
    expect(member).toMatchObject({ id: 'veronique-bernard', email: 'vb@example.fr', phone: '04 72 72 49 76', organisationId: 'gal-du-pays-de-gex', roles: ['agent', 'coprog'] });
  });

  it.each([
    ['a bad e-mail', ['--first', 'A', '--last', 'B', '--email', 'not-an-email'], /Invalid e-mail/],
    ['an empty name', ['--first', '  ', '--last', 'B', '--email', 'a@b.fr'], /Empty first name for --first\./],
    ['a name with a bidi override', ['--first', 'Ev\u202eil', '--last', 'B', '--email', 'a@b.fr'], /Invalid first name for --first: .* control or invisible character \(\\u202E\)/],
    ['an unknown organisation', ['--first', 'A', '--last', 'B', '--email', 'a@b.fr', '--org', 'Nowhere'], /No organisation matches "Nowhere"/],
    ['an unknown role', ['--first', 'A', '--last', 'B', '--email', 'a@b.fr', '--role', 'boss'], /Unknown role "boss"/],
    ['a foreign-looking phone', ['--first', 'A', '--last', 'B', '--email', 'a@b.fr', '--phone', '12 34'], /Invalid phone/],
    ['an unknown option', ['--first', 'A', '--shoe-size', '42'], /unknown option '--shoe-size'/],
  ])('refuses %s with exit 2 and leaves the store byte-for-byte unchanged', async (_label, args, message) => {
    const store = await storeWithOrg();
    const before = bytesOf(store);
    const r = await runCli(['member', 'add', ...args], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('refuses a duplicate e-mail whatever its case', async () => {
    const store = await storeWithOrg();
    await runCli(['member', 'add', '--first', 'A', '--last', 'B', '--email', 'a@b.fr'], { store });
    const before = bytesOf(store);
    const r = await runCli(['member', 'add', '--first', 'C', '--last', 'D', '--email', 'A@B.FR'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already used by a-b');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('reports every invalid field at once', async () => {
    const store = await storeWithOrg();
    const r = await runCli(['member', 'add', '--first', '1', '--last', '2', '--email', 'x'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--first[\s\S]*--last[\s\S]*e-mail/);
  });

  it('never prompts without a terminal: a missing field is exit 2', async () => {
    const store = await storeWithOrg();
    const r = await runCli(['member', 'add', '--first', 'A'], { store });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing --last');
  });
});
