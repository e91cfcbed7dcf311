// `npm run bench`: caprural's speed and memory against the only honest references there are,
// measured in the same run on this machine: bare Node (`node -e 0`) for start-up, and for each
// command on a store, a floor script that reads, parses, changes one value, stringifies and
// writes the same file (bench/floor.js). Every figure is a median of interleaved runs
// (command, floor, command, floor…) so that a busy machine slows both alike.
// Prints a table and writes bench/results.json. Stores are generated through caprural's own
// domain code (bench/generate.ts) into a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'bin/caprural.js');
const FLOOR = join(root, 'bench/floor.js');
const PEAK = join(root, 'bench/peakMemory.js');
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'caprural-bench-'));
const started = Date.now();

function generate() {
  const script = join(work, 'generate.mjs');
  return build({
    entryPoints: [join(root, 'bench/generate.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }).then(() => {
    const r = spawnSync(process.execPath, [script, work], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`generating the stores failed:\n${r.stderr}`);
    return JSON.parse(r.stdout);
  });
}

const env = { PATH: process.env.PATH, HOME: work, LANG: 'C', CAPRURAL_LOCK_WAIT_MS: '60000' };

/** One run: a fresh copy of the store (not timed), then the command, timed from spawn to exit. */
function once(argv, template, memory = false) {
  const store = join(work, 'run.json');
  if (template) copyFileSync(template, store);
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const args = (memory ? ['--import', PEAK] : []).concat(argv.map((a) => (a === '$STORE' ? store : a)));
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, BENCH_RSS_FILE: rssFile } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && !(argv.includes('eligibility') && r.status === 1)) {
    throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  rmSync(`${store}.backups`, { recursive: true, force: true });
  return memory ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median time of a command and of its reference, runs interleaved; peak memory of one run each. */
function compare(argv, reference, template, runs) {
  const a = [];
  const b = [];
  once(argv, template); // warm the file cache for both
  once(reference, template);
  for (let i = 0; i < runs; i += 1) {
    a.push(once(argv, template));
    b.push(once(reference, template));
  }
  return { ms: median(a), floorMs: median(b), mb: once(argv, template, true), floorMb: once(reference, template, true) };
}

const cli = (...args) => [BIN, '--store', '$STORE', ...args];
const rows = [];
function record(group, name, result, target) {
  const ratio = result.ms / result.floorMs;
  const memRatio = result.mb / result.floorMb;
  const row = {
    group,
    name,
    ms: round(result.ms),
    floorMs: round(result.floorMs),
    ratio: round(ratio, 2),
    target: target ?? null,
    meets: target ? ratio <= target : null,
    mb: round(result.mb),
    floorMb: round(result.floorMb),
    memRatio: round(memRatio, 2),
    memMeets: memRatio <= 3,
  };
  rows.push(row);
  const mark = (ok) => (ok === null ? '  ' : ok ? 'ok' : 'NO');
  console.log(
    `${group.padEnd(9)} ${name.padEnd(30)} ${String(row.ms).padStart(7)} ms / ${String(row.floorMs).padStart(6)} ms = ${row.ratio.toFixed(2).padStart(5)}x ${target ? `(<= ${target}x ${mark(row.meets)})` : '           '}  mem ${String(row.mb).padStart(5)} / ${String(row.floorMb).padStart(5)} MB = ${row.memRatio.toFixed(2)}x ${mark(row.memMeets)}`,
  );
}
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

try {
  const targets = await generate();
  const { paths } = targets;
  const size = (name) => statSync(paths[name]).size;
  console.log(
    `Stores: demo ${(size('demo') / 1e3).toFixed(0)} kB, region ${(size('region') / 1e6).toFixed(1)} MB, national ${(size('national') / 1e6).toFixed(1)} MB (generated in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  const bare = ['-e', '0'];
  const n = quick ? 5 : 15;
  record('start-up', '--version', compare([BIN, '--version'], bare, null, n), 1.5);
  record('start-up', '--help', compare([BIN, '--help'], bare, null, n), 1.5);
  record('start-up', 'sessions --json (demo)', compare(cli('sessions', '--json'), bare, paths.demo, n), 2.0);

  const perCommand = {};
  for (const name of ['region', 'national']) {
    const t = targets[name];
    const floor = [FLOOR, '$STORE'];
    const runs = quick ? 3 : name === 'national' ? 11 : 9;
    const commands = {
      sessions: cli('sessions', '--json'),
      eligibility: cli('eligibility', t.eligibilityName),
      register: cli('register', '--session', t.openSession, '--member', t.registerMember, '--received-at', targets.receivedAt),
      'member add': cli('member', 'add', '--first', 'Zoé', '--last', 'Nouvelle', '--email', 'zoe.nouvelle@example.fr'),
      'export registrations': cli('export', 'registrations'),
      // The year with the most sessions (the generator's open year: half the sessions), as a page with its charts
      // (--yes: the page of the previous run is replaced).
      'report --year 2027': cli('report', '--year', '2027', '--output', join(work, 'report.html'), '--yes'),
    };
    perCommand[name] = {};
    for (const [label, argv] of Object.entries(commands)) {
      const result = compare(argv, floor, paths[name], runs);
      perCommand[name][label] = result.ms;
      const target = name !== 'national' || label === 'export registrations' ? null : label.startsWith('report') ? 2 : 1.5;
      record(name, label, result, target);
    }
  }

  const bulkRuns = quick ? 1 : 3;
  record('bulk', 'member import 20,000 rows', compare(cli('member', 'import', join(work, 'members-20000.csv')), [FLOOR, '$STORE'], paths.national, bulkRuns), 8);
  record('bulk', 'register --import 50,000 rows', compare(cli('register', '--import', join(work, 'registrations-50000.csv')), [FLOOR, '$STORE'], paths.national, bulkRuns), 8);

  const sizeGrowth = size('national') / size('region');
  console.log(`\nGrowth from region to national (the store grows ${sizeGrowth.toFixed(1)}x):`);
  const growth = Object.keys(perCommand.region).map((label) => {
    const g = perCommand.national[label] / perCommand.region[label];
    console.log(`  ${label.padEnd(22)} ${g.toFixed(1)}x ${g <= sizeGrowth ? 'ok' : 'NO: faster than the store'}`);
    return { command: label, growth: round(g, 2), meets: g <= sizeGrowth };
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nDone in ${seconds.toFixed(0)} s on Node ${process.version}.`);
  writeFileSync(
    join(root, 'bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, seconds: round(seconds), storeBytes: { demo: size('demo'), region: size('region'), national: size('national') }, rows, growth: { sizeGrowth: round(sizeGrowth, 2), commands: growth } }, null, 2)}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
