// The only module that touches `process`: arguments, streams, environment, exit code, signals.
import { userInfo } from 'node:os';
import { outputFailedLine, run } from './cli/program';

/** Exit code when standard output cannot be written (EX_IOERR): neither a refusal nor a usage error. */
const OUTPUT_FAILED = 74;

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

// `caprural … | head` closes stdout early: end quietly. Any other failure to write the answer
// (`> /dev/full`) is one line and its own exit code: the change, if any, is already saved.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`${outputFailedLine(process.argv.slice(2), process.env, error.code ?? error.message)}\n`);
  } finally {
    process.exit(OUTPUT_FAILED);
  }
});

// Ctrl-C and SIGTERM: work under the store's lock stops at its next step, writes nothing and
// releases the lock (exit 130, or 143 for SIGTERM). Anything else still running after a grace
// period ends then; a second signal ends at once.
const controller = new AbortController();
let signalled: NodeJS.Signals | null = null;
// While a pager shows the output, Ctrl-C is the pager's (less stops a search with it).
let held = 0;
const codeOf = (signal: NodeJS.Signals) => (signal === 'SIGTERM' ? 143 : 130);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signal === 'SIGINT' && held > 0) return;
    if (signalled) process.exit(codeOf(signal));
    signalled = signal;
    controller.abort();
    setTimeout(() => process.exit(codeOf(signal)), 3_000).unref();
  });
}

// --no-color reaches the prompts too: inquirer colours through node:util's styleText, which
// follows NO_COLOR unless FORCE_COLOR is set (and is loaded only later, when a command asks something).
const argv = process.argv.slice(2);
const endOfOptions = argv.indexOf('--');
if ((endOfOptions < 0 ? argv : argv.slice(0, endOfOptions)).includes('--no-color')) {
  process.env.NO_COLOR = '1';
  delete process.env.FORCE_COLOR;
}

// Not a top-level await: the bundle is CommonJS (scripts/build.js).
void run({
  argv,
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // Made on first use: opening stdin costs a few ms that a command run from a script never needs.
  get stdin() {
    return process.stdin;
  },
  isTTY: Boolean(process.stderr.isTTY && process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
  rows: process.stdout.rows,
  holdInterrupts: () => {
    held += 1;
    let released = false;
    return () => {
      if (!released) held -= 1;
      released = true;
    };
  },
  user: osUser(),
  clock: () => new Date(),
  signal: controller.signal,
  pid: process.pid,
  runtime: process.versions.node,
  isAlive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
}).then((code) => {
  process.exitCode = signalled && code === 130 ? codeOf(signalled) : code;
});
