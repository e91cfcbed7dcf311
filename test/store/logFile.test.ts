// The store's history in an append-only file beside it (src/store/logFile.ts, schema 4): a change
// appends its lines and fsyncs them before the store's rename (the commit); a read that does not
// need the history never opens the file; every order of crash leaves a store and a history that
// agree; a damaged history is a StoreError (exit 3) that loses nothing.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLog } from '../../src/domain/log';
import { newStoreData } from '../../src/store/catalogue';
import type { StoreData } from '../../src/store/schema';
import { seedTwoPeople } from '../helpers/forgetScenario';
import { runCli } from '../helpers/runCli';
import { listBackups, loadStore, openStore, parseStore } from '../helpers/storeInternals';
import { bytesOf, fixedClock, tempDeps, tempDir } from '../helpers/tempStore';

const AT = new Date('2018-02-01T10:00:00.000Z');
const note = (data: StoreData, n: number) => appendLog(data, { at: AT, user: 'tester', action: 'note', target: null, details: { n } });
const lines = (path: string) => readFileSync(`${path}.log`, 'utf8').split('\n').filter(Boolean);
const fileOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the history file', () => {
  it('a change appends its entries, numbered, to store.json.log (0600); the store holds none and counts them in logSeq', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    await deps.store.update((d) => void (note(d, 1), note(d, 2)));
    const file = fileOf(deps.path);
    expect(file).not.toHaveProperty('log');
    expect(file.logSeq).toBe(5);
    expect(lines(deps.path).map((l) => JSON.parse(l).seq)).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.parse(lines(deps.path)[4]!)).toEqual({ seq: 5, at: AT.toISOString(), user: 'tester', action: 'note', target: null, details: { n: 2 } });
    expect(statSync(`${deps.path}.log`).mode & 0o777).toBe(0o600);
    // The backup kept is the version replaced: it counts the entries it had.
    expect(fileOf(listBackups(deps.path)[0]!).logSeq).toBe(3);
    expect((await deps.store.read({ log: true })).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'note', 'note']);
  });

  it('a read that does not need the history never reads it: a damaged history stops only the commands that show or rewrite it', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    writeFileSync(`${deps.path}.log`, 'pas du JSON\n');
    expect((await deps.store.read()).log).toEqual([]);
    for (const args of [['sessions'], ['eligibility', 'ana-lopez'], ['export', 'members'], ['member', 'list']]) expect((await runCli(args, { store: deps.path })).code, args.join(' ')).not.toBe(3);
    const before = bytesOf(deps.path);
    for (const args of [['log'], ['member', 'export', 'ana-lopez'], ['member', 'forget', 'ana-lopez', '--yes']]) {
      const r = await runCli(args, { store: deps.path });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/history .*store\.json\.log is damaged at line 1 \(the line is not JSON\)\. Nothing was changed\./);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const fr = await runCli(['log'], { store: deps.path, lang: 'fr' });
    expect(fr.stderr).toMatch(/L'historique du stockage .* est abîmé à la ligne 1 \(la ligne n'est pas du JSON\)/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect(readFileSync(`${deps.path}.log`, 'utf8')).toBe('pas du JSON\n');
  });

  it('lines after the store’s logSeq (a command killed before its commit) are never read, and the next change cuts them', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const log = `${deps.path}.log`;
    const committed = readFileSync(log, 'utf8');
    appendFileSync(log, `${JSON.stringify({ seq: 4, at: AT.toISOString(), user: 'killed', action: 'member.add', target: 'x', details: {} })}\n{"seq":5,"at":"2018`);
    appendFileSync(log, Buffer.alloc(300)); // a crash can leave zeros past the end
    expect((await deps.store.read({ log: true })).log).toHaveLength(3);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(0);
    expect(doctor.stdout + doctor.stderr).toMatch(/2 lines at the end of the history .* were written by a command stopped before it finished/);
    await deps.store.update((d) => void note(d, 1));
    expect(readFileSync(log, 'utf8')).toBe(`${committed}${lines(deps.path).at(-1)}\n`);
    expect(JSON.parse(lines(deps.path).at(-1)!)).toMatchObject({ seq: 4, user: 'tester', action: 'note' });
  });

  it('property: whatever the order of commits and crashes (lines appended, torn, or zeros), the history read is exactly what was committed', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), entries: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('crash' as const), whole: fc.integer({ min: 0, max: 3 }), torn: fc.boolean(), zeros: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('restore' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 7 }), async (ops) => {
        const path = join(tempDir(), 'store.json');
        const store = openStore(path, { now: fixedClock(AT.toISOString()), lockWaitMs: 5_000 });
        await store.create(true);
        const model: number[] = [];
        let counter = 0;
        for (const o of ops) {
          if (o.kind === 'change') {
            await store.update((d) => {
              for (let i = 0; i < o.entries; i += 1) note(d, (counter += 1));
            });
            for (let i = o.entries - 1; i >= 0; i -= 1) model.push(counter - i);
          } else if (o.kind === 'crash') {
            // What a process killed after its append and before its rename leaves.
            const next = fileOf(path).logSeq as number;
            let text = '';
            for (let i = 1; i <= o.whole; i += 1) text += `${JSON.stringify({ seq: next + i, at: AT.toISOString(), user: 'killed', action: 'note', target: null, details: { n: -1 } })}\n`;
            if (o.torn) text += `{"seq":${next + o.whole + 1},"at":"20`;
            appendFileSync(`${path}.log`, text);
            if (o.zeros) appendFileSync(`${path}.log`, Buffer.alloc(o.zeros));
          } else if (listBackups(path).length > 0) {
            await store.restore('latest', (data) => void appendLog(data, { at: AT, user: 'tester', action: 'backup.restore', target: null, details: {} }));
            model.push(0);
          }
          const log = (await store.read({ log: true })).log;
          expect(log.map((e) => (e.action === 'backup.restore' ? 0 : e.details.n))).toEqual(model);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('a history saved by an editor (byte-order mark, CRLF line ends) is still read, and appended to', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const log = `${deps.path}.log`;
    writeFileSync(log, `\uFEFF${readFileSync(log, 'utf8').replace(/\n/g, '\r\n')}`);
    expect((await deps.store.read({ log: true })).log).toHaveLength(3);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    expect(loadStore(deps.path).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'org.add']);
    expect((await runCli(['doctor'], { store: deps.path })).code).toBe(0);
  });

  it('a line damaged by hand inside the history: changes go on after it and keep it; doctor names the line, in French too', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const log = `${deps.path}.log`;
    const damaged = readFileSync(log, 'utf8').replace('"action":"register"', '"action":"register",');
    writeFileSync(log, damaged);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    expect(readFileSync(log, 'utf8').startsWith(damaged)).toBe(true);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toMatch(/history .*store\.json\.log is damaged at line 2 \(the line is not JSON\)/);
    const fr = await runCli(['doctor'], { store: deps.path, lang: 'fr' });
    expect(fr.stdout + fr.stderr).toMatch(/L'historique .* est abîmé à la ligne 2 .*\n?.*Gardez une copie du fichier/);
    const json = JSON.parse((await runCli(['doctor', '--json'], { store: deps.path })).stdout);
    expect(json.findings).toContainEqual(expect.objectContaining({ level: 'problem', code: 'doctorLogDamaged' }));
  });

  it('a history cut short: changes are refused (exit 3, nothing written); restoring the store onto itself goes on with what is left', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const log = `${deps.path}.log`;
    const kept = lines(deps.path).slice(0, 2);
    writeFileSync(log, `${kept.join('\n')}\n`);
    const before = bytesOf(deps.path);
    const r = await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ends at entry 2, but the store counts 3/);
    expect(bytesOf(deps.path).equals(before)).toBe(true);
    expect((await runCli(['log'], { store: deps.path })).code).toBe(3);
    const doctor = await runCli(['doctor'], { store: deps.path });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toContain(`caprural backup restore "${deps.path}" --yes`);
    expect((await runCli(['backup', 'restore', deps.path, '--yes'], { store: deps.path })).code).toBe(0);
    const data = loadStore(deps.path);
    expect(data.logSeq).toBe(3);
    expect(data.log.map((e) => e.action)).toEqual(['member.add', 'register', 'backup.restore']);
    expect(data.members.map((m) => m.id)).toEqual(['camille-durand', 'ana-lopez']);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
  });

  it('a history removed while the store counts entries: exit 3 for log and changes, reads still work', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    truncateSync(`${deps.path}.log`, 0);
    expect((await runCli(['log'], { store: deps.path })).stderr).toMatch(/ends at entry 0, but the store counts 3/);
    expect((await runCli(['member', 'list'], { store: deps.path })).code).toBe(0);
  });

  it('a store edited by hand to count far more entries than its history holds: exit 3 with the numbers, no crash', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    writeFileSync(deps.path, readFileSync(deps.path, 'utf8').replace('"logSeq":3', '"logSeq":1000000000000000'));
    for (const args of [['log'], ['org', 'add', '--name', 'PNR du Pilat']]) {
      const r = await runCli(args, { store: deps.path });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/ends at entry 3, but the store counts 1000000000000000/);
    }
  });

  it('restore continues the history: the entries of what was undone stay, the restore is appended', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    expect((await runCli(['backup', 'restore', 'latest', '--yes'], { store: deps.path })).code).toBe(0);
    const data = loadStore(deps.path);
    expect(data.organisations.map((o) => o.id)).toEqual(['gal-du-pays-de-gex']);
    expect(data.log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'org.add', 'backup.restore']);
    // Over a damaged store: every complete line is kept.
    writeFileSync(deps.path, '{"schemaVersion": 4, "cour');
    expect((await runCli(['backup', 'restore', 'latest', '--yes'], { store: deps.path })).code).toBe(0);
    expect(loadStore(deps.path).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'org.add', 'backup.restore', 'backup.restore']);
  });

  it('member forget rewrites the history scrubbed, with the same numbers; backups share it and keep their logSeq', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: deps.path })).code).toBe(0);
    const seqs = listBackups(deps.path).map((b) => fileOf(b).logSeq);
    const before = lines(deps.path).map((l) => JSON.parse(l));
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: deps.path })).code).toBe(0);
    const after = lines(deps.path).map((l) => JSON.parse(l));
    expect(after.map((e) => [e.seq, e.action])).toEqual([...before.map((e) => [e.seq, e.action]), [5, 'member.forget']]);
    expect(readFileSync(`${deps.path}.log`, 'utf8')).not.toMatch(/camille|Camille|Durand|old-mail/);
    expect(after[1].details).toEqual({ memberId: 'anonyme-1', reason: '[erased]', contact: '[erased]' });
    expect(
      listBackups(deps.path)
        .slice(1)
        .map((b) => fileOf(b).logSeq),
    ).toEqual(seqs);
    expect(fileOf(deps.path).logSeq).toBe(5);
    // Leftover temporary files of the history's own staging never stay.
    expect(readdirSync(join(deps.path, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a FIFO or a folder at the history’s path is refused at once (exit 3), never opened; reads that do not need the history work', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const log = `${deps.path}.log`;
    rmSync(log);
    execFileSync('mkfifo', [log]);
    for (const args of [['log'], ['org', 'add', '--name', 'PNR du Pilat'], ['member', 'forget', 'ana-lopez', '--yes']]) {
      const r = await runCli(args, { store: deps.path });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/history .*store\.json\.log is not a regular file/);
    }
    expect((await runCli(['sessions'], { store: deps.path })).code).toBe(0);
    const doctor = await runCli(['doctor'], { store: deps.path, lang: 'fr' });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout + doctor.stderr).toMatch(/n'est pas un fichier ordinaire/);
    rmSync(log);
    mkdirSync(log);
    expect((await runCli(['log'], { store: deps.path })).stderr).toMatch(/not a regular file/);
  });

  it('the history file is never an --output', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const before = bytesOf(`${deps.path}.log`);
    const r = await runCli(['export', 'members', '--output', `${deps.path}.log`, '--yes'], { store: deps.path });
    expect(r.code).toBe(2);
    expect(bytesOf(`${deps.path}.log`).equals(before)).toBe(true);
  });
});

describe('schema 3 → 4', () => {
  /** A store as caprural 3 wrote it: its history inside. */
  function v3Store(): { path: string; text: string; data: StoreData } {
    const data = newStoreData();
    seedTwoPeople(data);
    const { logSeq: _seq, ...rest } = data;
    const text = `${JSON.stringify({ ...rest, schemaVersion: 3 })}\n`;
    const path = join(tempDir(), 'store.json');
    writeFileSync(path, text, { mode: 0o600 });
    return { path, text, data };
  }

  it('reads a v3 store with its history inside, writing nothing; the next change moves the history out, keeping the v3 file as a backup', async () => {
    const { path, text, data } = v3Store();
    const log = await runCli(['--json', 'log'], { store: path });
    expect(JSON.parse(log.stdout).map((e: { action: string }) => e.action)).toEqual(['member.add', 'register', 'member.add']);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(existsSync(`${path}.log`)).toBe(false);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: path })).code).toBe(0);
    const file = fileOf(path);
    expect(file.schemaVersion).toBe(4);
    expect(file).not.toHaveProperty('log');
    expect(loadStore(path).log).toEqual([...data.log, expect.objectContaining({ action: 'org.add', target: 'pnr-du-pilat' })]);
    expect(readFileSync(listBackups(path)[0]!, 'utf8')).toBe(text);
    // That backup still restores (its own history is not taken back: the store's continues).
    expect((await runCli(['backup', 'restore', 'latest', '--yes'], { store: path })).code).toBe(0);
    expect(loadStore(path).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'org.add', 'backup.restore']);
  });

  it('a history file already beside a v3 store is set aside, never cut or mixed in; doctor says where', async () => {
    const { path } = v3Store();
    writeFileSync(`${path}.log`, '{"seq":1,"note":"une autre histoire"}\n');
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: path })).code).toBe(0);
    const aside = readdirSync(join(path, '..')).filter((n) => n.endsWith('.aside'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(path, '..', aside[0]!), 'utf8')).toBe('{"seq":1,"note":"une autre histoire"}\n');
    expect(loadStore(path).log).toHaveLength(4);
    const doctor = await runCli(['doctor'], { store: path });
    expect(doctor.stdout + doctor.stderr).toContain(basename(aside[0]!));
  });

  it('an erasure scrubs the histories set aside too (a line that is not an entry: named, to be deleted)', async () => {
    const { path } = v3Store();
    const entry = { seq: 7, at: AT.toISOString(), user: 'o', action: 'member.edit', target: 'camille-durand', details: { reason: 'Camille Durand a appelé' } };
    writeFileSync(`${path}.log`, `${JSON.stringify(entry)}\n`);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: path })).code).toBe(0);
    writeFileSync(`${path}.log.2017-01-01T00-00-00.000Z.aside`, 'pas une entrée\n');
    const r = await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: path });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2017-01-01T00-00-00.000Z.aside');
    const aside = readdirSync(join(path, '..')).filter((n) => n.endsWith('.aside') && !n.startsWith('store.json.log.2017'));
    const text = readFileSync(join(path, '..', aside[0]!), 'utf8');
    expect(JSON.parse(text)).toEqual({ ...entry, target: 'anonyme-1', details: { reason: '[erased]' } });
  });

  it('an erasure on a v3 store with a history file beside it sets that file aside, scrubbed', async () => {
    const { path } = v3Store();
    const entry = { seq: 1, at: AT.toISOString(), user: 'o', action: 'member.add', target: 'camille-durand', details: { contact: 'c.durand@old-mail.fr' } };
    writeFileSync(`${path}.log`, `${JSON.stringify(entry)}\n`);
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: path })).code).toBe(0);
    const aside = readdirSync(join(path, '..')).filter((n) => n.endsWith('.aside'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(path, '..', aside[0]!), 'utf8'))).toEqual({ ...entry, target: 'anonyme-1', details: { contact: '[erased]' } });
    expect(loadStore(path).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'member.forget']);
  });

  it('an erasure on a v3 store writes the history file and keeps v3 backups as v3, scrubbed, their history inside', async () => {
    const { path } = v3Store();
    expect((await runCli(['member', 'forget', 'camille-durand', '--yes'], { store: path })).code).toBe(0);
    expect(fileOf(path).schemaVersion).toBe(4);
    expect(loadStore(path).log.map((e) => e.action)).toEqual(['member.add', 'register', 'member.add', 'member.forget']);
    const backup = fileOf(listBackups(path)[0]!);
    expect(backup.schemaVersion).toBe(3);
    expect((backup.log as unknown[]).length).toBe(3);
    expect(JSON.stringify(backup)).not.toMatch(/camille|Camille|old-mail/);
    expect(() => parseStore(readFileSync(listBackups(path)[0]!, 'utf8'), 'b')).not.toThrow();
  });

  it('a v4 store with a history inside was not written by caprural: refused (exit 3), untouched', async () => {
    const deps = await tempDeps({ seed: seedTwoPeople });
    const text = readFileSync(deps.path, 'utf8').replace('"logSeq":', '"log":[],"logSeq":');
    writeFileSync(deps.path, text);
    const r = await runCli(['sessions'], { store: deps.path });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/holds its history inside/);
    expect(readFileSync(deps.path, 'utf8')).toBe(text);
  });
});

describe('a new store', () => {
  it('init beside a history left by a store that is gone sets it aside (a new store never counts lines it did not write)', async () => {
    const dir = tempDir();
    const path = join(dir, 'store.json');
    writeFileSync(`${path}.log`, '{"seq":1,"at":"2018-01-01T00:00:00.000Z","user":"u","action":"note","target":null,"details":{}}\n');
    expect((await runCli(['init'], { store: path })).code).toBe(0);
    expect(readdirSync(dir).filter((n) => n.endsWith('.aside'))).toHaveLength(1);
    expect((await runCli(['org', 'add', '--name', 'PNR du Pilat'], { store: path })).code).toBe(0);
    expect(loadStore(path).log.map((e) => e.action)).toEqual(['org.add']);
  });
});
