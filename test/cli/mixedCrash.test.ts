// Issue 11: forget, retention, restore, register --import, member import and cancel running
// together against one store, some killed (SIGKILL) at random moments. After every round: the
// store validates, every change acknowledged (exit 0) is there unless a restore acknowledged in a
// later or the same round put an older version back, and every person erased with exit 0 is in
// no file of the store's folder (store, backups, temporary files), restores included.
// CAPRURAL_SOAK_ROUNDS=n (npm run test:soak) runs it longer.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/index';
import { BIN } from '../helpers/spawnCli';
import { loadStore, STALE_LOCK_MS, writeStoreFiles } from '../helpers/storeInternals';
import { tempDir } from '../helpers/tempStore';
import { person } from '../helpers/people';

const ROUNDS = Number(process.env.CAPRURAL_SOAK_ROUNDS) || 6;
const SESSION = 'future-2030';
const email = (i: number) => `person.${i}.x@example.fr`;
const letters = (n: number) => String.fromCharCode(97 + (n % 26)).repeat(1 + Math.floor(n / 26));

/** 240 people of one GAL (cotisation 2030 paid); 0-39 created in 2015 and inactive since (retention); 40-49 registered to a future session. */
function seed(dir: string): string {
  const data: StoreData = newStoreData();
  data.organisations.push({ id: 'gal-test', name: 'GAL Test', kind: 'GAL', territory: null });
  data.memberships.push({ id: 'cot-2030', organisationId: 'gal-test', memberId: null, year: 2030, paidOn: '2026-01-02', amountCents: null, reference: null });
  data.sessions.push({
    ...structuredClone(data.sessions.find((s) => s.id === 'cooperer-leader-n1-2018')!),
    id: SESSION,
    year: 2030,
    startsAt: '2030-02-15T09:00:00.000Z',
    endsAt: '2030-02-15T11:00:00.000Z',
    registrationClosesAt: null,
    membershipYear: 2030,
    capacity: 8,
    status: 'scheduled',
  });
  for (let i = 0; i < 240; i += 1) {
    const old = i < 40;
    data.members.push(
      person(`p-${i}`, 'Prénom', `Nom ${letters(i)}`, { email: email(i), organisationId: old ? null : 'gal-test', createdAt: old ? '2015-03-01T00:00:00.000Z' : '2026-01-01T00:00:00.000Z' }),
    );
  }
  for (let i = 40; i < 50; i += 1) {
    data.registrations.push({
      id: `reg-${i}`,
      sessionId: SESSION,
      memberId: `p-${i}`,
      receivedAt: `2026-01-10T09:00:${String(i).padStart(2, '0')}.000Z`,
      createdAt: '2026-01-10T09:00:00.000Z',
      status: i < 48 ? 'confirmed' : 'waitlisted',
      attendance: null,
      override: null,
      cancelledAt: null,
    });
  }
  const path = join(dir, 'store.json');
  writeStoreFiles(path, data);
  return path;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the built caprural; kills it with SIGKILL after `killAfterMs` if given. If it dies holding the lock, the lock is aged at once (as the stale window would). */
function run(store: string, args: string[], killAfterMs?: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--store', store, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', CAPRURAL_LOCK_WAIT_MS: '20000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timers = [setTimeout(() => child.kill('SIGKILL'), 40_000)];
    if (killAfterMs !== undefined) timers.push(setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    child.on('error', reject);
    child.on('close', (code) => {
      timers.forEach(clearTimeout);
      const lock = `${store}.lock`;
      try {
        if (code !== 0 && readFileSync(join(lock, 'owner'), 'utf8').includes(`"pid":${child.pid},`)) {
          const past = new Date(Date.now() - STALE_LOCK_MS - 1_000);
          utimesSync(lock, past, past);
        }
      } catch {
        /* no lock, or another's */
      }
      resolve({ code, stderr });
    });
  });
}

/** Every file under the store's folder, as text. */
function everyFile(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) out.push(...everyFile(path));
      else out.push([path, readFileSync(path, 'utf8')]);
    } catch {
      /* vanished */
    }
  }
  return out;
}

interface Op {
  args: string[];
  /** What an exit 0 guarantees. */
  erased?: string[];
  added?: string[];
  cancelled?: string;
  restore?: boolean;
}

describe('forget, retention, restore, imports and cancel together, killed at random', () => {
  it(`keeps every acknowledged change and leaves no erased person anywhere (${ROUNDS} rounds)`, async () => {
    const dir = tempDir();
    const store = seed(dir);
    const seedValue = Date.now();
    const next = random(seedValue);
    const erased = new Set<string>();
    let added = new Map<string, number>();
    let cancelled = new Map<string, number>();
    let forgetNext = 100;
    let cancelNext = 40;
    let fresh = 1000;
    const outcomes = { ok: 0, killed: 0, refused: 0 };
    // The length of one command on this machine: kills land anywhere from start-up to exit.
    const timed = Date.now();
    expect((await run(store, ['member', 'forget', 'p-99', '--yes'])).code).toBe(0);
    erased.add(email(99));
    const span = Math.max(300, (Date.now() - timed) * 1.5);

    for (let round = 0; round < ROUNDS; round += 1) {
      const ops: Op[] = [];
      const csv = (name: string, lines: string[]) => {
        const file = join(tempDir(), name);
        writeFileSync(file, `${lines.join('\n')}\n`);
        return file;
      };
      const a = fresh++;
      const b = fresh++;
      ops.push({ args: ['member', 'forget', `p-${forgetNext}`, '--yes'], erased: [email(forgetNext)] });
      forgetNext += 1;
      ops.push({ args: ['member', 'import', csv('people.csv', ['first_name,last_name,email,organisation', `Nouveau,Venu ${letters(a)},${email(a)},GAL Test`])], added: [email(a)] });
      ops.push({
        args: [
          'register',
          '--import',
          csv('registrations.csv', ['session,email,received_at,first_name,last_name,organisation', `${SESSION},${email(b)},2026-01-15T10:00:00Z,Inscrit,Venu ${letters(b)},GAL Test`]),
        ],
        added: [email(b)],
      });
      if (cancelNext < 48) ops.push({ args: ['cancel', '--session', SESSION, '--member', `p-${cancelNext}`, '--yes'], cancelled: `reg-${cancelNext++}` });
      if (round === 1) ops.push({ args: ['retention', '--before', '2016', '--yes'], erased: Array.from({ length: 40 }, (_, i) => email(i)) });
      if (round % 3 === 2) ops.push({ args: ['backup', 'restore', 'latest', '--yes'], restore: true });

      const killed = ops.map(() => (next() < 0.35 ? Math.floor(next() * span) : undefined));
      const restores = () => loadStore(store).log.filter((e) => e.action === 'backup.restore').length;
      const restoresBefore = restores();
      const results = await Promise.all(ops.map((op, i) => run(store, op.args, killed[i])));
      // A restore acknowledged in this round may have put back a version older than any change of
      // this round or before; so may one killed after its commit, which the history then records.
      const restored = results.some((r, i) => r.code === 0 && ops[i]!.restore) || restores() > restoresBefore;
      if (restored) {
        added = new Map();
        cancelled = new Map();
      }
      results.forEach((r, i) => {
        const op = ops[i]!;
        if (r.code === 0) outcomes.ok += 1;
        else if (r.code === null || r.code === 137) outcomes.killed += 1;
        else outcomes.refused += 1;
        const context = `seed ${seedValue}, round ${round}, ${op.args.join(' ')}: exit ${r.code} ${r.stderr}`;
        // Killed, or exit 0: nothing else (no lock timeout, no invalid store).
        expect(r.code === 0 || killed[i] !== undefined, context).toBe(true);
        if (r.code !== 0) return;
        for (const e of op.erased ?? []) erased.add(e);
        if (!restored) {
          for (const e of op.added ?? []) added.set(e, round);
          if (op.cancelled) cancelled.set(op.cancelled, round);
        }
      });

      const context = `seed ${seedValue}, round ${round}, span ${span}, ${JSON.stringify(outcomes)}`;
      // The store and its history agree (every line it counts is there and valid).
      const data = loadStore(store);
      const emails = new Set(data.members.map((m) => m.email));
      for (const e of added.keys()) expect(emails.has(e), `${context}: ${e} lost`).toBe(true);
      for (const id of cancelled.keys()) expect(data.registrations.find((x) => x.id === id)?.status, `${context}: ${id}`).toBe('cancelled');
      for (const [file, text] of everyFile(dir)) {
        for (const e of erased) expect(text.includes(e), `${context}: ${e} in ${file}`).toBe(false);
      }
    }
    if (process.env.CAPRURAL_MEASURE) console.log(`seed ${seedValue}, span ${span} ms`, outcomes);
    expect(outcomes.ok).toBeGreaterThan(0);
    // Finally, with nothing running, the store and its backups are whole and doctor finds nothing to erase.
    const doctor = await run(store, ['doctor']);
    expect(doctor.stderr).not.toMatch(/still holds people who were erased/);
    expect(existsSync(`${store}.lock`) && statSync(`${store}.lock`).isFile()).toBe(false);
  }, 120_000);
});
