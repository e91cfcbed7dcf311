import { PassThrough, Writable } from 'node:stream';
import { run } from '../../src/cli/program';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs caprural in this process, as a script would (no terminal) unless `tty` is set.
 * The store is `store`; the clock is fixed at `now`; the language is English unless `lang`.
 */
export async function runCli(
  args: string[],
  options: {
    store: string;
    now?: string;
    tty?: boolean;
    stdoutTty?: boolean;
    /** stderr a terminal while stdin is not (`caprural … < file`); unset: as `tty`. */
    stderrTty?: boolean;
    columns?: number;
    rows?: number;
    env?: Record<string, string>;
    lang?: 'fr' | 'en';
  },
): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run({
    argv: ['--store', options.store, '--lang', options.lang ?? 'en', ...args],
    // No pager unless the test gives one (PAGER): long output at a pretended terminal stays in stdout.
    env: { PAGER: '', ...options.env },
    stdout,
    stderr,
    stdin: new PassThrough(),
    isTTY: Boolean(options.tty),
    ...(options.stderrTty === undefined ? {} : { stderrIsTTY: options.stderrTty }),
    stdoutIsTTY: Boolean(options.stdoutTty),
    columns: options.columns,
    rows: options.rows,
    user: 'tester',
    clock: () => new Date(options.now ?? '2018-02-01T10:00:00.000Z'),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
