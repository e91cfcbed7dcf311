// The history file as people leave it after opening it: an editor that drops the final newline,
// a link or a folder put at its path. What caprural reads, writes and advises then.
import { copyFileSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { tempDeps, tempDir } from '../helpers/tempStore';

const lines = (path: string) => readFileSync(`${path}.log`, 'utf8').split('\n');

describe('a history edited by hand', () => {
  it('without its final newline: every entry is still read, the next change starts a line of its own, doctor finds nothing', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const before = lines(path).filter(Boolean);
    truncateSync(`${path}.log`, statSync(`${path}.log`).size - 1);
    const log = await runCli(['log', '--json'], { store: path });
    expect(log.stderr).toBe('');
    expect(log.code).toBe(0);
    expect(JSON.parse(log.stdout)).toHaveLength(before.length);
    expect((await runCli(['member', 'add', '--first', 'Élodie', '--last', 'Martin', '--email', 'elodie.martin@exemple.fr'], { store: path })).code).toBe(0);
    const after = lines(path);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(JSON.parse(after[before.length]!)).toMatchObject({ seq: before.length + 1, action: 'member.add' });
    expect(after[after.length - 1]).toBe('');
    const doctor = await runCli(['doctor'], { store: path });
    expect(doctor.code).toBe(0);
    expect(doctor.stdout + doctor.stderr).not.toMatch(/lost|interrupted|stopped before/i);
  });

  it('a link or a folder at its path: doctor says to move it, never to chmod it (chmod would follow the link)', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    rmSync(`${path}.log`);
    symlinkSync('/dev/zero', `${path}.log`);
    const doctor = await runCli(['doctor'], { store: path });
    expect(doctor.code).toBe(1);
    const said = doctor.stdout + doctor.stderr;
    expect(said).toContain('is not a regular file');
    expect(said).not.toContain('chmod');
  });

  it('a store put back by hand from an older copy: the entries it no longer counts are set aside, never destroyed', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const copy = `${path}.my-copy`;
    copyFileSync(path, copy);
    expect((await runCli(['member', 'add', '--first', 'Bruno', '--last', 'Roux', '--email', 'bruno.roux@exemple.fr'], { store: path })).code).toBe(0);
    expect((await runCli(['member', 'add', '--first', 'Chloé', '--last', 'Roux', '--email', 'chloe.roux@exemple.fr'], { store: path })).code).toBe(0);
    copyFileSync(copy, path);
    rmSync(copy);
    expect((await runCli(['member', 'add', '--first', 'Émile', '--last', 'Roux', '--email', 'emile.roux@exemple.fr'], { store: path })).code).toBe(0);
    const aside = readdirSync(dirname(path)).filter((n) => n.endsWith('.aside'));
    expect(aside).toHaveLength(1);
    const kept = readFileSync(join(dirname(path), aside[0]!), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { target: string });
    expect(kept.map((e) => e.target)).toEqual(['bruno-roux', 'chloe-roux']);
    const doctor = await runCli(['doctor'], { store: path });
    expect(doctor.stdout + doctor.stderr).toContain(aside[0]!);
  });

  it('kept elsewhere through a symbolic link: appended to and erased where it is, the link stays a link', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const elsewhere = join(tempDir(), 'historique.log');
    copyFileSync(`${path}.log`, elsewhere);
    rmSync(`${path}.log`);
    symlinkSync(elsewhere, `${path}.log`);
    const people = JSON.parse((await runCli(['member', 'list', '--json'], { store: path })).stdout) as Array<{ id: string; email: string }>;
    const gone = people[0]!;
    expect(readFileSync(elsewhere, 'utf8')).toContain(gone.id);
    expect((await runCli(['member', 'forget', gone.id, '--yes'], { store: path })).code).toBe(0);
    expect(lstatSync(`${path}.log`).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere, 'utf8')).not.toContain(gone.id);
    expect(readFileSync(elsewhere, 'utf8')).toContain('member.forget');
  });

  it('an erased person left in a history set aside, in a line that is not an entry: doctor says so (exit 1), never "keep it"', async () => {
    const { path } = await tempDeps({ seed: seedTwoPeople });
    const people = JSON.parse((await runCli(['member', 'list', '--json'], { store: path })).stdout) as Array<{ id: string; email: string }>;
    const gone = people[0]!;
    writeFileSync(`${path}.log.2026-01-01T00-00-00.000Z.aside`, `ceci n'est pas du JSON, ${gone.email.toUpperCase()}\n`);
    expect((await runCli(['member', 'forget', gone.email, '--yes'], { store: path })).code).toBe(0);
    const doctor = await runCli(['doctor'], { store: path, lang: 'fr' });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toMatch(/L'historique mis de côté .*\.aside contient encore des personnes effacées \(anonyme-1\)/);
  });

  it("another store's history put in its place, with as many entries: told apart by when its last entry was written; restoring the store onto itself goes on", async () => {
    const a = await tempDeps({ seed: seedTwoPeople });
    const b = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['member', 'add', '--first', 'Alice', '--last', 'Alpha', '--email', 'alice@exemple.fr'], { store: a.path, now: '2018-02-02T10:00:00.000Z' })).code).toBe(0);
    expect((await runCli(['member', 'add', '--first', 'Xavier', '--last', 'Beta', '--email', 'xavier@exemple.fr'], { store: b.path, now: '2018-03-03T10:00:00.000Z' })).code).toBe(0);
    expect(lines(a.path).length).toBe(lines(b.path).length);
    copyFileSync(`${b.path}.log`, `${a.path}.log`);
    const change = await runCli(['member', 'add', '--first', 'Carla', '--last', 'Alpha', '--email', 'carla@exemple.fr'], { store: a.path, lang: 'fr' });
    expect(change.code).toBe(3);
    expect(change.stderr).toContain("n'est pas celui de ce stockage");
    expect(readFileSync(`${a.path}.log`, 'utf8')).toBe(readFileSync(`${b.path}.log`, 'utf8'));
    expect((await runCli(['log'], { store: a.path })).code).toBe(3);
    const doctor = await runCli(['doctor'], { store: a.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toContain("is not this store's");
    expect((await runCli(['backup', 'restore', a.path, '--yes'], { store: a.path })).code).toBe(0);
    expect((await runCli(['member', 'add', '--first', 'Carla', '--last', 'Alpha', '--email', 'carla@exemple.fr'], { store: a.path })).code).toBe(0);
  });
});
