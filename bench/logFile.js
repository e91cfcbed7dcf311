// Issue 20, item 4: keeping the log in an append-only file beside the store (one JSON line per
// entry, caprural's schema 4) against the whole-file rewrite of schema 3, on the national store as
// real use builds it (bench/generate.ts). Two parts, each in child processes with a clean
// environment, pairs interleaved:
//
// 1. The floors: each variant below is the least a command can do, like bench/floor.js.
// 2. With --before PATH (bin/caprural.js of a build of schema 3, e.g. the commit before this
//    change): the real commands, that build on the store with its log inside against this one on
//    the store and its history file, each on its own copy (its fingerprint trusted, as in use).
//
//   whole        today: read the store (log inside), parse, add a registration and its log entry,
//                stringify, write (temp file, fsync, rename) keeping the replaced version as a
//                backup (hard link), as caprural does.
//   split        the store without its log, the same change; the entry appended to store.log
//                (one line, fsync) before the store is renamed. Backups then share the one log file.
//   split+copy   split, plus a copy of the log file kept with each backup, so that every backup
//                still holds the history as it was (today's guarantee).
//   read-*       what a read-only command (sessions, eligibility, export) must read and parse.
//   log-*        what `caprural log` must read and parse.
//   scrub-split  what an erasure adds in split: the log file read, scrubbed and rewritten.
//
//   node bench/logFile.js [--size national|national×10] [--pairs N] [--node PATH] [--before PATH/bin/caprural.js]
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  copyFileSync,
  cpSync,
  symlinkSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, ...files] = process.argv.slice(2);

/** Writes `text` to `path` as caprural does: unique temp file, fsync, the current version hard-linked into the backups, rename. */
function writeAtomic(path, text, backups) {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  writeSync(fd, text);
  fsyncSync(fd);
  closeSync(fd);
  if (backups) {
    mkdirSync(backups.dir, { recursive: true });
    linkSync(path, join(backups.dir, `${backups.name}.json`));
    backups.copyLog?.(join(backups.dir, `${backups.name}.log`));
  }
  renameSync(tmp, path);
}

/** The change of a `register`: one registration, one log entry. */
function change(data) {
  const r = { ...data.registrations[data.registrations.length - 1], id: `reg-bench-${process.pid}` };
  data.registrations.push(r);
  return { at: new Date().toISOString(), user: 'bench', action: 'registration.add', target: r.id, details: { session: r.sessionId, member: r.memberId, status: r.status, receivedAt: r.receivedAt } };
}

const backupsOf = (path) => ({ dir: `${path}.backups`, name: `${process.pid}-${Date.now()}` });

const children = {
  whole([store]) {
    const data = JSON.parse(readFileSync(store, 'utf8'));
    data.log.push(change(data));
    writeAtomic(store, JSON.stringify(data), backupsOf(store));
  },
  split([store, log], copy = false) {
    const data = JSON.parse(readFileSync(store, 'utf8'));
    const entry = change(data);
    data.logEntries += 1;
    const text = JSON.stringify(data);
    const backups = backupsOf(store);
    if (copy) backups.copyLog = (to) => copyFileSync(log, to);
    // The entry first: a crash before the rename leaves a line the store does not count (ignored, then cut).
    const fd = openSync(log, 'a');
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
    closeSync(fd);
    writeAtomic(store, text, backups);
  },
  'split+copy'(paths) {
    children.split(paths, true);
  },
  'read-whole'([store]) {
    JSON.parse(readFileSync(store, 'utf8'));
  },
  'read-split'([store]) {
    JSON.parse(readFileSync(store, 'utf8'));
  },
  'log-whole'([store]) {
    JSON.parse(readFileSync(store, 'utf8')).log.length;
  },
  'log-split'([, log]) {
    const text = readFileSync(log, 'utf8');
    const entries = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) entries.push(JSON.parse(text.slice(start, end)));
    return entries.length;
  },
  'scrub-split'([, log]) {
    const lines = readFileSync(log, 'utf8').split('\n');
    const out = lines.map((line) => (line.includes('"member":"') ? line.replace(/"member":"[^"]*"/, '"member":"anonyme-1"') : line));
    const tmp = `${log}.${process.pid}.tmp`;
    writeFileSync(tmp, out.join('\n'), { mode: 0o600 });
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, log);
  },
};

if (mode && children[mode]) {
  children[mode](files);
} else {
  const { generateStores } = await import('./stores.js');
  const argv = process.argv.slice(2);
  const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const size = option('--size', 'national');
  const pairs = Number(option('--pairs', size === 'national' ? 9 : 1));
  const NODE = option('--node', process.execPath);
  const self = fileURLToPath(import.meta.url);
  const work = mkdtempSync(join(tmpdir(), 'caprural-logfile-'));
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, LANG: 'C' };
  try {
    const facts = await generateStores(work, [size], env);
    const source = facts.stores[size].path;
    // The generated store is laid out as schema 4 (the history beside it); schema 3 held it inside.
    const { logSeq: _seq, ...rest } = JSON.parse(readFileSync(source, 'utf8'));
    const lines = readFileSync(`${source}.log`, 'utf8');
    const log = lines
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { seq: _n, ...entry } = JSON.parse(line);
        return entry;
      });
    const data = { ...rest, schemaVersion: 3, log };
    const wholeText = `${JSON.stringify(data)}\n`;
    const whole = join(work, 'whole', 'store.json');
    const split = join(work, 'split', 'store.json');
    const splitCopy = join(work, 'split-copy', 'store.json');
    for (const p of [whole, split, splitCopy]) mkdirSync(dirname(p), { recursive: true });
    writeFileSync(whole, wholeText, { mode: 0o600 });
    const withoutLog = `${JSON.stringify({ ...rest, logEntries: log.length })}\n`;
    for (const p of [split, splitCopy]) {
      writeFileSync(p, withoutLog, { mode: 0o600 });
      writeFileSync(`${p}.log`, lines, { mode: 0o600 });
    }
    const mb = (p) => (statSync(p).size / 1e6).toFixed(1);
    console.log(
      `${size}: store with its log ${mb(whole)} MB; without it ${mb(split)} MB, and the log file ${mb(`${split}.log`)} MB (${data.log.length} entries). Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}, load ${loadavg()[0].toFixed(1)}.`,
    );

    const run = (variant, paths) => {
      const t = process.hrtime.bigint();
      const r = spawnSync(NODE, [self, variant, ...paths], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0) throw new Error(`${variant}: ${r.stderr}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const q = (xs, f) => {
      const s = [...xs].sort((a, b) => a - b);
      const p = (s.length - 1) * f;
      return s[Math.floor(p)] + (s[Math.ceil(p)] - s[Math.floor(p)]) * (p - Math.floor(p));
    };
    const results = [];
    const pair = (label, a, b) => {
      run(...a);
      run(...b);
      const ta = [];
      const tb = [];
      for (let i = 0; i < pairs; i += 1) {
        if (i % 2 === 0) (ta.push(run(...a)), tb.push(run(...b)));
        else (tb.push(run(...b)), ta.push(run(...a)));
      }
      const ratios = tb.map((x, i) => x / ta[i]);
      const row = { label, today: Math.round(q(ta, 0.5)), split: Math.round(q(tb, 0.5)), ratio: +q(ratios, 0.5).toFixed(2), iqr: [+q(ratios, 0.25).toFixed(2), +q(ratios, 0.75).toFixed(2)] };
      results.push(row);
      console.log(`  ${label.padEnd(44)} today ${String(row.today).padStart(6)} ms, split ${String(row.split).padStart(6)} ms: ${row.ratio.toFixed(2)}× [${row.iqr.join('–')}]`);
      for (const p of [whole, split, splitCopy]) rmSync(`${p}.backups`, { recursive: true, force: true });
    };
    console.log(`Interleaved pairs (${pairs}), ratio split/today, median [interquartile range]:`);
    pair('a change (register, member add…)', ['whole', [whole]], ['split', [split, `${split}.log`]]);
    pair('a change, each backup with its own log copy', ['whole', [whole]], ['split+copy', [splitCopy, `${splitCopy}.log`]]);
    pair('a read (sessions, eligibility, export)', ['read-whole', [whole]], ['read-split', [split]]);
    pair('caprural log', ['log-whole', [whole]], ['log-split', [split, `${split}.log`]]);
    pair('an erasure, the log part (today: in the store)', ['read-whole', [whole]], ['scrub-split', [split, `${split}.log`]]);

    // 2. The real commands: the schema-3 build on the store with its log inside, this build on the
    // store and its history file (schema 4), each on its own copy.
    const BEFORE = option('--before', null);
    if (BEFORE) {
      // A snapshot of this build: a rebuild while the bench runs changes nothing here.
      const root = join(dirname(self), '..');
      const app = join(work, 'app');
      for (const dir of ['bin', 'dist']) cpSync(join(root, dir), join(app, dir), { recursive: true });
      copyFileSync(join(root, 'package.json'), join(app, 'package.json'));
      symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
      const NOW = join(app, 'bin', 'caprural.js');
      const before = join(work, 'before', 'store.json');
      const now = join(work, 'now', 'store.json');
      for (const p of [before, now]) mkdirSync(dirname(p), { recursive: true });
      writeFileSync(before, wholeText, { mode: 0o600 });
      copyFileSync(source, now);
      copyFileSync(`${source}.log`, `${now}.log`);
      const s = facts.stores[size];
      const people = data.members.slice(100, 200).map((m) => m.id);
      const cli = (bin, store) => (args) => [bin, '--store', store, ...args];
      const timed = (argv) => {
        const t = process.hrtime.bigint();
        const r = spawnSync(NODE, argv, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
        if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.slice(1).join(' ')}: exit ${r.status} ${r.stderr}`);
        return Number(process.hrtime.bigint() - t) / 1e6;
      };
      // Each side trusts its own copy from then on, as after any command of the user's.
      timed(cli(BEFORE, before)(['sessions', '--json']));
      timed(cli(NOW, now)(['sessions', '--json']));
      const commands = {
        register: (k) => ['register', '--session', s.openSession, '--member', s.newcomers[k], '--received-at', '2026-06-01T10:00:00Z'],
        'member add': (k) => [
          'member',
          'add',
          '--first',
          'Zoé',
          '--last',
          `Nouvelle-Lœuvre ${String.fromCharCode(97 + (k % 26)).repeat(1 + Math.floor(k / 26))}`,
          '--email',
          `zoe.nouvelle.${k}@example.fr`,
        ],
        'sessions --json': () => ['sessions', '--json'],
        eligibility: () => ['eligibility', s.eligibilityName],
        'export registrations': () => ['export', 'registrations'],
        'log --json': () => ['log', '--json'],
        'member forget': (k) => ['member', 'forget', people[k], '--yes'],
      };
      console.log(`The real commands: caprural ${basename(dirname(dirname(BEFORE)))} (schema 3, log inside) against this build (schema 4), ${pairs} pairs, ratio now/before:`);
      for (const [label, args] of Object.entries(commands)) {
        let kb = 0;
        let kn = 0;
        const ta = [];
        const tb = [];
        timed(cli(BEFORE, before)(args(kb++)));
        timed(cli(NOW, now)(args(kn++)));
        // An erasure rewrites every backup (10 of the store's size): fewer pairs.
        const n = label === 'member forget' ? Math.min(pairs, 3) : pairs;
        for (let i = 0; i < n; i += 1) {
          if (i % 2 === 0) (ta.push(timed(cli(BEFORE, before)(args(kb++)))), tb.push(timed(cli(NOW, now)(args(kn++)))));
          else (tb.push(timed(cli(NOW, now)(args(kn++)))), ta.push(timed(cli(BEFORE, before)(args(kb++)))));
        }
        const ratios = tb.map((x, i) => x / ta[i]);
        const row = {
          label: `caprural ${label}`,
          today: Math.round(q(ta, 0.5)),
          split: Math.round(q(tb, 0.5)),
          ratio: +q(ratios, 0.5).toFixed(2),
          iqr: [+q(ratios, 0.25).toFixed(2), +q(ratios, 0.75).toFixed(2)],
        };
        results.push(row);
        console.log(`  ${row.label.padEnd(44)} before ${String(row.today).padStart(6)} ms, now ${String(row.split).padStart(6)} ms: ${row.ratio.toFixed(2)}× [${row.iqr.join('–')}]`);
      }
    }
    writeFileSync(join(dirname(self), `logFile-results.json`), `${JSON.stringify({ date: new Date().toISOString(), size, pairs, load: loadavg(), results }, null, 2)}\n`);
    console.log(`Written: bench/logFile-results.json (${basename(self)})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
