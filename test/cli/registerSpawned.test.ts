// The built binary, spawned as users run it: the deadline whatever the machine's time zone,
// and seats that hold when 20 processes register at once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStore } from '../helpers/storeInternals';
import { runCli } from '../helpers/runCli';
import { spawnCli, spawnCliSync } from '../helpers/spawnCli';
import { bytesOf, tempDir } from '../helpers/tempStore';

const N1 = 'cooperer-leader-n1-2018';
// Spawned processes use the real clock; every --received-at below is in the past.
const SETUP_NOW = '2018-01-20T10:00:00.000Z';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A store with a GAL that paid 2018 and `n` agents (agent-a@gex.fr…), prepared in-process. */
async function storeWithAgents(n: number) {
  const store = join(tempDir(), 'store.json');
  const ok = async (args: string[]) => expect((await runCli(args, { store, now: SETUP_NOW })).code).toBe(0);
  await ok(['init']);
  await ok(['org', 'add', '--name', 'GAL du Pays de Gex', '--kind', 'GAL']);
  await ok(['membership', 'pay', 'gal-du-pays-de-gex', '--year', '2018']);
  for (let i = 0; i < n; i += 1) {
    await ok(['member', 'add', '--first', 'Agent', '--last', LETTERS[i]!, '--email', `agent-${LETTERS[i]!.toLowerCase()}@gex.fr`, '--org', 'gal-du-pays-de-gex', '--role', 'agent']);
  }
  return store;
}

describe.each(['UTC', 'America/New_York'])('the deadline with TZ=%s', (TZ) => {
  it('accepts 07/02/2018 23:59 Paris and refuses 08/02/2018 00:00 Paris', async () => {
    const store = await storeWithAgents(2);
    const env = { TZ, CAPRURAL_STORE: store };
    const onTime = spawnCliSync(['register', '--session', N1, '--member', 'agent-a@gex.fr', '--received-at', '07/02/2018 23:59', '--json'], env);
    expect(onTime.code, onTime.stderr).toBe(0);
    expect(JSON.parse(onTime.stdout)).toMatchObject({ status: 'confirmed', receivedAt: '2018-02-07T22:59:00.000Z' });
    const before = bytesOf(store);
    const late = spawnCliSync(['register', '--session', N1, '--member', 'agent-b@gex.fr', '--received-at', '08/02/2018 00:00'], env);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('Deadline (R2): registration closed at 2018-02-08 00:00 (Europe/Paris)');
    expect(bytesOf(store).equals(before)).toBe(true);
  });

  it('reads a summer-time deadline (CEST, UTC+2) the same way', async () => {
    const store = await storeWithAgents(2);
    const added = await runCli(['session', 'add', '--course', 'cooperer-leader-n2', '--starts', '10/07/2018 10:00', '--ends', '10/07/2018 12:00', '--closes', '01/07/2018', '--json'], {
      store,
      now: SETUP_NOW,
    });
    expect(added.code, added.stderr).toBe(0);
    const session = JSON.parse(added.stdout);
    expect(session.registrationClosesAt).toBe('2018-06-30T22:00:00.000Z');
    const env = { TZ, CAPRURAL_STORE: store };
    const onTime = spawnCliSync(['register', '--session', session.id, '--member', 'agent-a@gex.fr', '--received-at', '30/06/2018 23:59'], env);
    expect(onTime.code, onTime.stderr).toBe(0);
    const late = spawnCliSync(['register', '--session', session.id, '--member', 'agent-b@gex.fr', '--received-at', '2018-07-01T00:00'], env);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('registration closed at 2018-07-01 00:00 (Europe/Paris)');
  });
});

describe('20 processes registering at once for a 12-seat session', () => {
  it('confirms exactly 12, waitlists 8, all exit 0, and leaves a valid store', { timeout: 60_000 }, async () => {
    const store = await storeWithAgents(20);
    const env = { CAPRURAL_STORE: store, CAPRURAL_LOCK_WAIT_MS: '20000' };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        spawnCli(['register', '--session', N1, '--member', `agent-${LETTERS[i]!.toLowerCase()}@gex.fr`, '--received-at', '2018-02-01T10:00:00+01:00', '--json'], env),
      ),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const outputs = results.map((r) => JSON.parse(r.stdout));
    expect(outputs.filter((o) => o.status === 'confirmed')).toHaveLength(12);
    expect(
      outputs
        .filter((o) => o.status === 'waitlisted')
        .map((o) => o.position)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const data = loadStore(store);
    expect(data.registrations.filter((r) => r.status === 'confirmed')).toHaveLength(12);
    expect(data.registrations.filter((r) => r.status === 'waitlisted')).toHaveLength(8);
    expect(new Set(data.registrations.map((r) => r.id)).size).toBe(20);
    expect(new Set(data.registrations.map((r) => r.memberId)).size).toBe(20);
    expect(data.log.filter((e) => e.action === 'registration.add')).toHaveLength(20);
  });
});
