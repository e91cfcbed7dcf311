// Issue 15, item 6: where the data is. A store named by --store or CAPRURAL_STORE that is not
// there is refused (exit 3), saying where caprural looked and how to choose another, and nothing is
// created; only the default location gets a new store on first use. `caprural info` says it all.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { run } from '../../src/cli/program';
import { runCli } from '../helpers/runCli';
import { person } from '../helpers/people';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** caprural in-process with exactly these arguments and this environment (no --store added). */
async function caprural(argv: string[], env: Record<string, string>) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run({
    argv,
    env,
    stdout,
    stderr,
    stdin: new PassThrough(),
    isTTY: false,
    user: 'tester',
    clock: () => new Date('2018-02-01T10:00:00.000Z'),
    runtime: '20.20.2',
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const READS = [['sessions'], ['session', 'show', 'cooperer-leader-n1-2018'], ['member', 'list'], ['export', 'registrations'], ['log'], ['eligibility', 'Anne']];
const WRITES = [
  ['org', 'add', '--name', 'GAL Test'],
  ['member', 'add', '--first', 'Anne', '--last', 'Arnaud', '--email', 'anne@example.fr'],
];

describe('a store that is not where it was named', () => {
  it.each([...READS, ...WRITES])('--store naming a missing file: %j is refused (exit 3), nothing is created', async (...argv) => {
    const dir = tempDir();
    const store = join(dir, 'nested', 'store.json');
    const r = await caprural(['--store', store, ...argv], { XDG_DATA_HOME: join(dir, 'data') });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `No store at ${store} (named by --store); nothing was created.\nCreate it there with 'caprural init', or choose another with --store FILE or CAPRURAL_STORE (neither: the default store).\n`,
    );
    expect(r.stdout).toBe('');
    // Not the file, not its folder, not a lock, not the default store.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('CAPRURAL_STORE naming a missing file: refused, in French too, nothing created', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const r = await caprural(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'x'], { CAPRURAL_STORE: store, LANG: 'fr_FR.UTF-8', XDG_DATA_HOME: join(dir, 'data') });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Aucun fichier de données à ${store} (indiqué par CAPRURAL_STORE) ; rien n'a été créé.`);
    expect(r.stderr).toContain('« caprural initialiser »');
    expect(r.stderr).toContain('--store FICHIER ou CAPRURAL_STORE');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with backups beside the missing store, the way back is said first (restore), nothing created', async () => {
    const { path: store } = await tempDeps({ seed: (d) => void d.organisations.push({ id: 'o', name: 'O', kind: 'GAL', territory: null }) });
    const { rmSync } = await import('node:fs');
    rmSync(store);
    const r = await runCli(['sessions'], { store });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('backup restore latest');
    expect(existsSync(store)).toBe(false);
  });

  it('init creates a store where --store or CAPRURAL_STORE names it', async () => {
    const dir = tempDir();
    const a = await caprural(['--store', join(dir, 'a.json'), 'init'], {});
    expect(a.code).toBe(0);
    const b = await caprural(['init'], { CAPRURAL_STORE: join(dir, 'b.json') });
    expect(b.code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(['a.json', 'b.json']);
    expect((await caprural(['--store', join(dir, 'a.json'), 'sessions', '--json'], {})).code).toBe(0);
  });

  it('the default location is created on first use, and said', async () => {
    const data = tempDir();
    const r = await caprural(['sessions', '--json'], { XDG_DATA_HOME: data });
    expect(r.code).toBe(0);
    const store = join(data, 'caprural', 'store.json');
    expect(r.stderr).toBe(`Created a new store with the catalogue at ${store}\n`);
    expect(JSON.parse(r.stdout)).toHaveLength(6);
    expect(existsSync(store)).toBe(true);
  });

  it('an existing store named by --store is used as before, byte for byte unchanged by a read', async () => {
    const { path: store } = await tempDeps();
    const before = bytesOf(store);
    expect((await runCli(['sessions'], { store })).code).toBe(0);
    expect(bytesOf(store).equals(before)).toBe(true);
  });
});

describe('caprural info', () => {
  it('says where the store is, which setting chose it, its size and contents, the version and the language', async () => {
    const { path: store } = await tempDeps({
      seed: (d) => {
        d.organisations.push({ id: 'gal', name: 'GAL', kind: 'GAL', territory: null });
        d.members.push(person('anne', 'Anne', 'Arnaud', { organisationId: 'gal' }));
      },
    });
    const config = join(tempDir(), 'config.json');
    const r = await caprural(['info', '--store', store], { CAPRURAL_CONFIG: config });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`Store:    ${store}`);
    expect(lines[1]).toBe('          (named by --store)');
    expect(lines[2]).toMatch(/^ {10}\d+(\.\d)? kB, written \d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(r.stdout).toContain('Contents: 6 sessions, 1 person, 1 organisation, 0 registrations, 0 cotisations\n');
    expect(r.stdout).toContain(`Backups:  1 in ${store}.backups`);
    expect(r.stdout).toContain(`Settings: ${config} (no file yet)\n`);
    expect(r.stdout).toContain(`Version:  caprural ${version} (Node.js 20.20.2)\n`);
    expect(r.stdout).toContain('Language: English');
  });

  it('--json, in French: the same facts as data', async () => {
    const { path: store } = await tempDeps();
    const r = await caprural(['info', '--json'], { CAPRURAL_STORE: store, LANG: 'fr_FR.UTF-8', CAPRURAL_CONFIG: join(tempDir(), 'c.json') });
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({
      version,
      node: '20.20.2',
      lang: 'fr',
      store: { path: store, file: store, namedBy: 'env', exists: true, schemaVersion: expect.any(Number), error: null, backups: 0 },
      config: { exists: false },
    });
    expect(info.store.size).toBe(bytesOf(store).length);
    expect(info.store.counts).toEqual({ sessions: 6, members: 0, organisations: 0, registrations: 0, memberships: 0 });
  });

  it('in French, with the typography of French labels', async () => {
    const { path: store } = await tempDeps();
    const r = await caprural(['info', '--store', store, '--lang', 'fr'], { CAPRURAL_CONFIG: join(tempDir(), 'c.json') });
    expect(r.stdout).toContain(`Données :     ${store}\n`);
    expect(r.stdout).toContain('(indiqué par --store)');
    expect(r.stdout).toMatch(/ Ko, écrit le \d\d\/\d\d\/\d{4} \d\d:\d\d\n/);
    expect(r.stdout).toContain('Contenu :     6 sessions, 0 personne, 0 structure, 0 inscription, 0 cotisation\n');
    expect(r.stdout).toContain('Langue :      français');
  });

  it('names the history file beside the store, its size and the entries the store counts (without reading it)', async () => {
    const { path: store } = await tempDeps();
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store })).code).toBe(0);
    const size = bytesOf(`${store}.log`).length;
    const r = await caprural(['info', '--store', store], { CAPRURAL_CONFIG: join(tempDir(), 'c.json') });
    expect(r.stdout).toContain(`History:  ${store}.log\n          ${size} B, 1 entry\n`);
    const fr = await caprural(['info', '--store', store, '--lang', 'fr'], { CAPRURAL_CONFIG: join(tempDir(), 'c.json') });
    expect(fr.stdout).toContain(`Historique :  ${store}.log\n              ${size} o, 1 entrée\n`);
    const json = JSON.parse((await caprural(['info', '--json', '--store', store], { CAPRURAL_CONFIG: join(tempDir(), 'c.json') })).stdout);
    expect(json.store.log).toEqual({ path: `${store}.log`, size, entries: 1, state: 'file' });
  });

  it('a missing store: says so and how to make it, creates nothing (exit 0)', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    const named = await caprural(['info', '--store', store], {});
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("missing: create it with 'caprural init', or choose another with --store or CAPRURAL_STORE");
    const data = join(dir, 'data');
    const fallback = await caprural(['info', '--json'], { XDG_DATA_HOME: data });
    expect(JSON.parse(fallback.stdout).store).toMatchObject({ path: join(data, 'caprural', 'store.json'), namedBy: 'default', exists: false, size: null, counts: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unusable store: its path and size, and why (exit 0, nothing written)', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.json');
    writeFileSync(store, '{"schemaVersion": 1,');
    const r = await caprural(['info', '--store', store], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/State: +The store .* cannot be used: the file is not JSON/);
    expect(r.stdout).toContain('20 B, written');
    expect(readdirSync(dir)).toEqual(['store.json']);
  });

  it('a store reached through a link: both paths', async () => {
    const { path: store } = await tempDeps();
    const dir = tempDir();
    mkdirSync(join(dir, 'here'));
    const link = join(dir, 'here', 'store.json');
    symlinkSync(store, link);
    const r = await caprural(['info', '--store', link], {});
    expect(r.stdout).toContain(`Store:    ${link}\n`);
    expect(r.stdout).toContain(`a link to ${store}`);
  });

  it('a hostile path is shown escaped, by info and by the refusal', async () => {
    const dir = tempDir();
    const store = join(dir, 'x\u001b]52;c;QUFB\u0007', 'store.json');
    const info = await caprural(['info', '--store', store], {});
    const refused = await caprural(['sessions', '--store', store], {});
    for (const text of [info.stdout, refused.stderr]) {
      expect(text).toContain('x\\e]52;c;QUFB\\a');
      expect(text).not.toMatch(/[\u0007\u001b]/);
    }
    expect(refused.code).toBe(3);
  });
});
