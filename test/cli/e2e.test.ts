// The built binary, spawned as a user runs it: start-up, time zones, exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { spawnSync } from 'node:child_process';
import { BIN, spawnCliSync } from '../helpers/spawnCli';
import { bytesOf, tempDeps, tempDir } from '../helpers/tempStore';
import { person } from '../helpers/people';

describe('caprural (built binary)', () => {
  it('prints its version', () => {
    const r = spawnCliSync(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris'])('gives the N1 2018 instants in UTC and shows them in Paris time whatever TZ is (%s)', (zone) => {
    // The default store, created on first use (a store named by --store or CAPRURAL_STORE is made by init).
    const data = tempDir();
    const json = spawnCliSync(['sessions', '--json'], { TZ: zone, XDG_DATA_HOME: data });
    expect(json.code).toBe(0);
    const store = join(data, 'caprural', 'store.json');
    expect(json.stderr).toContain(`Created a new store with the catalogue at ${store}`);
    const n1 = JSON.parse(json.stdout).find((s: { id: string }) => s.id === 'cooperer-leader-n1-2018');
    expect(n1).toMatchObject({
      startsAt: '2018-02-15T09:00:00.000Z',
      endsAt: '2018-02-15T11:00:00.000Z',
      registrationClosesAt: '2018-02-07T23:00:00.000Z',
      capacity: 12,
      confirmed: 0,
      waitlisted: 0,
    });
    const text = spawnCliSync(['sessions', '--store', store, '--lang', 'fr'], { TZ: zone });
    expect(text.stdout).toMatch(/cooperer-leader-n1-2018 .* 15\/02\/2018 10:00-12:00 +0\/12 +0 +08\/02\/2018 00:00/);
  });

  it('speaks French when the locale is French', async () => {
    const { path: store } = await tempDeps();
    const r = spawnCliSync(['session', 'show', 'nope', '--store', store], { LANG: 'fr_FR.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Aucune session « nope »');
  });

  it('exits 2 on an unknown option or command, without a stack trace', () => {
    const a = spawnCliSync(['sessions', '--colour']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("unknown option '--colour'");
    const b = spawnCliSync(['sesions']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/unknown command 'sesions'[\s\S]*sessions/);
  });

  it('exits 3 on a broken store and leaves it untouched', () => {
    const store = join(tempDir(), 'store.json');
    writeFileSync(store, '{"schemaVersion": 1,');
    const before = bytesOf(store);
    const r = spawnCliSync(['member', 'add', '--first', 'A', '--last', 'B', '--email', 'a@b.fr', '--store', store]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(store);
    expect(r.stderr).toContain('not JSON');
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('uses CAPRURAL_STORE when --store is not given', () => {
    const store = join(tempDir(), 'env-store.json');
    const r = spawnCliSync(['init', '--json'], { CAPRURAL_STORE: store });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ path: store, sessions: 6 });
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const { path } = await tempDeps({
      seed: (d) => {
        for (let i = 0; i < 5000; i += 1) {
          d.members.push(person(`p${i}`, 'Anne', 'Nom', { email: `p${i}@x.fr`, roles: [], createdAt: '2018-01-01T00:00:00.000Z' }));
        }
      },
    });
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" export members --store "${path}" | head -c 40 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('rc=0');
    expect(r.stderr).toBe('');
  });
});
