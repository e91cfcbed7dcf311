// The only module that touches `process`: arguments, streams, environment, exit code, signals.
import { fstatSync, statSync, writeSync } from 'node:fs';
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

function outputFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`${outputFailedLine(process.argv.slice(2), process.env, error.code ?? error.message)}\n`);
  } finally {
    process.exit(OUTPUT_FAILED);
  }
}

// Node makes a stream for stdout, stderr or stdin when it is first used, and loads its streams
// for it (for a pipe, its sockets too): about 3 ms of a start on Node 24, for streams that a
// command writing its answer to a file or a pipe, with nothing to say on stderr, never needs.
// So whether each is a terminal is first asked of the file itself (fstat): a regular file, a pipe
// or /dev/null is none, without making the stream. Anything else (a terminal, another device)
// is asked of the stream, as before.
/** What is open on `fd`: 'file' (a regular file or /dev/null), 'pipe' (a pipe or a socket), or 'other'. */
const kinds = new Map<number, 'file' | 'pipe' | 'other'>();
const kindOf = (fd: number) => kinds.get(fd) ?? kinds.set(fd, openOn(fd)).get(fd)!;
function openOn(fd: number): 'file' | 'pipe' | 'other' {
  if (process.platform === 'win32') return 'other';
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return 'file';
    if (stat.isFIFO() || stat.isSocket()) return 'pipe';
    if (stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev) return 'file';
  } catch {
    /* closed, or not to be asked: the stream answers */
  }
  return 'other';
}
const isTerminal = (fd: number, stream: () => { isTTY?: boolean }) => kindOf(fd) === 'other' && Boolean(stream().isTTY);

/**
 * Standard output as a regular file (or /dev/null) is written as Node's own stream for a file
 * writes it (fs.writeSync, the whole text at once), without making that stream; a failed write
 * is reported as the stream reports it, on the next tick. A terminal or a pipe gets process.stdout.
 */
function fileOutput(fd: number): NodeJS.WritableStream {
  return {
    write(chunk: string | Uint8Array) {
      try {
        if (typeof chunk === 'string') writeSync(fd, chunk);
        else writeSync(fd, chunk);
      } catch (error) {
        process.nextTick(() => outputFailed(error as NodeJS.ErrnoException));
      }
      return true;
    },
  } as NodeJS.WritableStream;
}
let stdout: NodeJS.WritableStream | undefined;
// `caprural … | head` closes stdout early: end quietly. Any other failure to write the answer
// (`> /dev/full`) is one line and its own exit code: the change, if any, is already saved.
const standardOutput = () => (stdout ??= kindOf(1) === 'file' ? fileOutput(1) : process.stdout.on('error', outputFailed));

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

const stderrIsTTY = isTerminal(2, () => process.stderr);
const stdoutIsTTY = isTerminal(1, () => process.stdout);

// Not a top-level await: the bundle is CommonJS (scripts/build.js).
void run({
  argv,
  env: process.env,
  // Made on first use, as stdin: most runs never write to stderr.
  get stdout() {
    return standardOutput();
  },
  get stderr() {
    return process.stderr;
  },
  // Made on first use: opening stdin costs a few ms that a command run from a script never needs.
  get stdin() {
    return process.stdin;
  },
  isTTY: stderrIsTTY && isTerminal(0, () => process.stdin),
  stderrIsTTY,
  stderrColumns: stderrIsTTY ? process.stderr.columns : undefined,
  stdoutIsTTY,
  columns: stdoutIsTTY ? process.stdout.columns : undefined,
  rows: stdoutIsTTY ? process.stdout.rows : undefined,
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
