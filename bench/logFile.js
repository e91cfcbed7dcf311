// Issue 20, item 4: what would keeping the log in an append-only file beside the store (one JSON
// line per entry) gain against today's whole-file rewrite? A prototype, measured on the national
// store as real use builds it (bench/generate.ts). Each variant is a floor like bench/floor.js:
// the least a command can do, in a child process with a clean environment, pairs interleaved.
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
//   node bench/logFile.js [--size national|national×10] [--pairs N] [--node PATH]
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, copyFileSync, fsyncSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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
    const data = JSON.parse(readFileSync(source, 'utf8'));
    const whole = join(work, 'whole', 'store.json');
    const split = join(work, 'split', 'store.json');
    const splitCopy = join(work, 'split-copy', 'store.json');
    for (const p of [whole, split, splitCopy]) mkdirSync(dirname(p), { recursive: true });
    copyFileSync(source, whole);
    const lines = data.log.map((e) => `${JSON.stringify(e)}\n`).join('');
    const { log, ...rest } = data;
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
    writeFileSync(join(dirname(self), `logFile-results.json`), `${JSON.stringify({ date: new Date().toISOString(), size, pairs, load: loadavg(), results }, null, 2)}\n`);
    console.log(`Written: bench/logFile-results.json (${basename(self)})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
