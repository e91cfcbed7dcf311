// Writes the benchmark's stores (bench/generate.ts) as caprural writes them (validated, compact
// JSON, mode 0600; the history in the file beside the store, one line per entry), the CSV files of the bulk imports, and what the runs need to know, as JSON
// on stdout. Usage (bundled by bench/run.js): generate.mjs DIR SIZE-NAME…
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_NOW, buildStore, OPEN_YEAR, SIZES, type SizeName } from './generate';
import { schemaProblem, serialiseStore } from '../src/store/codec';
import { logPathOf, serialiseLog } from '../src/store/logFile';
import type { StoreData } from '../src/store/index';

const [dir, ...names] = process.argv.slice(2) as [string, ...SizeName[]];

/** For one store: an open session, people not registered to it (one per run), and a name to look up. */
function targetsOf(data: StoreData) {
  const open = data.sessions.find((s) => s.status === 'scheduled' && s.year === OPEN_YEAR);
  const registered = new Set(data.registrations.filter((r) => r.sessionId === open?.id).map((r) => r.memberId));
  const newcomers = data.members.filter((m) => !registered.has(m.id)).slice(0, 60);
  const known = data.members[Math.min(1_234, data.members.length - 1)]!;
  return { openSession: open?.id ?? null, newcomers: newcomers.map((m) => m.email), eligibilityName: `${known.lastName} ${known.firstName}` };
}

/** The bulk-import inputs for a store: 20,000 new people, and 50,000 registrations of its people to open sessions. */
function writeImports(data: StoreData): void {
  const people = ['first_name,last_name,email,phone,organisation'];
  for (let i = 0; i < 20_000; i += 1) {
    const m = data.members[i % data.members.length]!;
    people.push(
      `${m.firstName},${m.lastName}-nouveau,import${i}@nouveau.example.fr,06 77 83 ${String(i % 100).padStart(2, '0')} ${String(Math.floor(i / 100) % 100).padStart(2, '0')},${data.organisations[i % data.organisations.length]!.name}`,
    );
  }
  writeFileSync(join(dir, 'members-20000.csv'), `${people.join('\n')}\n`);
  const open = data.sessions.filter((s) => s.status === 'scheduled' && s.year === OPEN_YEAR);
  const existing = new Set(data.registrations.map((r) => `${r.sessionId} ${r.memberId}`));
  const rows = ['session,email,received_at'];
  for (let k = 0; rows.length <= 50_000; k += 1) {
    const session = open[k % open.length]!;
    const member = data.members[(Math.floor(k / open.length) + (k % open.length) * 20) % data.members.length]!;
    const key = `${session.id} ${member.id}`;
    if (existing.has(key)) continue;
    existing.add(key);
    rows.push(`${session.id},${member.email},2026-05-${String(1 + (k % 28)).padStart(2, '0')}T09:${String(k % 60).padStart(2, '0')}:00Z`);
  }
  writeFileSync(join(dir, 'registrations-50000.csv'), `${rows.join('\n')}\n`);
}

const out: Record<string, unknown> = { now: BENCH_NOW.toISOString(), stores: {} };
for (const name of names) {
  const started = Date.now();
  const data = buildStore(SIZES[name]);
  const built = Date.now() - started;
  data.logSeq = data.log.length;
  const problem = schemaProblem(data);
  if (problem) throw new Error(`the ${name} store is not valid: ${problem}`);
  const text = serialiseStore(data);
  const path = join(dir, `${name}.json`);
  // The history first, as a change writes it: then the store that counts it.
  const logText = serialiseLog(data.log);
  writeFileSync(logPathOf(path), logText, { mode: 0o600 });
  writeFileSync(path, text, { mode: 0o600 });
  const logBytes = Buffer.byteLength(logText);
  const outboxBytes = Buffer.byteLength(JSON.stringify(data.outbox ?? []));
  (out.stores as Record<string, unknown>)[name] = {
    path,
    // The data on disk: the store and its history.
    bytes: Buffer.byteLength(text) + logBytes,
    storeBytes: Buffer.byteLength(text),
    logBytes,
    outboxBytes,
    counts: { people: data.members.length, sessions: data.sessions.length, registrations: data.registrations.length, log: data.log.length, outbox: data.outbox?.length ?? 0 },
    buildMs: built,
    ...targetsOf(data),
  };
  if (name === 'national') writeImports(data);
}
process.stdout.write(JSON.stringify(out));
