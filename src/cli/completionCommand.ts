import { UsageError } from '../errors';
import { completionScript, SHELLS, type Shell } from './completionScripts';
import type { Context } from './context';

/** `caprural completion bash|zsh|fish`: the script to load in the shell (see the README). */
export async function completionCommand(ctx: Context, shell: string): Promise<void> {
  const wanted = shell.trim().toLowerCase();
  if (!(SHELLS as readonly string[]).includes(wanted)) throw new UsageError('completionUnknownShell', { value: shell, shells: SHELLS.join(', ') });
  // The script is written as it is (like a CSV to a pipe): it is caprural's own text.
  ctx.io.stdout.write(completionScript(wanted as Shell));
}
