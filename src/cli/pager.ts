// Long output read at a terminal goes through a pager, as git does: `less -FRX` (quit at once when
// it fits the screen, keep colours, leave the text on the screen) unless PAGER says otherwise.
// Output to a pipe or a file is never paged, and --no-pager turns it off.
import { platform } from 'node:os';
import type { Io } from './context';

/**
 * The pager to run: PAGER when set (an empty PAGER or `cat` means none, as for git), else
 * `less -FRX` (none on Windows, which has no less unless PAGER names one).
 */
export function pagerCommand(env: NodeJS.ProcessEnv, os: NodeJS.Platform = platform()): string | null {
  const wanted = env.PAGER;
  if (wanted === undefined) return os === 'win32' ? null : 'less -FRX';
  const command = wanted.trim();
  return command === '' || command === 'cat' ? null : command;
}

// eslint-disable-next-line no-control-regex
const COLOURS = /\x1b\[[0-9;]*m/g;

/** How many lines `text` takes on a screen `columns` wide (a longer line wraps). */
export function screenLines(text: string, columns: number): number {
  const width = Math.max(1, columns);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line.replace(COLOURS, '')].length / width)), 0);
}

/** Whether `text` is paged: stdout is a terminal, paging is on, and it does not fit the screen (24 × 80 when unknown). */
export function wantsPager(io: Pick<Io, 'stdoutIsTTY' | 'rows' | 'columns' | 'env'>, enabled: boolean, text: string): boolean {
  if (!enabled || !io.stdoutIsTTY || io.env.TERM === 'dumb' || pagerCommand(io.env) === null) return false;
  const rows = io.rows && io.rows > 0 ? io.rows : 24;
  // One line is left for the shell's prompt after the output.
  return screenLines(text, io.columns && io.columns > 0 ? io.columns : 80) >= rows;
}

/** What became of the text: shown by the pager, or not (the pager could not run: the caller prints it, saying why in words). */
export type Paged = { shown: true } | { shown: false; reason: 'notFound' | 'notExecutable' | 'failed' };

/**
 * The pager's environment: caprural always writes UTF-8, so less is told so when nothing chose its
 * charset (LESSCHARSET); otherwise a machine without the user's locale installed shows `é` as `<C3><A9>`.
 */
export function pagerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.LESSCHARSET === undefined ? { ...env, LESSCHARSET: 'utf-8' } : env;
}

/**
 * Runs the pager (through the shell, so PAGER may carry arguments) with `text` on its input and the
 * terminal as its output; resolves when it exits. Ctrl-C belongs to the pager meanwhile (less uses it
 * to stop a search): caprural is not interrupted under it. A pager that cannot be run (not found,
 * not executable) is reported and the caller prints the text itself.
 */
export async function runPager(io: Pick<Io, 'env' | 'holdInterrupts'>, command: string, text: string): Promise<Paged> {
  // Loaded here: node:child_process brings node:net and the streams, 2 ms of every start otherwise.
  const { spawn } = await import('node:child_process');
  const release = io.holdInterrupts?.() ?? (() => undefined);
  try {
    return await new Promise<Paged>((resolve) => {
      let child;
      try {
        // `exec`: the shell becomes the pager, so that no shell is left in between to die of Ctrl-C.
        // A pager that is not there is found first, quietly: the shell's own English "not found"
        // would otherwise come before caprural's message.
        const program = command.trim().split(/\s+/)[0] ?? '';
        const script = `command -v ${program} >/dev/null 2>&1 || exit 127; exec ${command}`;
        child = spawn(platform() === 'win32' ? command : script, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv(io.env) });
      } catch {
        resolve({ shown: false, reason: 'failed' });
        return;
      }
      child.on('error', (error) => resolve({ shown: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'notFound' : 'failed' }));
      // The reader may quit before reading everything (q in less): the rest is not wanted.
      child.stdin.on('error', () => undefined);
      // 126/127: not executable or not found (sh); 9009: not found (cmd.exe).
      child.on('close', (code) => resolve(code === 127 || code === 9009 ? { shown: false, reason: 'notFound' } : code === 126 ? { shown: false, reason: 'notExecutable' } : { shown: true }));
      child.stdin.end(text);
    });
  } finally {
    release();
  }
}
