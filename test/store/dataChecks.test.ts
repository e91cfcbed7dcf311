// A store whose data was made wrong outside caprural (QA6 J, J2): a bad e-mail, a registration
// for a session that does not exist, two people with one id. The next change refuses it (exit 3,
// nothing written anywhere) naming the record and what to do; reads go on; doctor reports it.
// The data checks run only on a version the store cannot trust, never on a trusted one.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeDataChecks } from '../../src/cli/storeChecks';
import { userCacheDir } from '../../src/store/storePath';
import { fingerprintOf, openTrust } from '../../src/store/trust';
import { runCli } from '../helpers/runCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

type Raw = {
  members: Array<Record<string, unknown> & { id: string; email: string; firstName: string }>;
  registrations: Array<Record<string, unknown> & { sessionId: string }>;
};

/** A store written by caprural (two people, one registered), with the user's cache folder (trusted fingerprints) in a temporary folder. */
async function setUp() {
  const dir = tempDir();
  const store = join(dir, 'store.json');
  const env = { XDG_CACHE_HOME: join(dir, 'cache') };
  const cli = (args: string[], lang: 'fr' | 'en' = 'en') => runCli(args, { store, env, lang });
  expect((await cli(['init'])).code).toBe(0);
  expect((await cli(['member', 'add', '--first', 'Bruno', '--last', 'Blanc', '--email', 'bruno@x.fr'])).code).toBe(0);
  expect((await cli(['member', 'add', '--first', 'Anne', '--last', 'Arnaud', '--email', 'anne@x.fr'])).code).toBe(0);
  const reg = await cli(['register', '--session', 'cooperer-leader-n1-2018', '--member', 'anne@x.fr', '--force', '--reason', 'test']);
  expect(reg.code, reg.stderr).toBe(0);
  /** Edits the store's file by hand (as python or an editor would). */
  const edit = (change: (raw: Raw) => void) => {
    const raw = JSON.parse(readFileSync(store, 'utf8')) as Raw;
    change(raw);
    writeFileSync(store, `${JSON.stringify(raw)}\n`);
  };
  /** The store, its history and its backups, byte for byte. */
  const files = () => {
    const backups = join(dir, 'store.json.backups');
    return JSON.stringify([bytesOf(store).toString('base64'), bytesOf(`${store}.log`).toString('base64'), readdirSync(backups).sort()]);
  };
  return { dir, store, env, cli, edit, files };
}

describe('a store whose data was made wrong by hand', () => {
  it('an e-mail without « @ » or with a space: the next change is refused (exit 3, nothing written), reads go on, the proposed command fixes it', async () => {
    const { cli, edit, files } = await setUp();
    for (const bad of ['bruno.blanc-at-x.fr', 'bruno blanc@x.fr']) {
      edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = bad));
      const before = files();
      const refused = await cli(['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'lea@x.fr'], 'fr');
      expect(refused.code, bad).toBe(3);
      expect(files(), bad).toBe(before);
      expect(refused.stderr).toContain('a été modifié hors de caprural et ses données sont fausses (1 problème)');
      expect(refused.stderr).toContain("rien n'a été écrit");
      expect(refused.stderr).toContain('bruno-blanc');
      expect(refused.stderr).toContain('caprural membre modifier bruno-blanc --email');
      // Refused again (not trusted meanwhile by a read): a read goes on and changes nothing.
      const sessions = await cli(['sessions', '--json']);
      expect(sessions.code).toBe(0);
      expect((await cli(['log'])).code).toBe(0);
      expect((await cli(['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'lea@x.fr'])).code).toBe(3);
      expect(files()).toBe(before);
      const doctor = await cli(['doctor']);
      expect(doctor.code).toBe(1);
      expect(doctor.stderr + doctor.stdout).toContain('bruno-blanc');
    }
    // The way out the refusal names: the one command that fixes it goes through, then every change.
    const fixed = await cli(['member', 'edit', 'bruno-blanc', '--email', 'bruno@x.fr']);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect((await cli(['member', 'add', '--first', 'Léa', '--last', 'Lîle', '--email', 'lea@x.fr'])).code).toBe(0);
    expect((await cli(['doctor'])).code).toBe(0);
  });

  it('doctor says an e-mail without « @ » is not an address (not that it holds an invisible character)', async () => {
    const { cli, edit } = await setUp();
    edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr'));
    const doctor = await cli(['doctor'], 'fr');
    expect(doctor.stderr + doctor.stdout).toContain("L'e-mail de bruno-blanc (bruno.blanc-at-x.fr) n'est pas une adresse e-mail");
    expect(doctor.stderr + doctor.stdout).not.toContain('caractère de contrôle');
  });

  it('a registration for a session that does not exist, and two people with one id: refused, each named with what to do', async () => {
    const { cli, edit, files } = await setUp();
    edit((raw) => {
      raw.registrations[0]!.sessionId = 'seance-fantome';
      const anne = raw.members.find((m) => m.id === 'anne-arnaud')!;
      raw.members.push({ ...anne, firstName: 'Annette', email: 'annette@x.fr' });
    });
    const before = files();
    const refused = await cli(['org', 'add', '--name', 'GAL Test'], 'fr');
    expect(refused.code).toBe(3);
    expect(files()).toBe(before);
    expect(refused.stderr).toContain('(2 problèmes)');
    expect(refused.stderr).toContain("Deux personnes ont l'identifiant anne-arnaud");
    expect(refused.stderr).toContain("L'inscription reg-1 porte sur une session qui n'existe pas (seance-fantome)");
    expect(refused.stderr).toContain('caprural diagnostic');
  });

  it('a change that fixes one of two problems goes through, and is not trusted: the next change is refused again', async () => {
    const { cli, edit, files } = await setUp();
    edit((raw) => {
      raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr';
      raw.registrations[0]!.sessionId = 'seance-fantome';
    });
    const one = await cli(['member', 'edit', 'bruno-blanc', '--email', 'bruno@x.fr']);
    expect(one.code, one.stderr).toBe(0);
    const before = files();
    const refused = await cli(['org', 'add', '--name', 'GAL Test']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('(1 problem)');
    expect(refused.stderr).toContain('seance-fantome');
    expect(files()).toBe(before);
    // Nor does a read make it trusted.
    expect((await cli(['sessions'])).code).toBe(0);
    expect((await cli(['org', 'add', '--name', 'GAL Test'])).code).toBe(3);
  });

  it('a change that fixes one problem but makes another is refused', async () => {
    const { cli, edit, files } = await setUp();
    edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr'));
    const before = files();
    // anne@x.fr is Anne's: member edit refuses it by itself (exit 2); the store's check is the last guard.
    const other = await cli(['member', 'edit', 'bruno-blanc', '--email', 'anne@x.fr']);
    expect(other.code).not.toBe(0);
    expect(files()).toBe(before);
  });

  it('never checks the data of a version it trusts (the write path stays as fast): a forged fingerprint lets a bad e-mail through', async () => {
    const { store, env, cli, edit } = await setUp();
    edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr'));
    openTrust(userCacheDir(env)!, undefined, storeDataChecks.id).record(fingerprintOf(store, statSync(store, { bigint: true }), storeDataChecks.id));
    expect((await cli(['org', 'add', '--name', 'GAL Test'])).code).toBe(0);
  });

  it('an upgrade: a version trusted by a caprural without these checks (schema checked only) is checked again and refused', async () => {
    const { store, env, cli, edit, files } = await setUp();
    edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr'));
    // What the previous caprural recorded after reading this very file: a fingerprint without data checks.
    openTrust(userCacheDir(env)!).record(fingerprintOf(store, statSync(store, { bigint: true })));
    const before = files();
    const refused = await cli(['org', 'add', '--name', 'GAL Test']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('caprural member edit bruno-blanc --email');
    expect(files()).toBe(before);
  });

  it('--json: the refusal lists each problem with the command that fixes it', async () => {
    const { cli, edit } = await setUp();
    edit((raw) => (raw.members.find((m) => m.id === 'bruno-blanc')!.email = 'bruno.blanc-at-x.fr'));
    const refused = await cli(['org', 'add', '--name', 'GAL Test', '--json']);
    expect(refused.code).toBe(3);
    const doc = JSON.parse(refused.stdout) as { error: { key: string; problems: Array<{ key: string; command?: string }> } };
    expect(doc.error.key).toBe('storeDataProblems');
    expect(doc.error.problems[0]).toMatchObject({ key: 'doctorEmailInvalid', command: 'caprural member edit bruno-blanc --email …' });
  });

  it('names the first ten problems and counts the others', async () => {
    const { cli, edit } = await setUp();
    edit((raw) => {
      const bruno = raw.members.find((m) => m.id === 'bruno-blanc')!;
      for (let i = 1; i <= 12; i += 1) raw.members.push({ ...bruno, id: `p-${i}`, email: `p${i}-at-x.fr` });
    });
    const refused = await cli(['org', 'add', '--name', 'GAL Test']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('(12 problems)');
    expect(refused.stderr).toContain('p-10');
    expect(refused.stderr).not.toContain('p-11 ');
    expect(refused.stderr).toContain('… and 2 other problems');
  });
});
